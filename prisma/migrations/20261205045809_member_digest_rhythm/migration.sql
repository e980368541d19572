-- CreateEnum
CREATE TYPE "DigestFrequency" AS ENUM ('daily', 'weekly');

-- AlterTable
ALTER TABLE "AlertDigestState" ADD COLUMN     "digestFrequency" "DigestFrequency" NOT NULL DEFAULT 'weekly',
ADD COLUMN     "lastLookedAt" TIMESTAMP(3);
