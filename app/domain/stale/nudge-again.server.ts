import type { ConfirmTokenPurpose } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { lockedListing } from '../listings/listing-writes.server.ts'
import { RuleError } from '../rules.ts'
import { nudgeListing } from './nudge-listing.server.ts'

/**
 * A coordinator asks a listing's people again, whenever they choose (the
 * daily job asks at most once a stale period): whether the listing is still
 * accurate, or (`purpose` capacity) whether a facility's suite windows are
 * still right. Refused for a listing that is not published, for capacity of
 * a listing that is not a facility keeping suites, and when nobody with an
 * account answers for it.
 */
export async function nudgeAgain(input: {
	actor: Actor
	listingId: string
	baseUrl: string
	purpose?: ConfirmTokenPurpose
	now?: Date
}): Promise<{ asked: number }> {
	assertCan(input.actor, 'listing.verify')
	const now = input.now ?? new Date()
	const purpose = input.purpose ?? 'listing'
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
		if (purpose === 'capacity' && (listing.type !== 'facility' || listing._count.capacitySuites === 0))
			throw new RuleError('stale-no-capacity')
		const asked = await nudgeListing(tx, listing, { now, baseUrl: input.baseUrl, actorId: input.actor.userId, purpose })
		if (!asked) throw new RuleError('stale-nobody-to-ask')
		return { asked }
	})
}
