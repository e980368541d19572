import { listingChanged, organizationChanged } from '~/outbox/topics.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { lockListing } from '../listings/listing-writes.server.ts'

/**
 * Takes a listing out of the directory (closed down, duplicate nobody wants
 * merged). Pending proposals for it are withdrawn: there is nothing left to
 * publish them into. The row and its history stay.
 */
export async function archiveListing(input: { actor: Actor; listingId: string; now?: Date }): Promise<void> {
	assertCan(input.actor, 'listing.archive')
	const now = input.now ?? new Date()
	await prisma().$transaction(async (tx) => {
		await lockListing(tx, input.listingId)
		const listing = await tx.listing.findUnique({
			where: { id: input.listingId },
			select: { type: true, status: true, featured: true },
		})
		if (!listing) throw new RuleError('listing-not-found')
		if (listing.status === 'archived') throw new RuleError('listing-archived')
		await tx.listing.update({
			where: { id: input.listingId },
			data: { status: 'archived', featured: false, updatedAt: now },
		})
		const withdrawn = await tx.listingRevision.updateMany({
			where: { listingId: input.listingId, status: 'pending' },
			data: { status: 'withdrawn', decidedAt: now },
		})
		await listingChanged(tx, input.listingId)
		if (listing.type === 'organization') await organizationChanged(tx, input.listingId)
		await recordAudit(tx, {
			actorId: input.actor.userId,
			action: 'listing.archived',
			entityType: 'listing',
			entityId: input.listingId,
			changes: {
				status: { from: listing.status, to: 'archived' },
				...(listing.featured ? { featured: { from: true, to: false } } : {}),
				withdrawnRevisions: withdrawn.count,
			},
		})
	})
}
