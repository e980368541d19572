-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "visibility" TEXT NOT NULL DEFAULT 'public';
