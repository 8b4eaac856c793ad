-- MSPs give each client its own support line: the number dialled identifies the organisation
-- before anything is said, and the caller's phone then narrows to a contact.
-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "support_number" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "organizations_support_number_key" ON "organizations"("support_number");

-- How frustrated the caller sounded, for the call (per-turn values live in the transcript).
-- AlterTable
ALTER TABLE "conversation_analysis" ADD COLUMN     "frustration" DOUBLE PRECISION;
