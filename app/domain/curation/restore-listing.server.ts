import { listingChanged, organizationChanged } from '~/outbox/topics.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { lockListing } from '../listings/listing-writes.server.ts'

/**
 * Undoes an archive: a listing that was published before comes back as it
 * was; one that never was goes back to draft. A merged listing stays merged
 * (its address belongs to the survivor now).
 */
export async function restoreListing(input: { actor: Actor; listingId: string; now?: Date }): Promise<void> {
	assertCan(input.actor, 'listing.archive')
	const now = input.now ?? new Date()
	await prisma().$transaction(async (tx) => {
		await lockListing(tx, input.listingId)
		const listing = await tx.listing.findUnique({
			where: { id: input.listingId },
			select: { type: true, status: true, publishedAt: true, mergedIntoId: true },
		})
		if (!listing) throw new RuleError('listing-not-found')
		if (listing.mergedIntoId) throw new RuleError('listing-merged')
		if (listing.status !== 'archived') throw new RuleError('listing-not-archived')
		const status = listing.publishedAt ? 'published' : 'draft'
		await tx.listing.update({ where: { id: input.listingId }, data: { status, updatedAt: now } })
		await listingChanged(tx, input.listingId)
		if (listing.type === 'organization') await organizationChanged(tx, input.listingId)
		await recordAudit(tx, {
			actorId: input.actor.userId,
			action: 'listing.restored',
			entityType: 'listing',
			entityId: input.listingId,
			changes: { status: { from: 'archived', to: status } },
		})
	})
}
