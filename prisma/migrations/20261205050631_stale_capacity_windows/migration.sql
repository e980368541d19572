-- CreateEnum
CREATE TYPE "ConfirmTokenPurpose" AS ENUM ('listing', 'capacity');

-- AlterTable
ALTER TABLE "Listing" ADD COLUMN     "capacityCurrentAt" TIMESTAMP(3),
ADD COLUMN     "capacityNudgedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ListingConfirmToken" ADD COLUMN     "purpose" "ConfirmTokenPurpose" NOT NULL DEFAULT 'listing';
