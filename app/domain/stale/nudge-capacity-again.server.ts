import { prisma } from '~/utils/db.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { lockedListing } from '../listings/listing-writes.server.ts'
import { RuleError } from '../rules.ts'
import { nudgeListing } from './nudge-listing.server.ts'

/**
 * A coordinator asks a facility's people again whether its suite windows are
 * still right, whenever they choose (the daily job asks at most once a
 * capacity period). Refused for a listing that is not a published facility
 * keeping suites, and when nobody with an account answers for it.
 */
export async function nudgeCapacityAgain(input: {
	actor: Actor
	listingId: string
	baseUrl: string
	now?: Date
}): Promise<{ asked: number }> {
	assertCan(input.actor, 'listing.verify')
	const now = input.now ?? new Date()
	return prisma().$transaction(async (tx) => {
		const listing = await lockedListing(tx, input.listingId, {
			id: true,
			type: true,
			name: true,
			status: true,
			mergedIntoId: true,
			organizationId: true,
			ownerUserId: true,
			_count: { select: { capacitySuites: true } },
		})
		if (listing.mergedIntoId) throw new RuleError('listing-merged')
		if (listing.status === 'archived') throw new RuleError('listing-archived')
		if (listing.status !== 'published') throw new RuleError('listing-not-published')
		if (listing.type !== 'facility' || listing._count.capacitySuites === 0) throw new RuleError('stale-no-capacity')
		const asked = await nudgeListing(tx, listing, {
			now,
			baseUrl: input.baseUrl,
			actorId: input.actor.userId,
			purpose: 'capacity',
		})
		if (!asked) throw new RuleError('stale-nobody-to-ask')
		return { asked }
	})
}
