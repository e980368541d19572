import { prisma } from '~/utils/db.server.ts'
import { summarySelect, toListingSummary } from './listing-views.server.ts'
import type { ListingSummary } from './types.ts'
import { visibleListingsWhere, visitor, type DirectoryViewer } from './viewer.server.ts'

/** Listings the coordinators chose to feature on the home page. */
export async function featuredListings({
	viewer = visitor,
	limit = 6,
}: { viewer?: DirectoryViewer; limit?: number } = {}): Promise<ListingSummary[]> {
	const rows = await prisma().listing.findMany({
		where: { ...visibleListingsWhere(viewer), featured: true },
		orderBy: [{ name: 'asc' }, { id: 'asc' }],
		take: limit,
		select: summarySelect(new Date()),
	})
	return rows.map(toListingSummary)
}
