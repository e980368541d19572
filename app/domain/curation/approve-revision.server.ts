import type { Prisma } from '~/generated/prisma/client.ts'
import { listingChanged, organizationChanged } from '~/outbox/topics.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { typedRecord, type ListingRecord, type ListingType } from '../listings/interchange.ts'
import { RuleError } from '../rules.ts'
import { allocateSlug, lockListing, organizationIdOf, parseProposedRecord } from '../listings/listing-writes.server.ts'
import { listingToRecord, listingUpdateData } from '../listings/to-database.ts'
import { releaseImages } from '../images/release-images.server.ts'
import { dependencyOf } from '../listings/organization-dependency.server.ts'
import { queueReviewOutcomeMail } from './review-mail.server.ts'
import { changedFields } from '../listings/revision-diff.ts'

export interface ApproveRevisionInput {
	actor: Actor
	revisionId: string
	/** The coordinator's corrected version of the proposal; validated by the same schema. */
	correctedRecord?: unknown
	now?: Date
}

export interface ApprovedRevision {
	listingId: string
	type: ListingType
	slug: string
	/** The new organisation published in the same transaction, when the listing depended on one. */
	organizationPublished: { listingId: string; name: string } | null
}

type Tx = Prisma.TransactionClient

interface Approval {
	actor: Actor
	revisionId: string
	correctedRecord?: unknown
	now: Date
	/** Set when this revision is approved because a listing that depends on it was. */
	approvedWith?: string
}

/** Marks a pending revision approved, only while it is still pending: of two deciders exactly one wins. */
async function claimRevision(tx: Tx, approval: Approval): Promise<boolean> {
	const claimed = await tx.listingRevision.updateMany({
		where: { id: approval.revisionId, status: 'pending' },
		data: { status: 'approved', reviewerId: approval.actor.userId, decidedAt: approval.now },
	})
	return claimed.count > 0
}

async function notDecidable(tx: Tx, revisionId: string): Promise<RuleError> {
	const exists = await tx.listingRevision.count({ where: { id: revisionId } })
	return new RuleError(exists ? 'revision-already-decided' : 'revision-not-found')
}

/**
 * A coordinator's correction keeps the proposal's picture: the picture is
 * approved or sent back as it is (its words can be corrected).
 */
function withProposedImage(corrected: unknown, proposed: ListingRecord): unknown {
	if (typeof corrected !== 'object' || corrected === null || Array.isArray(corrected)) return corrected
	const { image: _image, ...fields } = corrected as Record<string, unknown>
	const image = (proposed as { image?: string }).image
	return image === undefined ? fields : { ...fields, image }
}

/** The parsed proposal of a claimed revision, and the listing it belongs to, locked. */
async function loadClaimed(tx: Tx, approval: Approval) {
	const revision = await tx.listingRevision.findUniqueOrThrow({
		where: { id: approval.revisionId },
		select: { listingId: true, authorId: true, payload: true },
	})
	await lockListing(tx, revision.listingId)
	const listing = await tx.listing.findUniqueOrThrow({
		where: { id: revision.listingId },
		include: { organization: { select: { ref: true } } },
	})
	if (listing.mergedIntoId) throw new RuleError('listing-merged')
	const proposed = parseProposedRecord(listing.type, revision.payload, { ref: listing.ref })
	// A lab's or facility's host is fixed (docs/decisions/008): a correction cannot move or drop it.
	const host =
		listing.type === 'lab' || listing.type === 'facility'
			? (proposed as { organizationRef?: string }).organizationRef
			: undefined
	const applied: ListingRecord =
		approval.correctedRecord === undefined
			? proposed
			: parseProposedRecord(listing.type, withProposedImage(approval.correctedRecord, proposed), {
					ref: listing.ref,
					organizationRef: host,
				})
	return { revision, listing, proposed, applied }
}

type Claimed = Awaited<ReturnType<typeof loadClaimed>>

/**
 * A lab, facility or expert never goes public under an organisation that is
 * not: a new organisation still waiting for review is approved along with it
 * (organization-dependency.ts). Returns the organisation published here.
 */
async function approveOrganizationFirst(tx: Tx, claimed: Claimed, approval: Approval) {
	for (let attempt = 0; attempt < 2; attempt++) {
		const dependency = await dependencyOf(tx, claimed.applied as { organizationRef?: string })
		if (dependency.kind === 'none') return null
		if (dependency.kind === 'blocked') break
		const organizationApproval: Approval = {
			actor: approval.actor,
			revisionId: dependency.revisionId,
			now: approval.now,
			approvedWith: claimed.listing.id,
		}
		if (await claimRevision(tx, organizationApproval)) {
			const published = await publish(tx, await loadClaimed(tx, organizationApproval), organizationApproval)
			return { listingId: published.listingId, name: published.name }
		}
		// Someone decided or replaced the organisation's proposal a moment ago:
		// wait for their transaction (the row lock), then look again.
		await lockListing(tx, dependency.organizationId)
	}
	throw new RuleError('organization-not-approved')
}

/** Applies a claimed revision to its listing and publishes it, with outbox rows, audit entry and the author's mail. */
async function publish(tx: Tx, claimed: Claimed, approval: Approval) {
	const { revision, listing, proposed, applied } = claimed
	const organizationId =
		listing.type === 'organization' ? null : await organizationIdOf(tx, applied as { organizationRef?: string })
	const published = listing.publishedAt ? listingToRecord(listing, listing.organization?.ref ?? null) : null
	const slug =
		listing.publishedAt === null && applied.name !== listing.name
			? await allocateSlug(tx, listing.type, applied.name, listing.id)
			: listing.slug
	await tx.listing.update({
		where: { id: listing.id },
		data: {
			...listingUpdateData(typedRecord(listing.type, applied as never), { organizationId }),
			slug,
			status: 'published',
			publishedAt: listing.publishedAt ?? approval.now,
			updatedAt: approval.now,
		},
	})
	await listingChanged(tx, listing.id)
	if (listing.type === 'organization') await organizationChanged(tx, listing.id)
	// The picture this version replaces or removes is deleted once nothing else shows it.
	if (listing.imageKey !== ((applied as { image?: string }).image ?? null)) await releaseImages(tx, [listing.imageKey])
	const coordinatorEdits = approval.correctedRecord === undefined ? {} : changedFields(listing.type, proposed, applied)
	await recordAudit(tx, {
		actorId: approval.actor.userId,
		action: 'revision.approved',
		entityType: 'listing',
		entityId: listing.id,
		changes: {
			revisionId: approval.revisionId,
			fields: changedFields(listing.type, published, applied),
			...(Object.keys(coordinatorEdits).length ? { coordinatorEdits } : {}),
			...(approval.approvedWith ? { approvedWith: approval.approvedWith } : {}),
		},
	})
	await queueReviewOutcomeMail(tx, {
		authorId: revision.authorId,
		listingName: applied.name,
		approved: true,
	})
	return { listingId: listing.id, type: listing.type, slug, name: applied.name }
}

/**
 * Applies a pending revision to its listing and publishes it, in one
 * transaction with the outbox rows, the audit entry (field-level diff) and
 * the author's e-mail. The revision is claimed by a conditional update, so of
 * two coordinators approving at once exactly one applies it; the other gets
 * `revision-already-decided`. A corrected record that breaks the schema
 * throws RuleError (invalid-input) and leaves the revision pending.
 *
 * A listing whose organisation is new and waiting for review publishes that
 * organisation's proposal too, as proposed; one whose new organisation was
 * sent back throws `organization-not-approved` and stays pending.
 */
export async function approveRevision(input: ApproveRevisionInput): Promise<ApprovedRevision> {
	assertCan(input.actor, 'revision.review')
	const approval: Approval = { ...input, now: input.now ?? new Date() }
	return prisma().$transaction(async (tx) => {
		if (!(await claimRevision(tx, approval))) throw await notDecidable(tx, approval.revisionId)
		const claimed = await loadClaimed(tx, approval)
		const organizationPublished =
			claimed.listing.type === 'organization' ? null : await approveOrganizationFirst(tx, claimed, approval)
		const { listingId, type, slug } = await publish(tx, claimed, approval)
		return { listingId, type, slug, organizationPublished }
	})
}
