-- Panel users linked to the technicians they are ("my tickets"), and an organisation's own technician for auto-assignment.
-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "account_technician_id" INTEGER;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "support_agent_id" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "users_support_agent_id_key" ON "users"("support_agent_id");

-- AddForeignKey
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_account_technician_id_fkey" FOREIGN KEY ("account_technician_id") REFERENCES "support_agents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_support_agent_id_fkey" FOREIGN KEY ("support_agent_id") REFERENCES "support_agents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

