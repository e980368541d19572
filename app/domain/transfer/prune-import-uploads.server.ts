import { prisma } from '~/utils/db.server.ts'

// Uploaded files are kept only as long as their page is useful (decision 040):
// the preview to confirm, then the import's report to download. The file's
// text lives in the upload's row, so deleting the row deletes the file.

/** Days an upload (its file, and the report of an applied import) is kept. */
export const IMPORT_UPLOAD_KEEP_DAYS = 30
/** Days a preview nobody confirmed, or a refused file, is kept: it is uploaded again once corrected. */
export const UNCONFIRMED_UPLOAD_KEEP_DAYS = 7

/** Deletes the uploads past their time, never one whose import runs now; returns how many. */
export async function pruneImportUploads(): Promise<number> {
	return prisma().$executeRaw`
		DELETE FROM "ImportUpload"
		WHERE ("createdAt" < (now() AT TIME ZONE 'UTC') - make_interval(days => ${IMPORT_UPLOAD_KEEP_DAYS})
				OR ("state" IN ('previewed', 'refused')
					AND "createdAt" < (now() AT TIME ZONE 'UTC') - make_interval(days => ${UNCONFIRMED_UPLOAD_KEEP_DAYS})))
			AND NOT ("state" = 'applying' AND "leaseUntil" IS NOT NULL AND "leaseUntil" >= (now() AT TIME ZONE 'UTC'))`
}
