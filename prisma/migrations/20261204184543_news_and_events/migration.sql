-- CreateEnum
CREATE TYPE "NewsStatus" AS ENUM ('draft', 'published', 'withdrawn');

-- CreateEnum
CREATE TYPE "HubEventStatus" AS ENUM ('draft', 'published', 'cancelled');

-- CreateEnum
CREATE TYPE "EventRegistration" AS ENUM ('none', 'external', 'portal');

-- CreateTable
CREATE TABLE "NewsItem" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "titleEn" TEXT,
    "leadEn" TEXT,
    "bodyEn" TEXT,
    "titleSv" TEXT,
    "leadSv" TEXT,
    "bodySv" TEXT,
    "status" "NewsStatus" NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMP(3),
    "authorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NewsItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HubEvent" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "titleEn" TEXT,
    "descriptionEn" TEXT,
    "titleSv" TEXT,
    "descriptionSv" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Stockholm',
    "place" TEXT,
    "address" TEXT,
    "onlineUrl" TEXT,
    "organiser" TEXT NOT NULL,
    "registration" "EventRegistration" NOT NULL DEFAULT 'none',
    "registrationUrl" TEXT,
    "capacity" INTEGER,
    "status" "HubEventStatus" NOT NULL DEFAULT 'draft',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" TIMESTAMP(3),
    "authorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HubEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NewsItem_slug_key" ON "NewsItem"("slug");

-- CreateIndex
CREATE INDEX "NewsItem_status_publishedAt_idx" ON "NewsItem"("status", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "HubEvent_slug_key" ON "HubEvent"("slug");

-- CreateIndex
CREATE INDEX "HubEvent_status_startsAt_idx" ON "HubEvent"("status", "startsAt");
