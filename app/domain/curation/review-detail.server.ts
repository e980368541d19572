import type { ListingStatus } from '~/generated/prisma/enums.ts'
import type { Locale } from '~/i18n/locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { listingPath } from '../directory/types.ts'
import { typedRecord, type ListingType } from '../listings/interchange.ts'
import { recordToFormValues, type FormFieldValue } from '../listings/listing-form-input.ts'
import { listingToRecord, translationLocaleOf } from '../listings/to-database.ts'
import { dependencyOf } from '../listings/organization-dependency.server.ts'
import { revisionDiff, type FieldDiff } from '../listings/revision-diff.ts'
import { duplicateHints, type DuplicateHint } from './duplicate-hints.server.ts'

/** The new organisation a pending listing depends on: published with it, or holding it back. */
export interface NewOrganizationReview {
	listingId: string
	name: string
	/** `pending`: approving the listing publishes it too; `sent-back`: the listing cannot be approved yet. */
	state: 'pending' | 'sent-back'
	/** Its own review page (the pending proposal, or the one sent back). */
	revisionId: string | null
	/** Its proposed fields, all new. */
	diff: FieldDiff[]
	/** The language of its translated texts. */
	translationLocale: Locale
	reviewComment: string | null
}

export interface ReviewDetail {
	revision: {
		id: string
		status: 'pending' | 'approved' | 'rejected' | 'withdrawn'
		submittedAt: string
		decidedAt: string | null
		reviewComment: string | null
		authorName: string | null
		reviewerName: string | null
	}
	listing: {
		id: string
		type: ListingType
		ref: string
		name: string
		status: ListingStatus
		merged: boolean
		publicPath: string | null
		/** The host's ref, fixed in the edit form of a lab or facility. */
		organizationRef: string | null
	}
	isNew: boolean
	diff: FieldDiff[]
	/** The language of the proposal's translated texts (the other one of its own). */
	translationLocale: Locale
	/** Names of the organisations the diff mentions by ref. */
	organizationNames: Record<string, string>
	/** The proposal as form defaults, for "approve with edits". */
	proposedValues: Record<string, FormFieldValue>
	newOrganization: NewOrganizationReview | null
	/** While the decision is to take: listings that may be the same provider, with why. */
	duplicates: DuplicateHint[]
}

async function newOrganizationReview(proposed: Record<string, unknown>): Promise<NewOrganizationReview | null> {
	const dependency = await dependencyOf(prisma(), proposed)
	if (dependency.kind === 'none') return null
	const organization = await prisma().listing.findUniqueOrThrow({
		where: { id: dependency.organizationId },
		select: {
			id: true,
			name: true,
			revisions: {
				where: dependency.kind === 'publish-with' ? { id: dependency.revisionId } : { status: 'rejected' },
				orderBy: { createdAt: 'desc' },
				take: 1,
				select: { id: true, payload: true, reviewComment: true },
			},
		},
	})
	const revision = organization.revisions[0]
	const payload = (revision?.payload ?? {}) as Record<string, unknown>
	return {
		listingId: organization.id,
		name: typeof payload.name === 'string' ? payload.name : organization.name,
		state: dependency.kind === 'publish-with' ? 'pending' : 'sent-back',
		revisionId: revision?.id ?? null,
		diff: revisionDiff('organization', null, payload),
		translationLocale: translationLocaleOf(typedRecord('organization', payload as never)),
		reviewComment: dependency.kind === 'blocked' ? (revision?.reviewComment ?? null) : null,
	}
}

/** A revision next to the published version of its listing, field by field. */
export async function reviewDetail(revisionId: string): Promise<ReviewDetail | null> {
	if (!/^[0-9a-f-]{36}$/i.test(revisionId)) return null
	const revision = await prisma().listingRevision.findUnique({
		where: { id: revisionId },
		include: {
			author: { select: { name: true } },
			reviewer: { select: { name: true } },
			listing: { include: { organization: { select: { ref: true } } } },
		},
	})
	if (!revision) return null
	const { listing } = revision
	const proposed = (revision.payload ?? {}) as Record<string, unknown>
	const published = listing.publishedAt ? listingToRecord(listing, listing.organization?.ref ?? null) : null
	const diff = revisionDiff(listing.type, published as Record<string, unknown> | null, proposed)
	const publishedRef = (published as { organizationRef?: unknown } | null)?.organizationRef
	const refs = [publishedRef, proposed.organizationRef].filter((ref): ref is string => typeof ref === 'string')
	const organizations = refs.length
		? await prisma().listing.findMany({ where: { ref: { in: refs } }, select: { ref: true, name: true } })
		: []
	return {
		revision: {
			id: revision.id,
			status: revision.status,
			submittedAt: revision.createdAt.toISOString(),
			decidedAt: revision.decidedAt?.toISOString() ?? null,
			reviewComment: revision.reviewComment,
			authorName: revision.author?.name ?? null,
			reviewerName: revision.reviewer?.name ?? null,
		},
		listing: {
			id: listing.id,
			type: listing.type,
			ref: listing.ref,
			name: listing.name,
			status: listing.status,
			merged: listing.mergedIntoId !== null,
			publicPath: listing.status === 'published' && !listing.mergedIntoId ? listingPath(listing) : null,
			organizationRef: typeof proposed.organizationRef === 'string' ? proposed.organizationRef : null,
		},
		isNew: published === null,
		diff,
		translationLocale: translationLocaleOf(typedRecord(listing.type, proposed as never)),
		organizationNames: Object.fromEntries(organizations.map((organization) => [organization.ref, organization.name])),
		proposedValues: recordToFormValues(listing.type, proposed),
		// Only a decision still to take depends on the organisation.
		newOrganization:
			revision.status === 'pending' && listing.type !== 'organization' ? await newOrganizationReview(proposed) : null,
		duplicates:
			revision.status === 'pending'
				? await duplicateHints({
						listingId: listing.id,
						type: listing.type,
						name: typeof proposed.name === 'string' ? proposed.name : listing.name,
						website: typeof proposed.website === 'string' ? proposed.website : listing.website,
						email: typeof proposed.email === 'string' ? proposed.email : listing.email,
					})
				: [],
	}
}
