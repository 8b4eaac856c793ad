-- Each row a TicketWorkflow projects is keyed by (ticket, change sequence), so a retried projection upserts
-- instead of inserting twice; external side effects (SMS, email, dials) are done once per key.
-- AlterEnum
ALTER TYPE "escalation_trigger" ADD VALUE 'callback_unanswered';

-- AlterTable
ALTER TABLE "callbacks" ADD COLUMN     "idempotency_key" TEXT;

-- AlterTable
ALTER TABLE "support_tickets" ADD COLUMN     "last_change_seq" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ticket_assignments" ADD COLUMN     "change_seq" INTEGER;

-- AlterTable
ALTER TABLE "ticket_escalations" ADD COLUMN     "change_seq" INTEGER;

-- AlterTable
ALTER TABLE "ticket_messages" ADD COLUMN     "change_seq" INTEGER;

-- AlterTable
ALTER TABLE "system_health_logs" ADD COLUMN     "check_id" TEXT;

-- CreateTable
CREATE TABLE "external_actions" (
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "result" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(3),

    CONSTRAINT "external_actions_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "external_actions_created_at_idx" ON "external_actions"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "callbacks_idempotency_key_key" ON "callbacks"("idempotency_key");

-- CreateIndex
CREATE UNIQUE INDEX "system_health_logs_check_id_key" ON "system_health_logs"("check_id");

-- CreateIndex
CREATE UNIQUE INDEX "ticket_assignments_ticket_id_change_seq_key" ON "ticket_assignments"("ticket_id", "change_seq");

-- CreateIndex
CREATE UNIQUE INDEX "ticket_escalations_ticket_id_change_seq_key" ON "ticket_escalations"("ticket_id", "change_seq");

-- CreateIndex
CREATE UNIQUE INDEX "ticket_messages_ticket_id_change_seq_key" ON "ticket_messages"("ticket_id", "change_seq");

