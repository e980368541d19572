import type { Prisma } from '~/generated/prisma/client.ts'
import { listingsChanged, organizationChanged } from '~/outbox/topics.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { lockListing } from '../listings/listing-writes.server.ts'
import { picturesOf, releaseImages } from '../images/release-images.server.ts'

export interface MergeListingsInput {
	actor: Actor
	/** The listing that goes away; its URL and ref redirect to the survivor from now on. */
	duplicateId: string
	/** The listing that stays, by id or by ref (as coordinators type it). */
	survivor: { id: string } | { ref: string }
	now?: Date
}

export interface MergeResult {
	survivorId: string
	movedChildIds: string[]
	movedMemberships: number
}

/**
 * Merges a duplicate into the listing that survives, in one transaction:
 * the duplicate is archived with `mergedIntoId` (its slug and ref redirect),
 * a merged organisation's labs, facilities, experts and members move to the
 * survivor, and the duplicate's pending proposals are withdrawn. Matchmaking
 * routes and candidates keep pointing at the duplicate: they record history.
 */
export async function mergeListings(input: MergeListingsInput): Promise<MergeResult> {
	assertCan(input.actor, 'listing.merge')
	const now = input.now ?? new Date()
	return prisma().$transaction(async (tx) => {
		const { duplicate, survivor } = await lockedMergePair(tx, input)

		// The duplicate is never shown again: its picture, and those of its withdrawn proposals, go.
		const pictures = await picturesOf(tx, duplicate.id)
		await tx.listing.update({
			where: { id: duplicate.id },
			data: {
				mergedIntoId: survivor.id,
				status: 'archived',
				featured: false,
				imageKey: null,
				imageAlt: null,
				updatedAt: now,
			},
		})
		await releaseImages(tx, pictures)
		const withdrawn = await tx.listingRevision.updateMany({
			where: { listingId: duplicate.id, status: 'pending' },
			data: { status: 'withdrawn', decidedAt: now },
		})
		// Anything merged into the duplicate earlier now points straight at the survivor.
		await tx.listing.updateMany({ where: { mergedIntoId: duplicate.id }, data: { mergedIntoId: survivor.id } })

		let movedChildIds: string[] = []
		let movedMemberships = 0
		if (duplicate.type === 'organization') {
			const children = await tx.listing.findMany({ where: { organizationId: duplicate.id }, select: { id: true } })
			movedChildIds = children.map((child) => child.id)
			await tx.listing.updateMany({
				where: { organizationId: duplicate.id },
				data: { organizationId: survivor.id, updatedAt: now },
			})
			// People who could edit the duplicate keep editing the same listings, now under the survivor.
			const memberships = await tx.membership.findMany({ where: { organizationId: duplicate.id } })
			const survivorMembers = new Set(
				(await tx.membership.findMany({ where: { organizationId: survivor.id }, select: { userId: true } })).map(
					(membership) => membership.userId,
				),
			)
			for (const membership of memberships) {
				if (survivorMembers.has(membership.userId)) continue
				await tx.membership.update({ where: { id: membership.id }, data: { organizationId: survivor.id } })
				movedMemberships++
			}
			await tx.membership.deleteMany({ where: { organizationId: duplicate.id } })
		}

		await listingsChanged(tx, [duplicate.id, survivor.id, ...movedChildIds])
		if (duplicate.type === 'organization') {
			await organizationChanged(tx, survivor.id)
			await organizationChanged(tx, duplicate.id)
		}
		await recordAudit(tx, {
			actorId: input.actor.userId,
			action: 'listing.merged',
			entityType: 'listing',
			entityId: duplicate.id,
			changes: {
				mergedInto: { id: survivor.id, ref: survivor.ref },
				status: { from: duplicate.status, to: 'archived' },
				movedChildIds,
				movedMemberships,
				withdrawnRevisions: withdrawn.count,
			},
		})
		await recordAudit(tx, {
			actorId: input.actor.userId,
			action: 'listing.merge.survivor',
			entityType: 'listing',
			entityId: survivor.id,
			changes: { mergedFrom: { id: duplicate.id, ref: duplicate.ref }, movedChildIds },
		})
		return { survivorId: survivor.id, movedChildIds, movedMemberships }
	})
}

/**
 * The two listings of a merge, locked, once every rule of a merge holds: the
 * survivor exists and is live, is another listing, and of the same type.
 * Asking before a merge checks the same rules, so what is asked can be done.
 */
export async function lockedMergePair(
	tx: Prisma.TransactionClient,
	input: Pick<MergeListingsInput, 'duplicateId' | 'survivor'>,
) {
	const survivorId =
		'id' in input.survivor
			? input.survivor.id
			: (
					await tx.listing.findUnique({
						where: { ref: input.survivor.ref.trim().toLowerCase() },
						select: { id: true },
					})
				)?.id
	if (!survivorId) throw new RuleError('merge-survivor-unavailable', 'survivorRef')
	if (survivorId === input.duplicateId) throw new RuleError('merge-same-listing', 'survivorRef')
	// Always the same lock order, so two opposite merges cannot deadlock.
	for (const id of [input.duplicateId, survivorId].sort()) await lockListing(tx, id)
	const select = {
		id: true,
		ref: true,
		name: true,
		type: true,
		status: true,
		featured: true,
		mergedIntoId: true,
	} as const
	const duplicate = await tx.listing.findUnique({ where: { id: input.duplicateId }, select })
	const survivor = await tx.listing.findUnique({ where: { id: survivorId }, select })
	if (!duplicate) throw new RuleError('listing-not-found')
	if (duplicate.mergedIntoId) throw new RuleError('listing-merged')
	if (!survivor || survivor.mergedIntoId || survivor.status === 'archived') {
		throw new RuleError('merge-survivor-unavailable', 'survivorRef')
	}
	if (survivor.type !== duplicate.type) throw new RuleError('merge-type-mismatch', 'survivorRef')
	return { duplicate, survivor }
}
