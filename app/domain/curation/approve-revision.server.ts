import { listingChanged, organizationChanged } from '~/outbox/topics.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { typedRecord, type ListingRecord, type ListingType } from '../listings/interchange.ts'
import { ListingRuleError } from '../listings/listing-errors.ts'
import { allocateSlug, lockListing, organizationIdOf, parseProposedRecord } from '../listings/listing-writes.server.ts'
import { listingToRecord, listingUpdateData } from '../listings/to-database.ts'
import { queueReviewOutcomeMail } from './review-mail.server.ts'
import { changedFields } from './revision-diff.ts'

export interface ApproveRevisionInput {
	actor: Actor
	revisionId: string
	/** The coordinator's corrected version of the proposal; validated by the same schema. */
	correctedRecord?: unknown
	now?: Date
	/** Start of links in the author's e-mail (mailBaseUrl(request) in routes). */
	mailBaseUrl?: string
}

export interface ApprovedRevision {
	listingId: string
	type: ListingType
	slug: string
}

/**
 * Applies a pending revision to its listing and publishes it, in one
 * transaction with the outbox rows, the audit entry (field-level diff) and
 * the author's e-mail. The revision is claimed by a conditional update, so of
 * two coordinators approving at once exactly one applies it; the other gets
 * `revision-already-decided`. A corrected record that breaks the schema
 * throws ListingValidationError and leaves the revision pending.
 */
export async function approveRevision(input: ApproveRevisionInput): Promise<ApprovedRevision> {
	assertCan(input.actor, 'revision.review')
	const now = input.now ?? new Date()
	return prisma().$transaction(async (tx) => {
		const claimed = await tx.listingRevision.updateMany({
			where: { id: input.revisionId, status: 'pending' },
			data: { status: 'approved', reviewerId: input.actor.userId, decidedAt: now },
		})
		if (claimed.count === 0) {
			const exists = await tx.listingRevision.count({ where: { id: input.revisionId } })
			throw new ListingRuleError(exists ? 'revision-already-decided' : 'revision-not-found')
		}
		const revision = await tx.listingRevision.findUniqueOrThrow({
			where: { id: input.revisionId },
			select: { listingId: true, authorId: true, payload: true },
		})
		await lockListing(tx, revision.listingId)
		const listing = await tx.listing.findUniqueOrThrow({
			where: { id: revision.listingId },
			include: { organization: { select: { ref: true } } },
		})
		if (listing.mergedIntoId) throw new ListingRuleError('listing-merged')

		const proposed = parseProposedRecord(listing.type, revision.payload, { ref: listing.ref })
		const applied: ListingRecord =
			input.correctedRecord === undefined
				? proposed
				: parseProposedRecord(listing.type, input.correctedRecord, { ref: listing.ref })
		const organizationId =
			listing.type === 'organization' ? null : await organizationIdOf(tx, applied as { organizationRef?: string })
		const published = listing.publishedAt ? listingToRecord(listing, listing.organization?.ref ?? null) : null

		const firstPublication = listing.publishedAt === null
		const slug =
			firstPublication && applied.name !== listing.name
				? await allocateSlug(tx, listing.type, applied.name, listing.id)
				: listing.slug
		await tx.listing.update({
			where: { id: listing.id },
			data: {
				...listingUpdateData(typedRecord(listing.type, applied as never), { organizationId }),
				slug,
				status: 'published',
				publishedAt: listing.publishedAt ?? now,
				updatedAt: now,
			},
		})
		await listingChanged(tx, listing.id)
		if (listing.type === 'organization') await organizationChanged(tx, listing.id)
		const coordinatorEdits = input.correctedRecord === undefined ? {} : changedFields(listing.type, proposed, applied)
		await recordAudit(tx, {
			actorId: input.actor.userId,
			action: 'revision.approved',
			entityType: 'listing',
			entityId: listing.id,
			changes: {
				revisionId: input.revisionId,
				fields: changedFields(listing.type, published, applied),
				...(Object.keys(coordinatorEdits).length ? { coordinatorEdits } : {}),
			},
		})
		await queueReviewOutcomeMail(tx, {
			authorId: revision.authorId,
			baseUrl: input.mailBaseUrl,
			listingName: applied.name,
			approved: true,
		})
		return { listingId: listing.id, type: listing.type, slug }
	})
}
