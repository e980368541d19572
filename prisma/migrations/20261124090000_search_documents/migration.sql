-- The built-in PostgreSQL search engine (search/postgres/). Extensions first:
-- pg_trgm matches misspelt query words against the vocabulary, unaccent makes
-- "radgivning" find "rådgivning". Both are trusted extensions, so a database
-- owner may create them without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change), which keeps it out
-- of index expressions and generated columns; naming the dictionary makes the
-- result depend on the arguments alone.
CREATE OR REPLACE FUNCTION hub_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- CreateTable
CREATE TABLE "SearchDocument" (
    "generation" INTEGER NOT NULL,
    "id" UUID NOT NULL,
    "document" JSONB NOT NULL,
    "type" TEXT NOT NULL,
    "kind" TEXT,
    "city" TEXT,
    "organizationId" UUID,
    "modalities" TEXT[],
    "services" TEXT[],
    "phases" TEXT[],
    "grades" TEXT[],
    "licences" TEXT[],
    "nameSort" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "stamp" TEXT NOT NULL,
    "searchVector" tsvector NOT NULL,
    "rankVector" tsvector NOT NULL,
    "indexedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("generation","id")
);

-- Keep rows narrow: queries read ids, facet columns and the small rankVector
-- of every match, but the document (needed for the 20 hits of a page) and the
-- searchVector (answered by its GIN index alone) may go out of line, and
-- uncompressed, so that reading them when needed costs no decompression.
ALTER TABLE "SearchDocument" ALTER COLUMN "document" SET STORAGE EXTERNAL;
ALTER TABLE "SearchDocument" ALTER COLUMN "searchVector" SET STORAGE EXTERNAL;
ALTER TABLE "SearchDocument" ALTER COLUMN "rankVector" SET STORAGE MAIN;

-- CreateTable
CREATE TABLE "SearchIndexState" (
    "name" TEXT NOT NULL,
    "activeGeneration" INTEGER NOT NULL,
    "buildingGeneration" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchIndexState_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

-- CreateIndex
CREATE INDEX "SearchDocument_searchVector_idx" ON "SearchDocument" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "SearchDocument_modalities_idx" ON "SearchDocument" USING GIN ("modalities");

-- CreateIndex
CREATE INDEX "SearchDocument_services_idx" ON "SearchDocument" USING GIN ("services");

-- CreateIndex
CREATE INDEX "SearchDocument_phases_idx" ON "SearchDocument" USING GIN ("phases");

-- CreateIndex
CREATE INDEX "SearchDocument_grades_idx" ON "SearchDocument" USING GIN ("grades");

-- CreateIndex
CREATE INDEX "SearchDocument_licences_idx" ON "SearchDocument" USING GIN ("licences");

-- CreateIndex
CREATE INDEX "SearchDocument_generation_type_idx" ON "SearchDocument"("generation", "type");

-- CreateIndex
CREATE INDEX "SearchDocument_generation_nameSort_idx" ON "SearchDocument"("generation", "nameSort");

-- CreateIndex
CREATE INDEX "SearchDocument_generation_updatedAt_idx" ON "SearchDocument"("generation", "updatedAt");

-- CreateIndex
CREATE INDEX "SearchDocument_generation_organizationId_idx" ON "SearchDocument"("generation", "organizationId");

-- CreateIndex
CREATE INDEX "SearchTerm_term_idx" ON "SearchTerm" USING GIN ("term" gin_trgm_ops);

-- The listings index starts empty in generation 1; start-up reconciliation fills it.
INSERT INTO "SearchIndexState" ("name", "activeGeneration", "buildingGeneration", "updatedAt")
VALUES ('listings', 1, NULL, CURRENT_TIMESTAMP)
ON CONFLICT ("name") DO NOTHING;
