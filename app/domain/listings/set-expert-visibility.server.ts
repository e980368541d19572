import { prisma } from '~/utils/db.server.ts'
import { isStaff, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { listingChangedBy, lockedListing } from './listing-writes.server.ts'

export type ExpertVisibility = 'public' | 'members'

/**
 * Who may see an expert profile. Making it public is the owner's own choice
 * (it is their personal data); hub staff may only take one back to
 * members-only, e.g. on request or after a complaint.
 */
export async function setExpertVisibility(input: {
	actor: Actor
	listingId: string
	visibility: ExpertVisibility
	now?: Date
}): Promise<{ changed: boolean }> {
	const now = input.now ?? new Date()
	return prisma().$transaction(async (tx) => {
		const listing = await lockedListing(tx, input.listingId, { type: true, ownerUserId: true, visibility: true })
		if (listing.type !== 'expert') throw new RuleError('not-an-expert')
		const isOwner = listing.ownerUserId !== null && listing.ownerUserId === input.actor.userId
		const allowed = input.actor.emailVerified && (isOwner || (isStaff(input.actor) && input.visibility === 'members'))
		if (!allowed) throw new RuleError('expert-owner-only')
		if (listing.visibility === input.visibility) return { changed: false }
		await tx.listing.update({ where: { id: input.listingId }, data: { visibility: input.visibility, updatedAt: now } })
		await listingChangedBy(tx, input.actor, { id: input.listingId }, 'expert.visibility', {
			visibility: { from: listing.visibility, to: input.visibility },
		})
		return { changed: true }
	})
}
