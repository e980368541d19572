-- AlterTable
ALTER TABLE "Listing" ADD COLUMN     "imageKey" TEXT,
ADD COLUMN     "imageAlt" TEXT;
