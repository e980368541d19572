-- CreateEnum
CREATE TYPE "EnquiryStatus" AS ENUM ('unconfirmed', 'open', 'answered', 'closed', 'expired');

-- CreateEnum
CREATE TYPE "EnquiryOutcome" AS ENUM ('established', 'chose_elsewhere', 'no_fit', 'withdrawn');

-- CreateEnum
CREATE TYPE "EnquiryMessageSide" AS ENUM ('office', 'enquirer', 'step');

-- CreateTable
CREATE TABLE "EstablishmentEnquiry" (
    "id" UUID NOT NULL,
    "offerId" UUID,
    "company" TEXT NOT NULL,
    "need" TEXT NOT NULL,
    "sizeText" TEXT,
    "sizeValue" INTEGER,
    "sizeUnit" "EstablishmentSizeUnit",
    "timing" TEXT,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "contactPhone" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "status" "EnquiryStatus" NOT NULL DEFAULT 'unconfirmed',
    "outcome" "EnquiryOutcome",
    "outcomeNote" TEXT,
    "senderUserId" UUID,
    "accessTokenHashes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "handedOverListingId" UUID,
    "matchRequestId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EstablishmentEnquiry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EstablishmentEnquiryMessage" (
    "id" UUID NOT NULL,
    "enquiryId" UUID NOT NULL,
    "side" "EnquiryMessageSide" NOT NULL,
    "authorId" UUID,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EstablishmentEnquiryMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EstablishmentEnquiry_matchRequestId_key" ON "EstablishmentEnquiry"("matchRequestId");

-- CreateIndex
CREATE INDEX "EstablishmentEnquiry_status_createdAt_idx" ON "EstablishmentEnquiry"("status", "createdAt");

-- CreateIndex
CREATE INDEX "EstablishmentEnquiry_senderUserId_idx" ON "EstablishmentEnquiry"("senderUserId");

-- CreateIndex
CREATE INDEX "EstablishmentEnquiryMessage_enquiryId_createdAt_idx" ON "EstablishmentEnquiryMessage"("enquiryId", "createdAt");

-- AddForeignKey
ALTER TABLE "EstablishmentEnquiry" ADD CONSTRAINT "EstablishmentEnquiry_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "EstablishmentOffer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EstablishmentEnquiry" ADD CONSTRAINT "EstablishmentEnquiry_senderUserId_fkey" FOREIGN KEY ("senderUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EstablishmentEnquiry" ADD CONSTRAINT "EstablishmentEnquiry_handedOverListingId_fkey" FOREIGN KEY ("handedOverListingId") REFERENCES "Listing"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EstablishmentEnquiry" ADD CONSTRAINT "EstablishmentEnquiry_matchRequestId_fkey" FOREIGN KEY ("matchRequestId") REFERENCES "MatchRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EstablishmentEnquiryMessage" ADD CONSTRAINT "EstablishmentEnquiryMessage_enquiryId_fkey" FOREIGN KEY ("enquiryId") REFERENCES "EstablishmentEnquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EstablishmentEnquiryMessage" ADD CONSTRAINT "EstablishmentEnquiryMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
