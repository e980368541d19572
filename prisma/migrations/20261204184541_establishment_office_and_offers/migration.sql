-- CreateEnum
CREATE TYPE "EstablishmentOfferKind" AS ENUM ('coworking', 'lab', 'cleanroom', 'land', 'office_service');

-- CreateEnum
CREATE TYPE "EstablishmentOfferStatus" AS ENUM ('available', 'reserved', 'taken');

-- CreateEnum
CREATE TYPE "EstablishmentSizeUnit" AS ENUM ('sqm', 'desks');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "establishmentOffice" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "EstablishmentOffer" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "EstablishmentOfferKind" NOT NULL,
    "titleEn" TEXT,
    "titleSv" TEXT,
    "descriptionEn" TEXT,
    "descriptionSv" TEXT,
    "termsEn" TEXT,
    "termsSv" TEXT,
    "priceRange" TEXT,
    "site" TEXT,
    "address" TEXT,
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "sizeValue" INTEGER,
    "sizeUnit" "EstablishmentSizeUnit",
    "availableFrom" DATE,
    "availableUntil" DATE,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "contactPhone" TEXT,
    "status" "EstablishmentOfferStatus" NOT NULL DEFAULT 'available',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EstablishmentOffer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EstablishmentOffer_slug_key" ON "EstablishmentOffer"("slug");

-- CreateIndex
CREATE INDEX "EstablishmentOffer_published_status_kind_idx" ON "EstablishmentOffer"("published", "status", "kind");
