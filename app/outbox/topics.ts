// Outbox topics and the helpers domain code calls inside its transaction.
// Every write to a listing, or to anything its search document is built from
// (its organisation, its verifications), must call one of these in the same
// Prisma transaction as the write:
//
//   await prisma().$transaction(async (tx) => {
//     await tx.listing.update({ where: { id }, data })
//     await listingChanged(tx, id)
//   })
import { enqueue, enqueueMany, type OutboxWriter } from './outbox.server.ts'

export const TOPICS = {
	/** aggregateId = listing id; the search worker re-reads it and upserts or deletes its document. */
	listingChanged: 'listing.changed',
	/** aggregateId = organisation listing id; re-indexes the organisation and every listing that embeds it. */
	organizationChanged: 'organization.changed',
} as const

export type Topic = (typeof TOPICS)[keyof typeof TOPICS]

/**
 * A listing was created, edited, published, unpublished, merged, verified or
 * deleted; with `availableAt`, it will change then without anyone writing
 * (a verification expires).
 */
export async function listingChanged(
	tx: OutboxWriter,
	listingId: string,
	options: { availableAt?: Date } = {},
): Promise<void> {
	await enqueue(tx, { topic: TOPICS.listingChanged, aggregateId: listingId, ...options })
}

/** Several listings at once (imports, merges). */
export async function listingsChanged(tx: OutboxWriter, listingIds: readonly string[]): Promise<void> {
	await enqueueMany(
		tx,
		[...new Set(listingIds)].map((aggregateId) => ({ topic: TOPICS.listingChanged, aggregateId })),
	)
}

/**
 * An organisation changed in a way its labs, facilities and experts show
 * (name, kind, city, campus, coordinates, publication). A `listingChanged` for
 * an organisation does this too; this name says why at the call site.
 */
export async function organizationChanged(tx: OutboxWriter, organizationId: string): Promise<void> {
	await enqueue(tx, { topic: TOPICS.organizationChanged, aggregateId: organizationId })
}
