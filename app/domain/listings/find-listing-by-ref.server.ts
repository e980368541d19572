import { prisma } from '~/utils/db.server.ts'
import type { ListingTypeCode } from '../directory/types.ts'
import { visibleListingsWhere, visitor, type DirectoryViewer } from '../directory/viewer.server.ts'

export type FindByRefResult =
	{ kind: 'found'; type: ListingTypeCode; slug: string; merged: boolean } | { kind: 'not-found' }

// Merges can chain (A into B, later B into C); a cycle must not loop forever.
const maxMergeHops = 5

/**
 * The listing a ref names, as this viewer may see it. A merged listing's ref
 * leads to the survivor, so refs in old spreadsheets, e-mails and API
 * clients keep working.
 */
export async function findListingByRef({
	ref,
	viewer = visitor,
}: {
	ref: string
	viewer?: DirectoryViewer
}): Promise<FindByRefResult> {
	const select = { id: true, type: true, slug: true, mergedIntoId: true } as const
	// Refs are stored lowercase (the interchange schema normalises them).
	let row = await prisma().listing.findUnique({ where: { ref: ref.trim().toLowerCase() }, select })
	let merged = false
	for (let hop = 0; row?.mergedIntoId && hop < maxMergeHops; hop++) {
		merged = true
		row = await prisma().listing.findUnique({ where: { id: row.mergedIntoId }, select })
	}
	if (!row || row.mergedIntoId) return { kind: 'not-found' }
	const visible = await prisma().listing.count({ where: { ...visibleListingsWhere(viewer), id: row.id } })
	return visible ? { kind: 'found', type: row.type, slug: row.slug, merged } : { kind: 'not-found' }
}
