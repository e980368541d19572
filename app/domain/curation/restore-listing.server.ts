import { prisma } from '~/utils/db.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { listingChangedBy, lockedListing } from '../listings/listing-writes.server.ts'

/**
 * Undoes an archive: a listing that was published before comes back as it
 * was; one that never was goes back to draft. A merged listing stays merged
 * (its address belongs to the survivor now).
 */
export async function restoreListing(input: { actor: Actor; listingId: string; now?: Date }): Promise<void> {
	assertCan(input.actor, 'listing.archive')
	const now = input.now ?? new Date()
	await prisma().$transaction(async (tx) => {
		const listing = await lockedListing(tx, input.listingId, {
			type: true,
			status: true,
			publishedAt: true,
			mergedIntoId: true,
		})
		if (listing.mergedIntoId) throw new RuleError('listing-merged')
		if (listing.status !== 'archived') throw new RuleError('listing-not-archived')
		const status = listing.publishedAt ? 'published' : 'draft'
		await tx.listing.update({ where: { id: input.listingId }, data: { status, updatedAt: now } })
		await listingChangedBy(tx, input.actor, { id: input.listingId, type: listing.type }, 'listing.restored', {
			status: { from: 'archived', to: status },
		})
	})
}
