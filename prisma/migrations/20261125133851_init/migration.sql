-- CreateEnum
CREATE TYPE "device_status" AS ENUM ('active', 'inactive', 'retired', 'in_repair');

-- CreateEnum
CREATE TYPE "os_family" AS ENUM ('windows', 'macos', 'linux', 'ios', 'android', 'chromeos', 'firmware', 'other');

-- CreateEnum
CREATE TYPE "ticket_source" AS ENUM ('phone', 'api', 'panel', 'email');

-- CreateEnum
CREATE TYPE "message_author_type" AS ENUM ('customer', 'agent', 'bot', 'system');

-- CreateEnum
CREATE TYPE "message_visibility" AS ENUM ('public', 'internal');

-- CreateEnum
CREATE TYPE "escalation_trigger" AS ENUM ('manual', 'sla_warning', 'sla_breach', 'caller_request', 'after_hours');

-- CreateEnum
CREATE TYPE "agent_kind" AS ENUM ('bot', 'human');

-- CreateEnum
CREATE TYPE "agent_role" AS ENUM ('technician', 'supervisor', 'account_manager', 'on_call');

-- CreateEnum
CREATE TYPE "call_direction" AS ENUM ('inbound', 'outbound');

-- CreateEnum
CREATE TYPE "call_status" AS ENUM ('in_progress', 'completed', 'abandoned', 'failed', 'transferred', 'no_answer', 'busy');

-- CreateEnum
CREATE TYPE "sentiment" AS ENUM ('positive', 'neutral', 'negative');

-- CreateEnum
CREATE TYPE "call_brain" AS ENUM ('rules', 'text', 'realtime');

-- CreateEnum
CREATE TYPE "twilio_usage_kind" AS ENUM ('voice', 'sms');

-- CreateEnum
CREATE TYPE "health_status" AS ENUM ('healthy', 'degraded', 'down');

-- CreateEnum
CREATE TYPE "user_role" AS ENUM ('admin', 'supervisor', 'agent');

-- CreateEnum
CREATE TYPE "kb_category" AS ENUM ('printer', 'email', 'network', 'computer', 'phone', 'security', 'device', 'account');

-- CreateEnum
CREATE TYPE "callback_status" AS ENUM ('scheduled', 'dialing', 'completed', 'failed', 'cancelled');

-- CreateTable
CREATE TABLE "account_managers" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "account_managers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organizations" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "u_e_code" TEXT NOT NULL,
    "industry" TEXT,
    "domain" TEXT,
    "phone" TEXT,
    "timezone" TEXT NOT NULL DEFAULT 'America/New_York',
    "is_vip" BOOLEAN NOT NULL DEFAULT false,
    "account_manager_id" INTEGER,
    "business_calendar" JSONB,
    "notes" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contacts" (
    "id" SERIAL NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT NOT NULL,
    "mobile_phone" TEXT,
    "title" TEXT,
    "is_primary" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "locations" (
    "id" SERIAL NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "city" TEXT,
    "region" TEXT,
    "postal_code" TEXT,
    "country" TEXT NOT NULL DEFAULT 'US',
    "timezone" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "locations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device_types" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "device_types_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device_manufacturers" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "website" TEXT,
    "support_phone" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "device_manufacturers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "device_models" (
    "id" SERIAL NOT NULL,
    "manufacturer_id" INTEGER NOT NULL,
    "device_type_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "device_models_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "operating_systems" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "family" "os_family" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "operating_systems_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "devices" (
    "id" SERIAL NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "location_id" INTEGER,
    "device_type_id" INTEGER NOT NULL,
    "device_model_id" INTEGER,
    "operating_system_id" INTEGER,
    "hostname" TEXT,
    "serial_number" TEXT,
    "asset_tag" TEXT,
    "ip_address" TEXT,
    "mac_address" TEXT,
    "status" "device_status" NOT NULL DEFAULT 'active',
    "last_seen_at" TIMESTAMPTZ(3),
    "warranty_expires_at" TIMESTAMPTZ(3),
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "devices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contact_devices" (
    "id" SERIAL NOT NULL,
    "contact_id" INTEGER NOT NULL,
    "device_id" INTEGER NOT NULL,
    "is_primary" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contact_devices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "domains" (
    "id" SERIAL NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "registrar" TEXT,
    "expires_at" TIMESTAMPTZ(3),
    "dns_provider" TEXT,
    "email_provider" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "domains_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket_statuses" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "is_final" BOOLEAN NOT NULL DEFAULT false,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ticket_statuses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket_priorities" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,

    CONSTRAINT "ticket_priorities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_agents" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "agent_kind" NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "specialty" TEXT,
    "role" "agent_role" NOT NULL DEFAULT 'technician',
    "is_on_call" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "support_agents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_tickets" (
    "id" SERIAL NOT NULL,
    "organization_id" INTEGER,
    "contact_id" INTEGER,
    "call_log_id" INTEGER,
    "subject" TEXT NOT NULL,
    "description" TEXT,
    "category" TEXT,
    "status_id" INTEGER NOT NULL,
    "priority_id" INTEGER NOT NULL,
    "assigned_agent_id" INTEGER,
    "source" "ticket_source" NOT NULL DEFAULT 'phone',
    "idempotency_key" TEXT,
    "workflow_id" TEXT,
    "escalation_level" INTEGER NOT NULL DEFAULT 0,
    "first_response_due_at" TIMESTAMPTZ(3),
    "resolution_due_at" TIMESTAMPTZ(3),
    "first_responded_at" TIMESTAMPTZ(3),
    "resolved_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "resolution" TEXT,
    "sla_paused" BOOLEAN NOT NULL DEFAULT false,
    "sla_breached" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "support_tickets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket_assignments" (
    "id" SERIAL NOT NULL,
    "ticket_id" INTEGER NOT NULL,
    "agent_id" INTEGER NOT NULL,
    "assigned_by_id" INTEGER,
    "reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ticket_assignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket_messages" (
    "id" SERIAL NOT NULL,
    "ticket_id" INTEGER NOT NULL,
    "author_type" "message_author_type" NOT NULL,
    "author_agent_id" INTEGER,
    "author_name" TEXT,
    "visibility" "message_visibility" NOT NULL DEFAULT 'public',
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ticket_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ticket_escalations" (
    "id" SERIAL NOT NULL,
    "ticket_id" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "reason" TEXT,
    "trigger" "escalation_trigger" NOT NULL,
    "from_agent_id" INTEGER,
    "to_agent_id" INTEGER,
    "notified_target" TEXT,
    "acknowledged_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ticket_escalations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sla_policies" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "priority_id" INTEGER NOT NULL,
    "organization_id" INTEGER,
    "first_response_minutes" INTEGER NOT NULL,
    "resolution_minutes" INTEGER NOT NULL,
    "warning_percent" INTEGER NOT NULL DEFAULT 75,
    "escalation_levels" JSONB NOT NULL DEFAULT '[]',
    "business_hours_only" BOOLEAN NOT NULL DEFAULT false,
    "calendar" JSONB,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sla_policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "call_logs" (
    "id" SERIAL NOT NULL,
    "call_sid" TEXT NOT NULL,
    "workflow_id" TEXT,
    "direction" "call_direction" NOT NULL DEFAULT 'inbound',
    "caller_phone" TEXT,
    "from_number" TEXT,
    "to_number" TEXT,
    "organization_id" INTEGER,
    "contact_id" INTEGER,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answered_at" TIMESTAMPTZ(3),
    "ended_at" TIMESTAMPTZ(3),
    "duration_seconds" INTEGER,
    "status" "call_status" NOT NULL DEFAULT 'in_progress',
    "ai_resolution" BOOLEAN NOT NULL DEFAULT false,
    "was_escalated" BOOLEAN NOT NULL DEFAULT false,
    "transcript" JSONB NOT NULL DEFAULT '[]',
    "call_summary" TEXT,
    "sentiment" "sentiment",
    "sentiment_score" DOUBLE PRECISION,
    "category" TEXT,
    "ticket_id" INTEGER,
    "brain" "call_brain" NOT NULL DEFAULT 'rules',
    "final_agent" TEXT,
    "recording_url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "call_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agent_interactions" (
    "id" SERIAL NOT NULL,
    "call_log_id" INTEGER NOT NULL,
    "agent_name" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),
    "turns" INTEGER NOT NULL DEFAULT 0,
    "tool_calls" JSONB NOT NULL DEFAULT '[]',
    "handoff_to" TEXT,
    "outcome" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agent_interactions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conversation_analysis" (
    "id" SERIAL NOT NULL,
    "call_log_id" INTEGER NOT NULL,
    "intent" TEXT,
    "category" TEXT,
    "sentiment" "sentiment",
    "sentiment_score" DOUBLE PRECISION,
    "topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "resolution_status" TEXT,
    "summary" TEXT,
    "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "conversation_analysis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "callbacks" (
    "id" SERIAL NOT NULL,
    "ticket_id" INTEGER,
    "call_log_id" INTEGER,
    "organization_id" INTEGER,
    "contact_id" INTEGER,
    "phone" TEXT NOT NULL,
    "reason" TEXT,
    "scheduled_for" TIMESTAMPTZ(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "max_attempts" INTEGER NOT NULL DEFAULT 3,
    "status" "callback_status" NOT NULL DEFAULT 'scheduled',
    "workflow_id" TEXT,
    "last_attempt_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "callbacks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ai_usage_logs" (
    "id" SERIAL NOT NULL,
    "call_log_id" INTEGER,
    "ticket_id" INTEGER,
    "provider" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "prompt_tokens" INTEGER NOT NULL DEFAULT 0,
    "completion_tokens" INTEGER NOT NULL DEFAULT 0,
    "audio_seconds" DOUBLE PRECISION,
    "cost_usd" DECIMAL(12,6) NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ai_usage_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "twilio_usage_logs" (
    "id" SERIAL NOT NULL,
    "call_log_id" INTEGER,
    "call_sid" TEXT NOT NULL,
    "kind" "twilio_usage_kind" NOT NULL DEFAULT 'voice',
    "direction" "call_direction" NOT NULL DEFAULT 'inbound',
    "duration_seconds" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(12,6),
    "price_unit" TEXT NOT NULL DEFAULT 'USD',
    "status" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "twilio_usage_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "daily_metrics" (
    "id" SERIAL NOT NULL,
    "date" DATE NOT NULL,
    "organization_id" INTEGER,
    "calls" INTEGER NOT NULL DEFAULT 0,
    "resolved_by_ai" INTEGER NOT NULL DEFAULT 0,
    "escalated" INTEGER NOT NULL DEFAULT 0,
    "tickets_created" INTEGER NOT NULL DEFAULT 0,
    "avg_duration_seconds" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "avg_sentiment" DOUBLE PRECISION,
    "ai_cost_usd" DECIMAL(12,6) NOT NULL DEFAULT 0,
    "twilio_cost_usd" DECIMAL(12,6) NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "daily_metrics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hourly_metrics" (
    "id" SERIAL NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "organization_id" INTEGER,
    "calls" INTEGER NOT NULL DEFAULT 0,
    "resolved_by_ai" INTEGER NOT NULL DEFAULT 0,
    "escalated" INTEGER NOT NULL DEFAULT 0,
    "tickets_created" INTEGER NOT NULL DEFAULT 0,
    "avg_duration_seconds" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "avg_sentiment" DOUBLE PRECISION,
    "ai_cost_usd" DECIMAL(12,6) NOT NULL DEFAULT 0,
    "twilio_cost_usd" DECIMAL(12,6) NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "hourly_metrics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customer_metrics" (
    "id" SERIAL NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "calls" INTEGER NOT NULL DEFAULT 0,
    "tickets" INTEGER NOT NULL DEFAULT 0,
    "sla_breaches" INTEGER NOT NULL DEFAULT 0,
    "satisfaction" DOUBLE PRECISION,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "customer_metrics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "system_health_logs" (
    "id" SERIAL NOT NULL,
    "component" TEXT NOT NULL,
    "status" "health_status" NOT NULL,
    "latency_ms" INTEGER,
    "details" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "system_health_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kb_articles" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "category" "kb_category" NOT NULL,
    "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "symptoms" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "steps" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "escalate_when" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "kb_articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "user_role" NOT NULL DEFAULT 'agent',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "account_managers_email_key" ON "account_managers"("email");

-- CreateIndex
CREATE UNIQUE INDEX "organizations_u_e_code_key" ON "organizations"("u_e_code");

-- CreateIndex
CREATE INDEX "organizations_name_idx" ON "organizations"("name");

-- CreateIndex
CREATE INDEX "organizations_phone_idx" ON "organizations"("phone");

-- CreateIndex
CREATE INDEX "organizations_account_manager_id_idx" ON "organizations"("account_manager_id");

-- CreateIndex
CREATE INDEX "organizations_active_idx" ON "organizations"("active");

-- CreateIndex
CREATE INDEX "contacts_phone_idx" ON "contacts"("phone");

-- CreateIndex
CREATE INDEX "contacts_mobile_phone_idx" ON "contacts"("mobile_phone");

-- CreateIndex
CREATE INDEX "contacts_email_idx" ON "contacts"("email");

-- CreateIndex
CREATE INDEX "contacts_last_name_first_name_idx" ON "contacts"("last_name", "first_name");

-- CreateIndex
CREATE UNIQUE INDEX "contacts_organization_id_phone_key" ON "contacts"("organization_id", "phone");

-- CreateIndex
CREATE UNIQUE INDEX "locations_organization_id_name_key" ON "locations"("organization_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "device_types_code_key" ON "device_types"("code");

-- CreateIndex
CREATE UNIQUE INDEX "device_manufacturers_name_key" ON "device_manufacturers"("name");

-- CreateIndex
CREATE INDEX "device_models_device_type_id_idx" ON "device_models"("device_type_id");

-- CreateIndex
CREATE UNIQUE INDEX "device_models_manufacturer_id_name_key" ON "device_models"("manufacturer_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "operating_systems_name_version_key" ON "operating_systems"("name", "version");

-- CreateIndex
CREATE UNIQUE INDEX "devices_serial_number_key" ON "devices"("serial_number");

-- CreateIndex
CREATE INDEX "devices_organization_id_idx" ON "devices"("organization_id");

-- CreateIndex
CREATE INDEX "devices_organization_id_status_idx" ON "devices"("organization_id", "status");

-- CreateIndex
CREATE INDEX "devices_device_type_id_idx" ON "devices"("device_type_id");

-- CreateIndex
CREATE INDEX "devices_location_id_idx" ON "devices"("location_id");

-- CreateIndex
CREATE INDEX "devices_hostname_idx" ON "devices"("hostname");

-- CreateIndex
CREATE INDEX "devices_asset_tag_idx" ON "devices"("asset_tag");

-- CreateIndex
CREATE INDEX "devices_status_idx" ON "devices"("status");

-- CreateIndex
CREATE INDEX "contact_devices_device_id_idx" ON "contact_devices"("device_id");

-- CreateIndex
CREATE UNIQUE INDEX "contact_devices_contact_id_device_id_key" ON "contact_devices"("contact_id", "device_id");

-- CreateIndex
CREATE UNIQUE INDEX "domains_name_key" ON "domains"("name");

-- CreateIndex
CREATE INDEX "domains_organization_id_idx" ON "domains"("organization_id");

-- CreateIndex
CREATE INDEX "domains_expires_at_idx" ON "domains"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "ticket_statuses_code_key" ON "ticket_statuses"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ticket_priorities_code_key" ON "ticket_priorities"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ticket_priorities_rank_key" ON "ticket_priorities"("rank");

-- CreateIndex
CREATE UNIQUE INDEX "support_agents_email_key" ON "support_agents"("email");

-- CreateIndex
CREATE INDEX "support_agents_kind_active_idx" ON "support_agents"("kind", "active");

-- CreateIndex
CREATE INDEX "support_agents_specialty_idx" ON "support_agents"("specialty");

-- CreateIndex
CREATE INDEX "support_agents_role_is_on_call_idx" ON "support_agents"("role", "is_on_call");

-- CreateIndex
CREATE UNIQUE INDEX "support_tickets_idempotency_key_key" ON "support_tickets"("idempotency_key");

-- CreateIndex
CREATE UNIQUE INDEX "support_tickets_workflow_id_key" ON "support_tickets"("workflow_id");

-- CreateIndex
CREATE INDEX "support_tickets_status_id_idx" ON "support_tickets"("status_id");

-- CreateIndex
CREATE INDEX "support_tickets_priority_id_idx" ON "support_tickets"("priority_id");

-- CreateIndex
CREATE INDEX "support_tickets_status_id_priority_id_idx" ON "support_tickets"("status_id", "priority_id");

-- CreateIndex
CREATE INDEX "support_tickets_organization_id_idx" ON "support_tickets"("organization_id");

-- CreateIndex
CREATE INDEX "support_tickets_contact_id_idx" ON "support_tickets"("contact_id");

-- CreateIndex
CREATE INDEX "support_tickets_assigned_agent_id_idx" ON "support_tickets"("assigned_agent_id");

-- CreateIndex
CREATE INDEX "support_tickets_call_log_id_idx" ON "support_tickets"("call_log_id");

-- CreateIndex
CREATE INDEX "support_tickets_created_at_idx" ON "support_tickets"("created_at");

-- CreateIndex
CREATE INDEX "support_tickets_resolution_due_at_idx" ON "support_tickets"("resolution_due_at");

-- CreateIndex
CREATE INDEX "support_tickets_category_idx" ON "support_tickets"("category");

-- CreateIndex
CREATE INDEX "ticket_assignments_ticket_id_created_at_idx" ON "ticket_assignments"("ticket_id", "created_at");

-- CreateIndex
CREATE INDEX "ticket_assignments_agent_id_idx" ON "ticket_assignments"("agent_id");

-- CreateIndex
CREATE INDEX "ticket_messages_ticket_id_created_at_idx" ON "ticket_messages"("ticket_id", "created_at");

-- CreateIndex
CREATE INDEX "ticket_messages_author_agent_id_idx" ON "ticket_messages"("author_agent_id");

-- CreateIndex
CREATE INDEX "ticket_escalations_ticket_id_created_at_idx" ON "ticket_escalations"("ticket_id", "created_at");

-- CreateIndex
CREATE INDEX "ticket_escalations_to_agent_id_idx" ON "ticket_escalations"("to_agent_id");

-- CreateIndex
CREATE INDEX "ticket_escalations_created_at_idx" ON "ticket_escalations"("created_at");

-- CreateIndex
CREATE INDEX "sla_policies_organization_id_idx" ON "sla_policies"("organization_id");

-- CreateIndex
-- NULLS NOT DISTINCT (hand edit): a NULL organization_id is the default / service-wide row, at most one per key.
CREATE UNIQUE INDEX "sla_policies_priority_id_organization_id_key" ON "sla_policies"("priority_id", "organization_id") NULLS NOT DISTINCT;

-- CreateIndex
CREATE UNIQUE INDEX "call_logs_call_sid_key" ON "call_logs"("call_sid");

-- CreateIndex
CREATE UNIQUE INDEX "call_logs_workflow_id_key" ON "call_logs"("workflow_id");

-- CreateIndex
CREATE INDEX "call_logs_status_idx" ON "call_logs"("status");

-- CreateIndex
CREATE INDEX "call_logs_started_at_idx" ON "call_logs"("started_at");

-- CreateIndex
CREATE INDEX "call_logs_status_started_at_idx" ON "call_logs"("status", "started_at");

-- CreateIndex
CREATE INDEX "call_logs_organization_id_started_at_idx" ON "call_logs"("organization_id", "started_at");

-- CreateIndex
CREATE INDEX "call_logs_contact_id_idx" ON "call_logs"("contact_id");

-- CreateIndex
CREATE INDEX "call_logs_caller_phone_idx" ON "call_logs"("caller_phone");

-- CreateIndex
CREATE INDEX "call_logs_ticket_id_idx" ON "call_logs"("ticket_id");

-- CreateIndex
CREATE INDEX "call_logs_category_idx" ON "call_logs"("category");

-- CreateIndex
CREATE INDEX "agent_interactions_call_log_id_started_at_idx" ON "agent_interactions"("call_log_id", "started_at");

-- CreateIndex
CREATE INDEX "agent_interactions_agent_name_idx" ON "agent_interactions"("agent_name");

-- CreateIndex
CREATE UNIQUE INDEX "conversation_analysis_call_log_id_key" ON "conversation_analysis"("call_log_id");

-- CreateIndex
CREATE INDEX "conversation_analysis_category_idx" ON "conversation_analysis"("category");

-- CreateIndex
CREATE INDEX "conversation_analysis_created_at_idx" ON "conversation_analysis"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "callbacks_workflow_id_key" ON "callbacks"("workflow_id");

-- CreateIndex
CREATE INDEX "callbacks_status_scheduled_for_idx" ON "callbacks"("status", "scheduled_for");

-- CreateIndex
CREATE INDEX "callbacks_ticket_id_idx" ON "callbacks"("ticket_id");

-- CreateIndex
CREATE INDEX "callbacks_organization_id_idx" ON "callbacks"("organization_id");

-- CreateIndex
CREATE INDEX "ai_usage_logs_call_log_id_idx" ON "ai_usage_logs"("call_log_id");

-- CreateIndex
CREATE INDEX "ai_usage_logs_ticket_id_idx" ON "ai_usage_logs"("ticket_id");

-- CreateIndex
CREATE INDEX "ai_usage_logs_created_at_idx" ON "ai_usage_logs"("created_at");

-- CreateIndex
CREATE INDEX "ai_usage_logs_provider_model_idx" ON "ai_usage_logs"("provider", "model");

-- CreateIndex
CREATE INDEX "twilio_usage_logs_call_sid_idx" ON "twilio_usage_logs"("call_sid");

-- CreateIndex
CREATE INDEX "twilio_usage_logs_call_log_id_idx" ON "twilio_usage_logs"("call_log_id");

-- CreateIndex
CREATE INDEX "twilio_usage_logs_created_at_idx" ON "twilio_usage_logs"("created_at");

-- CreateIndex
CREATE INDEX "daily_metrics_organization_id_date_idx" ON "daily_metrics"("organization_id", "date");

-- CreateIndex
-- NULLS NOT DISTINCT (hand edit): a NULL organization_id is the default / service-wide row, at most one per key.
CREATE UNIQUE INDEX "daily_metrics_date_organization_id_key" ON "daily_metrics"("date", "organization_id") NULLS NOT DISTINCT;

-- CreateIndex
CREATE INDEX "hourly_metrics_organization_id_hour_idx" ON "hourly_metrics"("organization_id", "hour");

-- CreateIndex
-- NULLS NOT DISTINCT (hand edit): a NULL organization_id is the default / service-wide row, at most one per key.
CREATE UNIQUE INDEX "hourly_metrics_hour_organization_id_key" ON "hourly_metrics"("hour", "organization_id") NULLS NOT DISTINCT;

-- CreateIndex
CREATE INDEX "customer_metrics_period_start_idx" ON "customer_metrics"("period_start");

-- CreateIndex
CREATE UNIQUE INDEX "customer_metrics_organization_id_period_start_period_end_key" ON "customer_metrics"("organization_id", "period_start", "period_end");

-- CreateIndex
CREATE INDEX "system_health_logs_component_created_at_idx" ON "system_health_logs"("component", "created_at");

-- CreateIndex
CREATE INDEX "system_health_logs_created_at_idx" ON "system_health_logs"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "kb_articles_slug_key" ON "kb_articles"("slug");

-- CreateIndex
CREATE INDEX "kb_articles_category_active_idx" ON "kb_articles"("category", "active");

-- CreateIndex
CREATE INDEX "kb_articles_keywords_idx" ON "kb_articles" USING GIN ("keywords");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- AddForeignKey
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_account_manager_id_fkey" FOREIGN KEY ("account_manager_id") REFERENCES "account_managers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "locations" ADD CONSTRAINT "locations_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device_models" ADD CONSTRAINT "device_models_manufacturer_id_fkey" FOREIGN KEY ("manufacturer_id") REFERENCES "device_manufacturers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "device_models" ADD CONSTRAINT "device_models_device_type_id_fkey" FOREIGN KEY ("device_type_id") REFERENCES "device_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "devices" ADD CONSTRAINT "devices_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "devices" ADD CONSTRAINT "devices_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "devices" ADD CONSTRAINT "devices_device_type_id_fkey" FOREIGN KEY ("device_type_id") REFERENCES "device_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "devices" ADD CONSTRAINT "devices_device_model_id_fkey" FOREIGN KEY ("device_model_id") REFERENCES "device_models"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "devices" ADD CONSTRAINT "devices_operating_system_id_fkey" FOREIGN KEY ("operating_system_id") REFERENCES "operating_systems"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_devices" ADD CONSTRAINT "contact_devices_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_devices" ADD CONSTRAINT "contact_devices_device_id_fkey" FOREIGN KEY ("device_id") REFERENCES "devices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "domains" ADD CONSTRAINT "domains_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_call_log_id_fkey" FOREIGN KEY ("call_log_id") REFERENCES "call_logs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_status_id_fkey" FOREIGN KEY ("status_id") REFERENCES "ticket_statuses"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_priority_id_fkey" FOREIGN KEY ("priority_id") REFERENCES "ticket_priorities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_assigned_agent_id_fkey" FOREIGN KEY ("assigned_agent_id") REFERENCES "support_agents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_assignments" ADD CONSTRAINT "ticket_assignments_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "support_tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_assignments" ADD CONSTRAINT "ticket_assignments_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "support_agents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_assignments" ADD CONSTRAINT "ticket_assignments_assigned_by_id_fkey" FOREIGN KEY ("assigned_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_messages" ADD CONSTRAINT "ticket_messages_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "support_tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_messages" ADD CONSTRAINT "ticket_messages_author_agent_id_fkey" FOREIGN KEY ("author_agent_id") REFERENCES "support_agents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_escalations" ADD CONSTRAINT "ticket_escalations_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "support_tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_escalations" ADD CONSTRAINT "ticket_escalations_from_agent_id_fkey" FOREIGN KEY ("from_agent_id") REFERENCES "support_agents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_escalations" ADD CONSTRAINT "ticket_escalations_to_agent_id_fkey" FOREIGN KEY ("to_agent_id") REFERENCES "support_agents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_priority_id_fkey" FOREIGN KEY ("priority_id") REFERENCES "ticket_priorities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_logs" ADD CONSTRAINT "call_logs_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_logs" ADD CONSTRAINT "call_logs_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_logs" ADD CONSTRAINT "call_logs_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "support_tickets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_interactions" ADD CONSTRAINT "agent_interactions_call_log_id_fkey" FOREIGN KEY ("call_log_id") REFERENCES "call_logs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversation_analysis" ADD CONSTRAINT "conversation_analysis_call_log_id_fkey" FOREIGN KEY ("call_log_id") REFERENCES "call_logs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "callbacks" ADD CONSTRAINT "callbacks_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "support_tickets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "callbacks" ADD CONSTRAINT "callbacks_call_log_id_fkey" FOREIGN KEY ("call_log_id") REFERENCES "call_logs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "callbacks" ADD CONSTRAINT "callbacks_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "callbacks" ADD CONSTRAINT "callbacks_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_usage_logs" ADD CONSTRAINT "ai_usage_logs_call_log_id_fkey" FOREIGN KEY ("call_log_id") REFERENCES "call_logs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_usage_logs" ADD CONSTRAINT "ai_usage_logs_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "support_tickets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "twilio_usage_logs" ADD CONSTRAINT "twilio_usage_logs_call_log_id_fkey" FOREIGN KEY ("call_log_id") REFERENCES "call_logs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "daily_metrics" ADD CONSTRAINT "daily_metrics_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hourly_metrics" ADD CONSTRAINT "hourly_metrics_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customer_metrics" ADD CONSTRAINT "customer_metrics_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
