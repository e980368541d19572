import { prisma } from '~/utils/db.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { lockedListing } from '../listings/listing-writes.server.ts'
import { RuleError } from '../rules.ts'
import { nudgeListing } from './nudge-listing.server.ts'

/**
 * A coordinator asks a listing's people again, whenever they choose (the
 * daily job asks at most once a stale period). Refused for a listing that is
 * not published, and when nobody with an account answers for it.
 */
export async function nudgeAgain(input: {
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
		})
		if (listing.mergedIntoId) throw new RuleError('listing-merged')
		if (listing.status === 'archived') throw new RuleError('listing-archived')
		if (listing.status !== 'published') throw new RuleError('listing-not-published')
		const asked = await nudgeListing(tx, listing, { now, baseUrl: input.baseUrl, actorId: input.actor.userId })
		if (!asked) throw new RuleError('stale-nobody-to-ask')
		return { asked }
	})
}
