-- AlterTable
ALTER TABLE "MatchRequest" ADD COLUMN "startedFromListingId" UUID;

-- AddForeignKey
ALTER TABLE "MatchRequest" ADD CONSTRAINT "MatchRequest_startedFromListingId_fkey" FOREIGN KEY ("startedFromListingId") REFERENCES "Listing"("id") ON DELETE SET NULL ON UPDATE CASCADE;
