-- Narrower SearchDocument rows (search/postgres/): a query reads ids, facet
-- columns and the small rankVector of every match, but the document only for
-- the 20 hits of a page and the searchVector never (its GIN index answers
-- alone). Those two already go out of line uncompressed (EXTERNAL); from 1 kB
-- on rather than 2 kB, so the searchVector leaves the row as well. The small
-- columns become MAIN so that TOAST neither compresses nor moves them to get
-- there. Only new rows are affected: `npm run hub -- reindex` rewrites them all.
ALTER TABLE "SearchDocument"
    ALTER COLUMN "type" SET STORAGE MAIN,
    ALTER COLUMN "kind" SET STORAGE MAIN,
    ALTER COLUMN "city" SET STORAGE MAIN,
    ALTER COLUMN "modalities" SET STORAGE MAIN,
    ALTER COLUMN "services" SET STORAGE MAIN,
    ALTER COLUMN "phases" SET STORAGE MAIN,
    ALTER COLUMN "grades" SET STORAGE MAIN,
    ALTER COLUMN "licences" SET STORAGE MAIN,
    ALTER COLUMN "nameSort" SET STORAGE MAIN,
    ALTER COLUMN "stamp" SET STORAGE MAIN,
    SET (toast_tuple_target = 1024);
