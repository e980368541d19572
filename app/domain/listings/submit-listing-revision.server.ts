import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { picturesOf, releaseImages } from '../images/release-images.server.ts'
import { assertCan, belongsTo, isStaff, type Actor } from '../auth/permissions.ts'
import { changedFields } from './revision-diff.ts'
import { createPendingListing } from './create-pending-listing.server.ts'
import { type ListingRecord, type ListingType } from './interchange.ts'
import { RuleError } from '../rules.ts'
import { listingScope } from './listing-scope.ts'
import {
	findOrganizationByRef,
	generateRef,
	lockListing,
	organizationIdOf,
	parseProposedRecord,
} from './listing-writes.server.ts'
import { listingToRecord } from './to-database.ts'

// Self-service changes never touch what the public sees: a new listing waits
// as `pending_review`, and a change to a published listing is a pending
// revision beside it. Coordinators apply revisions (approve-revision).

export type SubmitListingRevisionInput = {
	actor: Actor
	/** The proposed record, as the form or the API sent it; parsed here with the one schema. */
	record: unknown
	now?: Date
} & (
	| { listingId: string }
	| {
			/** A new listing of this type. */
			type: ListingType
			/** A new lab's or facility's host organisation. */
			organizationId?: string | null
	  }
)

export interface SubmittedRevision {
	listingId: string
	revisionId: string
	type: ListingType
	created: boolean
}

type Tx = Prisma.TransactionClient

/** An expert names an affiliation the author belongs to (or the one it already has). */
async function checkAffiliation(tx: Tx, actor: Actor, organizationRef: string | undefined, currentId: string | null) {
	if (!organizationRef) return
	const organization = await findOrganizationByRef(tx, organizationRef)
	if (!organization) throw new RuleError('organization-not-found', 'organizationRef')
	if (organization.id !== currentId && !isStaff(actor) && !belongsTo(actor, organization.id)) {
		throw new RuleError('organization-not-allowed', 'organizationRef')
	}
}

async function withdrawOlderRevisions(tx: Tx, listingId: string, keepId: string, now: Date) {
	await tx.listingRevision.updateMany({
		where: { listingId, status: 'pending', NOT: { id: keepId } },
		data: { status: 'withdrawn', decidedAt: now },
	})
}

async function submitNew(
	tx: Tx,
	actor: Actor,
	type: ListingType,
	hostId: string | null | undefined,
	input: unknown,
	now: Date,
): Promise<SubmittedRevision> {
	let organizationRef: string | null | undefined
	let organizationId: string | null = null
	if (type === 'organization') {
		// Hub staff add organisations here; a user without one registers it (register-organization).
		assertCan(actor, 'listing.createForOrganization', { organizationId: null })
	} else if (type === 'lab' || type === 'facility') {
		const host = hostId
			? await tx.listing.findFirst({
					where: { id: hostId, type: 'organization', mergedIntoId: null, status: { not: 'archived' } },
					select: { id: true, ref: true },
				})
			: null
		if (!host) throw new RuleError('organization-not-found', 'organizationRef')
		assertCan(actor, 'listing.createForOrganization', { organizationId: host.id })
		organizationRef = host.ref
		organizationId = host.id
	} else {
		assertCan(actor, 'listing.createForOrganization', { ownerUserId: actor.userId })
		const existing = await tx.listing.count({
			where: { type: 'expert', ownerUserId: actor.userId, mergedIntoId: null },
		})
		if (existing) throw new RuleError('expert-profile-exists')
	}
	const ref = generateRef(type)
	const record = parseProposedRecord(type, input, { ref, organizationRef })
	if (type === 'expert') {
		const affiliation = (record as { organizationRef?: string }).organizationRef
		await checkAffiliation(tx, actor, affiliation, null)
		organizationId = await organizationIdOf(tx, { organizationRef: affiliation })
	}
	return createPendingListing(tx, {
		actor,
		type,
		record,
		organizationId,
		now,
		// Expert profiles are personal: members-only until their owner opts in.
		extra: type === 'expert' ? { visibility: 'members', ownerUserId: actor.userId } : undefined,
	})
}

async function submitChange(
	tx: Tx,
	actor: Actor,
	listingId: string,
	input: unknown,
	now: Date,
): Promise<SubmittedRevision> {
	await lockListing(tx, listingId)
	const listing = await tx.listing.findUnique({
		where: { id: listingId },
		include: { organization: { select: { ref: true } } },
	})
	if (!listing) throw new RuleError('listing-not-found')
	assertCan(actor, 'listing.edit', listingScope(listing))
	if (listing.mergedIntoId) throw new RuleError('listing-merged')
	if (listing.status === 'archived') throw new RuleError('listing-archived')

	const hostRef = listing.organization?.ref ?? null
	// The host of a lab or facility is not the author's to change; an expert's affiliation is.
	const fixedOrganization = listing.type === 'lab' || listing.type === 'facility' ? hostRef : undefined
	const record: ListingRecord = parseProposedRecord(listing.type, input, {
		ref: listing.ref,
		organizationRef: fixedOrganization,
	})
	if (listing.type === 'expert') {
		await checkAffiliation(tx, actor, (record as { organizationRef?: string }).organizationRef, listing.organizationId)
	}
	const revision = await tx.listingRevision.create({
		data: { listingId, authorId: actor.userId, payload: record as object, createdAt: now },
		select: { id: true },
	})
	// The newest proposal replaces older ones still waiting: reviewers judge one version.
	const earlierPictures = await picturesOf(tx, listingId)
	await withdrawOlderRevisions(tx, listingId, revision.id, now)
	await releaseImages(tx, earlierPictures)
	if (listing.status === 'draft') {
		await tx.listing.update({ where: { id: listingId }, data: { status: 'pending_review', updatedAt: now } })
	}
	const published = listing.publishedAt ? listingToRecord(listing, hostRef) : null
	await recordAudit(tx, {
		actorId: actor.userId,
		action: 'revision.submitted',
		entityType: 'listing',
		entityId: listingId,
		changes: { revisionId: revision.id, fields: changedFields(listing.type, published, record) },
	})
	return { listingId, revisionId: revision.id, type: listing.type, created: false }
}

/**
 * Proposes a new listing or a change to one, in one transaction: the
 * listing row (new listings only, as `pending_review`), the pending
 * revision, older pending revisions withdrawn, and the audit entry.
 * Throws RuleError (invalid-input) (nothing written) or RuleError.
 */
export async function submitListingRevision(input: SubmitListingRevisionInput): Promise<SubmittedRevision> {
	const now = input.now ?? new Date()
	return prisma().$transaction(async (tx) =>
		'listingId' in input
			? submitChange(tx, input.actor, input.listingId, input.record, now)
			: submitNew(tx, input.actor, input.type, input.organizationId, input.record, now),
	)
}
