import { prisma } from '~/utils/db.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { listingChangedBy, lockedListing } from '../listings/listing-writes.server.ts'

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
		const listing = await lockedListing(tx, input.listingId, { featured: true, status: true, mergedIntoId: true })
		if (input.featured && (listing.status !== 'published' || listing.mergedIntoId)) {
			throw new RuleError('listing-not-published')
		}
		if (listing.featured === input.featured) return { changed: false }
		await tx.listing.update({ where: { id: input.listingId }, data: { featured: input.featured, updatedAt: now } })
		await listingChangedBy(
			tx,
			input.actor,
			{ id: input.listingId },
			input.featured ? 'listing.featured' : 'listing.unfeatured',
			{ featured: { from: listing.featured, to: input.featured } },
		)
		return { changed: true }
	})
}
