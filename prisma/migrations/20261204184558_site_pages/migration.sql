-- CreateTable
CREATE TABLE "SitePage" (
    "key" TEXT NOT NULL,
    "titleEn" TEXT,
    "leadEn" TEXT,
    "bodyEn" TEXT,
    "titleSv" TEXT,
    "leadSv" TEXT,
    "bodySv" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" UUID,

    CONSTRAINT "SitePage_pkey" PRIMARY KEY ("key")
);
