-- CreateTable
CREATE TABLE "BackgroundTask" (
    "name" TEXT NOT NULL,
    "leasedBy" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "lastStartedAt" TIMESTAMP(3),
    "lastFinishedAt" TIMESTAMP(3),
    "lastSucceededAt" TIMESTAMP(3),
    "lastError" TEXT,
    "lastSummary" TEXT,

    CONSTRAINT "BackgroundTask_pkey" PRIMARY KEY ("name")
);
