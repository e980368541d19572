import type { ListingStatus } from '~/generated/prisma/enums.ts'
import { prisma } from '~/utils/db.server.ts'
import { activeVerificationWhere } from '../listings/active-verification.ts'

export interface CoordinatorOverview {
	pendingRevisions: number
	pendingClaims: number
	/** When the oldest item in the queue arrived, to show how long people wait. */
	oldestPendingAt: string | null
	listingsByStatus: Record<ListingStatus, number>
	verifiedListings: number
	/** Badges that disappear within the next 30 days unless someone renews the evidence. */
	verificationsExpiringSoon: number
	featuredListings: number
}

const DAY_MS = 86_400_000

export async function coordinatorOverview(now: Date = new Date()): Promise<CoordinatorOverview> {
	const db = prisma()
	const soon = new Date(now.getTime() + 30 * DAY_MS)
	const [pendingRevisions, pendingClaims, oldestRevision, oldestClaim, byStatus, verified, expiring, featured] =
		await Promise.all([
			db.listingRevision.count({ where: { status: 'pending' } }),
			db.organizationClaim.count({ where: { status: 'pending' } }),
			db.listingRevision.findFirst({
				where: { status: 'pending' },
				orderBy: { createdAt: 'asc' },
				select: { createdAt: true },
			}),
			db.organizationClaim.findFirst({
				where: { status: 'pending' },
				orderBy: { createdAt: 'asc' },
				select: { createdAt: true },
			}),
			db.listing.groupBy({ by: ['status'], where: { mergedIntoId: null }, _count: { _all: true } }),
			db.listing.count({
				where: { mergedIntoId: null, status: 'published', verifications: { some: activeVerificationWhere(now) } },
			}),
			db.verification.count({
				where: { ...activeVerificationWhere(now), expiresAt: { lte: soon }, listing: { mergedIntoId: null } },
			}),
			db.listing.count({ where: { featured: true, status: 'published', mergedIntoId: null } }),
		])
	const listingsByStatus = { draft: 0, pending_review: 0, published: 0, archived: 0 }
	for (const group of byStatus) listingsByStatus[group.status] = group._count._all
	const oldest = [oldestRevision?.createdAt, oldestClaim?.createdAt]
		.filter((date): date is Date => Boolean(date))
		.sort((a, b) => a.getTime() - b.getTime())[0]
	return {
		pendingRevisions,
		pendingClaims,
		oldestPendingAt: oldest?.toISOString() ?? null,
		listingsByStatus,
		verifiedListings: verified,
		verificationsExpiringSoon: expiring,
		featuredListings: featured,
	}
}
