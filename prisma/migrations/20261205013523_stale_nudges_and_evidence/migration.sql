-- AlterTable
ALTER TABLE "Listing" ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "nudgedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Verification" ADD COLUMN     "public" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "remindedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ListingConfirmToken" (
    "id" UUID NOT NULL,
    "listingId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ListingConfirmToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ListingConfirmToken_tokenHash_key" ON "ListingConfirmToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ListingConfirmToken_listingId_idx" ON "ListingConfirmToken"("listingId");

-- CreateIndex
CREATE INDEX "ListingConfirmToken_userId_idx" ON "ListingConfirmToken"("userId");

-- AddForeignKey
ALTER TABLE "ListingConfirmToken" ADD CONSTRAINT "ListingConfirmToken_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingConfirmToken" ADD CONSTRAINT "ListingConfirmToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
