import { prisma } from '~/utils/db.server.ts'
import { detailSelect, summarySelect, toListingDetail } from './listing-views.server.ts'
import type { ListingDetail, ListingLink, ListingTypeCode } from './types.ts'
import { visibleListingsWhere, visitor, type DirectoryViewer } from './viewer.server.ts'

export type FindListingResult =
	| { kind: 'found'; listing: ListingDetail }
	/** The listing was merged into another one: send the visitor to the survivor. */
	| { kind: 'merged'; survivor: Pick<ListingLink, 'type' | 'slug'> }
	| { kind: 'not-found' }

// Merges can chain (A into B, later B into C); a cycle must not loop forever.
const maxMergeHops = 5

async function findMergeSurvivor(mergedIntoId: string, viewer: DirectoryViewer) {
	let nextId: string | null = mergedIntoId
	for (let hop = 0; nextId && hop < maxMergeHops; hop++) {
		const candidate: { id: string; type: ListingTypeCode; slug: string; mergedIntoId: string | null } | null =
			await prisma().listing.findUnique({
				where: { id: nextId },
				select: { id: true, type: true, slug: true, mergedIntoId: true },
			})
		if (!candidate) return null
		if (!candidate.mergedIntoId) {
			const visible = await prisma().listing.count({ where: { ...visibleListingsWhere(viewer), id: candidate.id } })
			return visible ? { type: candidate.type, slug: candidate.slug } : null
		}
		nextId = candidate.mergedIntoId
	}
	return null
}

/**
 * One listing as this viewer may see it, with its published organisation
 * and, for an organisation, its visible labs, facilities and experts.
 */
export async function findPublishedListing({
	type,
	slug,
	viewer = visitor,
}: {
	type: ListingTypeCode
	slug: string
	viewer?: DirectoryViewer
}): Promise<FindListingResult> {
	const now = new Date()
	const merged = await prisma().listing.findUnique({
		where: { type_slug: { type, slug } },
		select: { mergedIntoId: true },
	})
	if (!merged) return { kind: 'not-found' }
	if (merged.mergedIntoId) {
		const survivor = await findMergeSurvivor(merged.mergedIntoId, viewer)
		return survivor ? { kind: 'merged', survivor } : { kind: 'not-found' }
	}

	const row = await prisma().listing.findFirst({
		where: { ...visibleListingsWhere(viewer), type, slug },
		select: detailSelect(now, viewer),
	})
	if (!row) return { kind: 'not-found' }
	const children =
		type === 'organization'
			? await prisma().listing.findMany({
					where: {
						...visibleListingsWhere(viewer),
						organizationId: row.id,
						type: { in: ['lab', 'facility', 'expert'] },
					},
					orderBy: [{ name: 'asc' }, { id: 'asc' }],
					select: summarySelect(now),
				})
			: []
	return { kind: 'found', listing: toListingDetail(row, children, viewer) }
}
