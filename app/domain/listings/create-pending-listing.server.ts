import type { Prisma } from '~/generated/prisma/client.ts'
import { listingChanged } from '~/outbox/topics.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { changedFields } from './revision-diff.ts'
import { typedRecord, type ListingRecord, type ListingType } from './interchange.ts'
import { allocateSlug } from './listing-writes.server.ts'
import { listingCreateData } from './to-database.ts'

export interface CreatedPendingListing {
	listingId: string
	revisionId: string
	type: ListingType
	created: true
}

/**
 * Writes a new listing the public cannot see yet, in the caller's
 * transaction: the row as `pending_review`, its first revision (what the
 * coordinator reviews), the outbox row and the audit entry. The record is
 * already parsed, with the server's own ref.
 */
export async function createPendingListing(
	tx: Prisma.TransactionClient,
	input: {
		actor: Actor
		type: ListingType
		record: ListingRecord
		organizationId: string | null
		now: Date
		/** Columns the record does not carry (an expert profile's owner and visibility). */
		extra?: Pick<Prisma.ListingUncheckedCreateInput, 'visibility' | 'ownerUserId'>
	},
): Promise<CreatedPendingListing> {
	const { actor, type, record, now } = input
	const listing = await tx.listing.create({
		data: {
			...listingCreateData(typedRecord(type, record as never), {
				organizationId: input.organizationId,
				slug: await allocateSlug(tx, type, record.name),
			}),
			status: 'pending_review',
			...input.extra,
			createdAt: now,
			updatedAt: now,
		},
		select: { id: true },
	})
	const revision = await tx.listingRevision.create({
		data: { listingId: listing.id, authorId: actor.userId, payload: record as object, createdAt: now },
		select: { id: true },
	})
	// The row is not public yet; the search worker learns of it (and skips it) like any other write.
	await listingChanged(tx, listing.id)
	await recordAudit(tx, {
		actorId: actor.userId,
		action: 'listing.submitted',
		entityType: 'listing',
		entityId: listing.id,
		changes: { revisionId: revision.id, ref: record.ref, fields: changedFields(type, null, record) },
	})
	return { listingId: listing.id, revisionId: revision.id, type, created: true }
}
