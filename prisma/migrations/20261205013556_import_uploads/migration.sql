-- CreateEnum
CREATE TYPE "ImportUploadState" AS ENUM ('previewed', 'applying', 'applied', 'refused', 'failed');

-- CreateTable
CREATE TABLE "ImportUpload" (
    "id" UUID NOT NULL,
    "createdById" UUID,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "listingType" TEXT,
    "content" TEXT NOT NULL,
    "state" "ImportUploadState" NOT NULL DEFAULT 'previewed',
    "progressDone" INTEGER NOT NULL DEFAULT 0,
    "progressTotal" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportUpload_createdAt_idx" ON "ImportUpload"("createdAt");
