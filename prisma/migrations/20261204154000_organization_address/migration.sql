-- AlterTable
ALTER TABLE "Listing" ADD COLUMN "street" TEXT,
ADD COLUMN "postcode" TEXT;
