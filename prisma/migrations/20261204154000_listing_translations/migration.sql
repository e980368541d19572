-- A listing's summary and description in the other language of the two
-- (Swedish when contentLocale is "en", English when it is "sv").
ALTER TABLE "Listing" ADD COLUMN "translatedSummary" TEXT,
ADD COLUMN "translatedDescription" TEXT;
