import { prisma } from '~/utils/db.server.ts'
import { listingTypes, type ListingCounts } from './types.ts'
import { visibleListingsWhere, visitor, type DirectoryViewer } from './viewer.server.ts'

/** How many listings of each type this viewer can browse (zero for a type with none). */
export async function countPublishedByType(viewer: DirectoryViewer = visitor): Promise<ListingCounts> {
	const groups = await prisma().listing.groupBy({
		by: ['type'],
		where: visibleListingsWhere(viewer),
		_count: { _all: true },
	})
	const counts = Object.fromEntries(listingTypes.map((type) => [type, 0])) as ListingCounts
	for (const group of groups) counts[group.type] = group._count._all
	return counts
}
