-- CreateEnum
CREATE TYPE "CapacityState" AS ENUM ('free', 'tentative', 'booked');

-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "freeRanges" datemultirange;

-- CreateTable
CREATE TABLE "FacilitySuite" (
    "id" UUID NOT NULL,
    "facilityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "grade" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FacilitySuite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CapacityWindow" (
    "id" UUID NOT NULL,
    "suiteId" UUID NOT NULL,
    "from" DATE NOT NULL,
    "to" DATE NOT NULL,
    "state" "CapacityState" NOT NULL,
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CapacityWindow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FacilitySuite_facilityId_position_idx" ON "FacilitySuite"("facilityId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "FacilitySuite_facilityId_name_key" ON "FacilitySuite"("facilityId", "name");

-- CreateIndex
CREATE INDEX "CapacityWindow_suiteId_from_idx" ON "CapacityWindow"("suiteId", "from");

-- AddForeignKey
ALTER TABLE "FacilitySuite" ADD CONSTRAINT "FacilitySuite_facilityId_fkey" FOREIGN KEY ("facilityId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapacityWindow" ADD CONSTRAINT "CapacityWindow_suiteId_fkey" FOREIGN KEY ("suiteId") REFERENCES "FacilitySuite"("id") ON DELETE CASCADE ON UPDATE CASCADE;
