-- AlterTable
ALTER TABLE "EstablishmentOffer" ADD COLUMN     "imageAlt" TEXT,
ADD COLUMN     "imageKey" TEXT;

-- AlterTable
ALTER TABLE "NewsItem" ADD COLUMN     "imageAlt" TEXT,
ADD COLUMN     "imageKey" TEXT;
