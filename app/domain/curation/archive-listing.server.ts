import { prisma } from '~/utils/db.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { listingChangedBy, lockedListing } from '../listings/listing-writes.server.ts'

/**
 * Takes a listing out of the directory (closed down, duplicate nobody wants
 * merged). Pending proposals for it are withdrawn: there is nothing left to
 * publish them into. The row and its history stay.
 */
export async function archiveListing(input: { actor: Actor; listingId: string; now?: Date }): Promise<void> {
	assertCan(input.actor, 'listing.archive')
	const now = input.now ?? new Date()
	await prisma().$transaction(async (tx) => {
		const listing = await lockedListing(tx, input.listingId, { type: true, status: true, featured: true })
		if (listing.status === 'archived') throw new RuleError('listing-archived')
		await tx.listing.update({
			where: { id: input.listingId },
			data: { status: 'archived', featured: false, updatedAt: now },
		})
		const withdrawn = await tx.listingRevision.updateMany({
			where: { listingId: input.listingId, status: 'pending' },
			data: { status: 'withdrawn', decidedAt: now },
		})
		await listingChangedBy(tx, input.actor, { id: input.listingId, type: listing.type }, 'listing.archived', {
			status: { from: listing.status, to: 'archived' },
			...(listing.featured ? { featured: { from: true, to: false } } : {}),
			withdrawnRevisions: withdrawn.count,
		})
	})
}
