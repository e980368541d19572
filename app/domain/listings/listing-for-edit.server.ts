import type { ListingStatus } from '~/generated/prisma/enums.ts'
import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { listingPath } from '../directory/types.ts'
import type { Locale } from '~/i18n/locale.ts'
import { isImageKey } from '../images/image-key.ts'
import { typedRecord, type ListingType } from './interchange.ts'
import { recordToFormValues, type FormFieldValue } from './listing-form-input.ts'
import { scopeSelect, type ScopedListing } from './listing-scope.ts'
import { listingToRecord, translationLocaleOf } from './to-database.ts'

/** Who owns a listing, to decide whether the viewer may see it; null when there is no such listing. */
export async function findListingScope(listingId: string): Promise<ScopedListing | null> {
	if (!/^[0-9a-f-]{36}$/i.test(listingId)) return null
	return prisma().listing.findUnique({ where: { id: listingId }, select: scopeSelect })
}

export interface OrganizationOption {
	ref: string
	name: string
}

/** Organisations an expert may name as affiliation: the member's own, and the one it already has. */
export async function affiliationOptions(actor: Actor, currentRef?: string | null): Promise<OrganizationOption[]> {
	const ids = actor.memberships.map((membership) => membership.organizationId)
	const rows = await prisma().listing.findMany({
		where: {
			type: 'organization',
			mergedIntoId: null,
			OR: [{ id: { in: ids } }, ...(currentRef ? [{ ref: currentRef }] : [])],
		},
		orderBy: { name: 'asc' },
		select: { ref: true, name: true },
	})
	return rows
}

export interface ListingForEdit {
	id: string
	type: ListingType
	ref: string
	status: ListingStatus
	merged: boolean
	visibility: 'public' | 'members'
	publicPath: string | null
	/** The published (or first proposed) name, for headings. */
	name: string
	/** A lab's or facility's host, fixed in the form. */
	organization: OrganizationOption | null
	/** The form starts from the proposal still waiting, or the one sent back, so no typing is lost. */
	startsFrom: 'pending' | 'rejected' | 'listing'
	rejectionComment: string | null
	pendingSince: string | null
	values: Record<string, FormFieldValue>
	/** The picture the form starts from (the proposal's, or the listing's). */
	image: { key: string; alt: string } | null
	/** The language the form offers a version in: the other one of the listing's own text. */
	translationLocale: Locale
	isOwnExpertProfile: boolean
	affiliations: OrganizationOption[]
}

function imageOf(record: { image?: unknown; imageAlt?: unknown }): ListingForEdit['image'] {
	return isImageKey(record.image) ? { key: record.image, alt: String(record.imageAlt ?? '') } : null
}

export async function loadListingForEdit(actor: Actor, listingId: string): Promise<ListingForEdit | null> {
	const listing = await prisma().listing.findUnique({
		where: { id: listingId },
		include: {
			organization: { select: { ref: true, name: true } },
			revisions: { orderBy: { createdAt: 'desc' }, take: 1 },
		},
	})
	if (!listing) return null
	const latest = listing.revisions[0]
	const startsFrom = latest?.status === 'pending' ? 'pending' : latest?.status === 'rejected' ? 'rejected' : 'listing'
	const record =
		startsFrom === 'listing' || !latest
			? listingToRecord(listing, listing.organization?.ref ?? null)
			: (latest.payload as Record<string, unknown>)
	const affiliations = listing.type === 'expert' ? await affiliationOptions(actor, listing.organization?.ref) : []
	return {
		id: listing.id,
		type: listing.type,
		ref: listing.ref,
		status: listing.status,
		merged: listing.mergedIntoId !== null,
		visibility: listing.visibility,
		publicPath: listing.status === 'published' && !listing.mergedIntoId ? listingPath(listing) : null,
		name: listing.name,
		organization: listing.organization,
		startsFrom,
		rejectionComment: startsFrom === 'rejected' ? (latest?.reviewComment ?? null) : null,
		pendingSince: startsFrom === 'pending' ? (latest?.createdAt.toISOString() ?? null) : null,
		values: recordToFormValues(listing.type, record),
		image: imageOf(record as { image?: unknown; imageAlt?: unknown }),
		translationLocale: translationLocaleOf(typedRecord(listing.type, record as never)),
		isOwnExpertProfile: listing.type === 'expert' && listing.ownerUserId === actor.userId,
		affiliations,
	}
}

export interface NewListingContext {
	/** A new lab's or facility's host organisation. */
	organization: (OrganizationOption & { id: string }) | null
	affiliations: OrganizationOption[]
	/** The actor's own expert profile, when they already have one (there is one per person). */
	existingExpertProfileId: string | null
}

/** What the form for a new listing of this type needs; null when the organisation does not exist. */
export async function loadNewListingContext(
	actor: Actor,
	type: ListingType,
	organizationId: string | null,
): Promise<NewListingContext | null> {
	if (type === 'lab' || type === 'facility') {
		if (!organizationId || !/^[0-9a-f-]{36}$/i.test(organizationId)) return null
		const organization = await prisma().listing.findFirst({
			where: { id: organizationId, type: 'organization', mergedIntoId: null, status: { not: 'archived' } },
			select: { id: true, ref: true, name: true },
		})
		return organization ? { organization, affiliations: [], existingExpertProfileId: null } : null
	}
	if (type === 'expert') {
		const existing = await prisma().listing.findFirst({
			where: { type: 'expert', ownerUserId: actor.userId, mergedIntoId: null },
			select: { id: true },
		})
		return {
			organization: null,
			affiliations: await affiliationOptions(actor),
			existingExpertProfileId: existing?.id ?? null,
		}
	}
	return { organization: null, affiliations: [], existingExpertProfileId: null }
}
