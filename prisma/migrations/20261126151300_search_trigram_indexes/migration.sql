-- The panel's `q` search is ILIKE '%term%' over several columns of calls and tickets (and their organisation's
-- and contact's names): trigram GIN indexes let each branch use an index (bench/results/data-scale.md).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "call_logs_call_sid_trgm_idx" ON "call_logs" USING GIN ("call_sid" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "call_logs_caller_phone_trgm_idx" ON "call_logs" USING GIN ("caller_phone" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "call_logs_call_summary_trgm_idx" ON "call_logs" USING GIN ("call_summary" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "call_logs_category_trgm_idx" ON "call_logs" USING GIN ("category" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "contacts_last_name_trgm_idx" ON "contacts" USING GIN ("last_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "contacts_first_name_trgm_idx" ON "contacts" USING GIN ("first_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "organizations_name_trgm_idx" ON "organizations" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "support_tickets_subject_trgm_idx" ON "support_tickets" USING GIN ("subject" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "support_tickets_description_trgm_idx" ON "support_tickets" USING GIN ("description" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "support_tickets_category_trgm_idx" ON "support_tickets" USING GIN ("category" gin_trgm_ops);

