import type { Prisma } from '~/generated/prisma/client.ts'
import type { ListingDetail, ListingLink, ListingPlace, ListingSummary, ListingTypeCode, Tag } from './types.ts'
import { activeVerificationWhere, evidenceFor, evidenceSelect } from '../listings/active-verification.ts'
import type { DirectoryViewer } from './viewer.server.ts'

// Explicit selects rather than whole rows: a column that is added later
// (and may be member-only) never reaches a visitor by accident.

const linkSelect = {
	type: true,
	slug: true,
	name: true,
	status: true,
	mergedIntoId: true,
} satisfies Prisma.ListingSelect

export function summarySelect(now: Date) {
	return {
		id: true,
		type: true,
		slug: true,
		name: true,
		summary: true,
		contentLocale: true,
		translatedSummary: true,
		city: true,
		title: true,
		kind: true,
		modalities: true,
		services: true,
		cleanroomGrades: true,
		expertise: true,
		imageKey: true,
		imageAlt: true,
		organization: { select: linkSelect },
		verifications: { where: activeVerificationWhere(now), select: { id: true }, take: 1 },
	} satisfies Prisma.ListingSelect
}

export function detailSelect(now: Date, viewer: DirectoryViewer) {
	return {
		...summarySelect(now),
		// Every verification in force, with its evidence; toListingDetail keeps what the viewer may read.
		verifications: {
			where: activeVerificationWhere(now),
			select: { id: true, ...evidenceSelect },
			orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
		},
		ref: true,
		// The host's member-only contact address: how a member reaches a lab, facility or expert.
		organization: {
			select: {
				...linkSelect,
				email: viewer.isMember,
				// A lab's or facility's place, when it states none of its own.
				visibility: true,
				street: true,
				postcode: true,
				city: true,
				lat: true,
				lng: true,
			},
		},
		description: true,
		translatedDescription: true,
		phases: true,
		updatedAt: true,
		website: true,
		email: viewer.isMember,
		street: true,
		postcode: true,
		campus: true,
		lat: true,
		lng: true,
		lead: true,
		techniques: true,
		acceptsExternalProjects: true,
		cleanroomGrades: true,
		areaSqm: true,
		suites: true,
		productTypes: true,
		licences: true,
		qpRelease: true,
		availableFrom: true,
		orcid: true,
		languages: true,
		openTo: true,
	} satisfies Prisma.ListingSelect
}

type SummaryRow = Prisma.ListingGetPayload<{ select: ReturnType<typeof summarySelect> }>
type DetailRow = Prisma.ListingGetPayload<{ select: ReturnType<typeof detailSelect> }> & {
	email?: string | null
	organization: { email?: string | null } | null
}

const maxCardTags = 4

/** What a card shows as chips, most telling first for each type. */
function cardTags(row: SummaryRow): Tag[] {
	const codes = (
		vocabulary: 'modalities' | 'services' | 'cleanroomGrades' | 'organizationKinds',
		values: string[],
	): Tag[] => values.map((code) => ({ vocabulary, code }))
	const byType: Record<ListingTypeCode, Tag[]> = {
		organization: [...codes('services', row.services), ...codes('modalities', row.modalities)],
		lab: [...codes('modalities', row.modalities), ...codes('services', row.services)],
		facility: [...codes('cleanroomGrades', row.cleanroomGrades), ...codes('modalities', row.modalities)],
		expert: row.expertise.map((text) => ({ text })),
	}
	return byType[row.type].slice(0, maxCardTags)
}

/** The host organisation, only while it is itself published. */
function publishedOrganization(row: SummaryRow): ListingLink | null {
	const organization = row.organization
	if (!organization || organization.status !== 'published' || organization.mergedIntoId) return null
	return { type: organization.type, slug: organization.slug, name: organization.name }
}

export function toListingSummary(row: SummaryRow): ListingSummary {
	return {
		id: row.id,
		type: row.type,
		slug: row.slug,
		name: row.name,
		summary: row.summary,
		contentLocale: row.contentLocale,
		translatedSummary: row.translatedSummary,
		verified: row.verifications.length > 0,
		organization: publishedOrganization(row),
		city: row.city,
		title: row.title,
		tags: cardTags(row),
		image: row.imageKey ? { key: row.imageKey, alt: row.imageAlt ?? '' } : null,
	}
}

type PlaceColumns = Pick<DetailRow, 'street' | 'postcode' | 'city' | 'lat' | 'lng'>

function placeOf(columns: PlaceColumns): ListingPlace | null {
	const location = columns.lat !== null && columns.lng !== null ? { lat: columns.lat, lng: columns.lng } : null
	if (!columns.street && !columns.postcode && !columns.city && !location) return null
	return { street: columns.street, postcode: columns.postcode, city: columns.city, location }
}

/** The listing's own place, else its host's while the host is published and public. */
function listingPlace(row: DetailRow, host: ListingLink | null): ListingPlace | null {
	const own = row.street || row.lat !== null ? placeOf(row) : null
	if (own) return own
	const organization = row.organization
	if (!host || !organization || organization.visibility !== 'public') return row.city ? placeOf(row) : null
	return placeOf(organization)
}

function isoDate(date: Date | null): string | null {
	return date ? date.toISOString().slice(0, 10) : null
}

export function toListingDetail(
	row: DetailRow,
	children: SummaryRow[],
	viewer: DirectoryViewer = { isMember: false },
): ListingDetail {
	const summary = toListingSummary(row)
	// Member-only (detailSelect reads it for members only): the listing's own address, else its published host's.
	const email = row.email ?? (summary.organization ? row.organization?.email : null)
	const common = {
		...summary,
		ref: row.ref,
		...(email ? { email } : {}),
		description: row.description,
		translatedDescription: row.translatedDescription,
		modalities: row.modalities,
		services: row.services,
		phases: row.phases,
		updatedAt: row.updatedAt.toISOString(),
		evidence: evidenceFor(row.verifications, viewer),
	}
	const childrenOfType = (type: ListingTypeCode) =>
		children.filter((child) => child.type === type).map(toListingSummary)
	switch (row.type) {
		case 'organization':
			return {
				...common,
				type: 'organization',
				kind: row.kind,
				website: row.website,
				street: row.street,
				postcode: row.postcode,
				campus: row.campus,
				location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
				labs: childrenOfType('lab'),
				facilities: childrenOfType('facility'),
				experts: childrenOfType('expert'),
			}
		case 'lab':
			return {
				...common,
				type: 'lab',
				place: listingPlace(row, summary.organization),
				lead: row.lead,
				techniques: row.techniques,
				acceptsExternalProjects: row.acceptsExternalProjects,
			}
		case 'facility':
			return {
				...common,
				type: 'facility',
				place: listingPlace(row, summary.organization),
				cleanroomGrades: row.cleanroomGrades,
				licences: row.licences,
				productTypes: row.productTypes,
				areaSqm: row.areaSqm,
				suites: row.suites,
				qpRelease: row.qpRelease,
				availableFrom: isoDate(row.availableFrom),
			}
		case 'expert':
			return {
				...common,
				type: 'expert',
				expertise: row.expertise,
				orcid: row.orcid,
				languages: row.languages,
				openTo: row.openTo,
			}
	}
}
