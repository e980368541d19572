// Who to ask next when a provider says no or lets a route expire: the
// coordinator still decides, but the triage page ticks this one and the mail
// that tells the hub of the decline names it, so the request does not stall.
import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import { reachableListingIds } from './provider-reach.server.ts'

export interface NextCandidate {
	listingId: string
	name: string
}

/**
 * The best-scored candidate of the request that can be routed now: not set
 * aside, not asked before (whatever that route's state), published, not the
 * requester itself, and with someone at the provider who could answer.
 */
export async function nextRoutableCandidate(
	requestId: string,
	db: Prisma.TransactionClient = prisma(),
): Promise<NextCandidate | null> {
	const request = await db.matchRequest.findUnique({
		where: { id: requestId },
		select: {
			organizationId: true,
			routes: { select: { providerListingId: true } },
			candidates: {
				where: { removedAt: null, listing: { status: 'published', mergedIntoId: null } },
				orderBy: [{ score: 'desc' }, { createdAt: 'asc' }],
				select: {
					listing: { select: { id: true, name: true, type: true, organizationId: true, ownerUserId: true } },
				},
			},
		},
	})
	if (!request) return null
	const routed = new Set(request.routes.map((route) => route.providerListingId))
	const open = request.candidates
		.map((candidate) => candidate.listing)
		.filter(
			(listing) =>
				!routed.has(listing.id) &&
				listing.id !== request.organizationId &&
				listing.organizationId !== request.organizationId,
		)
	if (!open.length) return null
	const reachable = await reachableListingIds(open, db)
	const next = open.find((listing) => reachable.has(listing.id))
	return next ? { listingId: next.id, name: next.name } : null
}
