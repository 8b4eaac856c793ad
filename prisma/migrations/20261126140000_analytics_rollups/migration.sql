-- Rollups (issue 12): the figures the hourly/daily/customer rollups keep beyond the seed's columns; one
-- twilio_usage_logs row per Twilio resource (call or SMS), so whoever logs it can write it once; the index
-- the SLA met/breached counts need (tickets by the hour they were resolved in).
-- DropIndex
DROP INDEX "twilio_usage_logs_call_sid_idx";

-- AlterTable
ALTER TABLE "customer_metrics" ADD COLUMN     "ai_cost_usd" DECIMAL(12,6) NOT NULL DEFAULT 0,
ADD COLUMN     "escalated" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "resolved_by_ai" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sla_met" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "twilio_cost_usd" DECIMAL(12,6) NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "daily_metrics" ADD COLUMN     "negative_calls" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "neutral_calls" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "positive_calls" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sla_breached" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sla_met" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "ticketed_calls" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "hourly_metrics" ADD COLUMN     "negative_calls" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "neutral_calls" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "positive_calls" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sla_breached" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sla_met" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "ticketed_calls" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "support_tickets_resolved_at_idx" ON "support_tickets"("resolved_at");

-- CreateIndex
CREATE UNIQUE INDEX "twilio_usage_logs_call_sid_kind_key" ON "twilio_usage_logs"("call_sid", "kind");

