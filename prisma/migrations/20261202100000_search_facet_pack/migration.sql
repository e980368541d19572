-- Facet counts from one sum (search/README.md, "The PostgreSQL engine").
-- Counting each facet by grouping its text[] column sorted every match once
-- per facet and sent thousands of value combinations back; at 100k listings
-- that was most of a broad query's time. Now every code of the multi-valued
-- facets (modalities, services, phases, grades, licences) has a slot, and a
-- document's "facetPack" is the sum of 10^(8 * slot) over its codes: the sum
-- of the packs of the matches holds every code's count in its own eight
-- digits. Single-valued facets (type, kind, city) are still grouped by.

-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "facetPack" DECIMAL NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "SearchFacetSlot" (
    "key" TEXT NOT NULL,
    "slot" SERIAL NOT NULL,

    CONSTRAINT "SearchFacetSlot_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "SearchFacetSlot_slot_key" ON "SearchFacetSlot"("slot");

-- Read with every match: kept in the row, uncompressed, like the other facet columns.
ALTER TABLE "SearchDocument" ALTER COLUMN "facetPack" SET STORAGE MAIN;

-- Existing documents get their packs here, so counts stay exact without a
-- reindex (this rewrites every row once: about 20 s at 100k listings). Keys are "<facet name>:<code>", as the engine writes them
-- (facetKeysOf in search/postgres/sql.server.ts).
CREATE TEMPORARY TABLE facet_keys AS
SELECT d."generation", d."id", k.key
FROM "SearchDocument" d
CROSS JOIN LATERAL (
    SELECT 'modality:' || v FROM unnest(d."modalities") AS v
    UNION ALL SELECT 'service:' || v FROM unnest(d."services") AS v
    UNION ALL SELECT 'phase:' || v FROM unnest(d."phases") AS v
    UNION ALL SELECT 'grade:' || v FROM unnest(d."grades") AS v
    UNION ALL SELECT 'licence:' || v FROM unnest(d."licences") AS v
) AS k(key);

INSERT INTO "SearchFacetSlot" ("key")
SELECT DISTINCT key FROM facet_keys ORDER BY key;

UPDATE "SearchDocument" d SET "facetPack" = p.pack
FROM (
    SELECT f."generation", f."id", sum(power(10::numeric, 8 * s."slot")) AS pack
    FROM (SELECT DISTINCT "generation", "id", key FROM facet_keys) f
    JOIN "SearchFacetSlot" s ON s."key" = f.key
    GROUP BY f."generation", f."id"
) p
WHERE d."generation" = p."generation" AND d."id" = p."id";

DROP TABLE facet_keys;
