// A stored picture is deleted once nothing refers to it any more: no listing
// shows it and no proposal waiting for review carries it. Whoever may have
// made a picture unreferenced (an approval that replaced it, a removal, a
// merge, an account's erasure, a proposal replaced by a newer one) says so through the
// outbox in its own transaction; the handler looks again before deleting, so a
// picture another listing shares, or that a new proposal took up meanwhile,
// stays, and a failed delete is simply retried.
import type { Prisma } from '~/generated/prisma/client.ts'
import type { OutboxWriter } from '~/outbox/outbox.server.ts'
import { enqueueMany } from '~/outbox/outbox.server.ts'
import type { OutboxHandler } from '~/outbox/worker.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { imageFileName, imageSizes, isImageKey, type ImageSize } from './image-key.ts'
import { imageStore, type ImageStore } from './image-store.server.ts'

export const IMAGE_RELEASED_TOPIC = 'image.released'

/** These pictures may no longer be referenced: the worker deletes those that are not. */
export async function releaseImages(tx: OutboxWriter, keys: ReadonlyArray<string | null | undefined>): Promise<void> {
	const unique = [...new Set(keys.filter(isImageKey))]
	await enqueueMany(
		tx,
		unique.map((key) => ({ topic: IMAGE_RELEASED_TOPIC, aggregateId: key })),
	)
}

type Reader = Pick<Prisma.TransactionClient, 'listing' | 'listingRevision'>

/** The pictures a listing shows or its proposals carry (any of them may be the last reference). */
export async function picturesOf(tx: Reader, listingId: string): Promise<string[]> {
	const listing = await tx.listing.findUnique({ where: { id: listingId }, select: { imageKey: true } })
	const revisions = await tx.listingRevision.findMany({
		where: { listingId, status: { in: ['pending', 'rejected'] } },
		select: { payload: true },
	})
	const keys = [listing?.imageKey, ...revisions.map((revision) => (revision.payload as { image?: unknown }).image)]
	return keys.filter(isImageKey)
}

/**
 * The keys among these that something still needs: a listing, a news item or an offer shows it, a
 * proposal waiting for review carries it, or a proposal sent back carries it
 * and is its listing's latest (the edit form starts from it).
 */
export async function referencedImageKeys(keys: readonly string[]): Promise<Set<string>> {
	if (!keys.length) return new Set()
	const rows = await prisma().$queryRaw<Array<{ key: string }>>`
		SELECT "imageKey" AS "key" FROM "Listing" WHERE "imageKey" = ANY(${keys}::text[])
		UNION
		SELECT "imageKey" FROM "NewsItem" WHERE "imageKey" = ANY(${keys}::text[])
		UNION
		SELECT "imageKey" FROM "EstablishmentOffer" WHERE "imageKey" = ANY(${keys}::text[])
		UNION
		SELECT r."payload"->>'image' FROM "ListingRevision" r
		WHERE r."payload"->>'image' = ANY(${keys}::text[])
			AND (r."status" = 'pending' OR (r."status" = 'rejected' AND NOT EXISTS (
				SELECT 1 FROM "ListingRevision" n WHERE n."listingId" = r."listingId" AND n."createdAt" > r."createdAt")))`
	return new Set(rows.map((row) => row.key))
}

/** Deletes every variant of a picture nothing refers to. */
export async function deleteImageFiles(store: ImageStore, key: string): Promise<void> {
	for (const size of Object.keys(imageSizes) as ImageSize[]) await store.delete(imageFileName(key, size))
}

export function imageOutboxHandlers(store: () => ImageStore = imageStore): Record<string, OutboxHandler> {
	return {
		[IMAGE_RELEASED_TOPIC]: async (events) => {
			const keys = [...new Set(events.map((event) => event.aggregateId).filter(isImageKey))]
			const referenced = await referencedImageKeys(keys)
			const failed: Array<{ id: bigint; error: unknown }> = []
			for (const event of events) {
				if (!isImageKey(event.aggregateId) || referenced.has(event.aggregateId)) continue
				try {
					await deleteImageFiles(store(), event.aggregateId)
				} catch (error) {
					failed.push({ id: event.id, error })
				}
			}
			return { failed }
		},
	}
}
