import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { firstTexts } from './first-texts/index.ts'
import { columnsOf } from './site-page-record.ts'
import { sitePageKeys, type SitePageKey } from './site-page-keys.ts'

/**
 * Writes the first text of every page that is not stored yet, at every start
 * and in every mode: a fresh deployment has its privacy notice before its
 * first visitor. A stored page is never touched, whatever it says, and
 * processes starting together write each page once (the insert skips a key
 * that exists). Returns the pages it wrote.
 */
export async function ensureSitePages(now: Date = new Date()): Promise<SitePageKey[]> {
	const written: SitePageKey[] = []
	for (const key of sitePageKeys) {
		await prisma().$transaction(async (tx) => {
			const { count } = await tx.sitePage.createMany({
				data: [{ key, ...columnsOf(firstTexts[key]), version: 1, updatedAt: now, updatedById: null }],
				skipDuplicates: true,
			})
			if (count === 0) return
			await recordAudit(tx, { actorId: null, action: 'sitePage.created', entityType: 'sitePage', entityId: key })
			written.push(key)
		})
	}
	return written
}
