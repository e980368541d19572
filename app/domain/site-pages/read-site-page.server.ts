import { prisma } from '~/utils/db.server.ts'
import { firstTextRecord, recordOf, type SitePageRecord } from './site-page-record.ts'
import type { SitePageKey } from './site-page-keys.ts'

/**
 * A page as stored, or its first text while it is not stored yet (start-up
 * writes it; until then, and in a database nobody started a portal on, the
 * page still has its text).
 */
export async function readSitePage(key: SitePageKey): Promise<SitePageRecord> {
	const row = await prisma().sitePage.findUnique({ where: { key } })
	return row ? recordOf(key, row) : firstTextRecord(key)
}
