-- CreateEnum
CREATE TYPE "ContentKind" AS ENUM ('news', 'event');

-- CreateEnum
CREATE TYPE "EventPlace" AS ENUM ('registered', 'waiting');

-- CreateTable
CREATE TABLE "ContentFollow" (
    "userId" UUID NOT NULL,
    "news" BOOLEAN NOT NULL DEFAULT false,
    "events" BOOLEAN NOT NULL DEFAULT false,
    "unsubscribeKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentFollow_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "ContentMailing" (
    "kind" "ContentKind" NOT NULL,
    "contentId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentMailing_pkey" PRIMARY KEY ("kind","contentId")
);

-- CreateTable
CREATE TABLE "EventRegistrationEntry" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "place" "EventPlace" NOT NULL,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventRegistrationEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventRegistrationEntry_eventId_place_queuedAt_idx" ON "EventRegistrationEntry"("eventId", "place", "queuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EventRegistrationEntry_eventId_userId_key" ON "EventRegistrationEntry"("eventId", "userId");

-- AddForeignKey
ALTER TABLE "ContentFollow" ADD CONSTRAINT "ContentFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistrationEntry" ADD CONSTRAINT "EventRegistrationEntry_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "HubEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistrationEntry" ADD CONSTRAINT "EventRegistrationEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
