-- AlterTable
ALTER TABLE "ImportUpload" ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "leasedBy" TEXT;
