-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "matchRequestId" UUID;

-- CreateIndex
CREATE INDEX "Invitation_matchRequestId_idx" ON "Invitation"("matchRequestId");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_matchRequestId_fkey" FOREIGN KEY ("matchRequestId") REFERENCES "MatchRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;
