import { listingChanged } from '~/outbox/topics.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { lockListing } from '../listings/listing-writes.server.ts'

/** Puts a published listing on the home page's featured list, or takes it off. */
export async function featureListing(input: {
	actor: Actor
	listingId: string
	featured: boolean
	now?: Date
}): Promise<{ changed: boolean }> {
	assertCan(input.actor, 'listing.feature')
	const now = input.now ?? new Date()
	return prisma().$transaction(async (tx) => {
		await lockListing(tx, input.listingId)
		const listing = await tx.listing.findUnique({
			where: { id: input.listingId },
			select: { featured: true, status: true, mergedIntoId: true },
		})
		if (!listing) throw new RuleError('listing-not-found')
		if (input.featured && (listing.status !== 'published' || listing.mergedIntoId)) {
			throw new RuleError('listing-not-published')
		}
		if (listing.featured === input.featured) return { changed: false }
		await tx.listing.update({ where: { id: input.listingId }, data: { featured: input.featured, updatedAt: now } })
		await listingChanged(tx, input.listingId)
		await recordAudit(tx, {
			actorId: input.actor.userId,
			action: input.featured ? 'listing.featured' : 'listing.unfeatured',
			entityType: 'listing',
			entityId: input.listingId,
			changes: { featured: { from: listing.featured, to: input.featured } },
		})
		return { changed: true }
	})
}
