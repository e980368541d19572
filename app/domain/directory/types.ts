// The directory's view objects: plain JSON (strings, numbers, booleans,
// arrays) so single fetch can send them and components can import them
// without pulling in Prisma. Dates travel as ISO strings.
import type { VocabularyName } from '~/taxonomy/taxonomy.ts'
import type { VerificationEvidenceView } from '../listings/active-verification.ts'

export const listingTypes = ['organization', 'lab', 'facility', 'expert'] as const
export type ListingTypeCode = (typeof listingTypes)[number]

const listPaths: Record<ListingTypeCode, string> = {
	organization: '/organizations',
	lab: '/labs',
	facility: '/facilities',
	expert: '/experts',
}

export function listPath(type: ListingTypeCode): string {
	return listPaths[type]
}

/** The listing type whose list is at `pathname` (/facilities: facility), if it is a list's address. */
export function listTypeAt(pathname: string): ListingTypeCode | undefined {
	return listingTypes.find((type) => listPaths[type] === pathname)
}

export function listingPath(listing: { type: ListingTypeCode; slug: string }): string {
	return `${listPaths[listing.type]}/${encodeURIComponent(listing.slug)}`
}

/**
 * Where "Ask the hub" leads: the new request form, opened with a listing
 * (`from`, its ref) or a search that found nothing (`need`). A visitor is
 * sent to log in or sign up on the way and brought back there.
 */
export function askTheHubPath(ask: { from?: string; need?: string } = {}): string {
	const query = new URLSearchParams()
	if (ask.from) query.set('from', ask.from)
	if (ask.need) query.set('need', ask.need)
	const search = query.toString()
	return search ? `/requests/new?${search}` : '/requests/new'
}

export interface ListingLink {
	type: ListingTypeCode
	slug: string
	name: string
}

/** A chip: a taxonomy code shown with its label, or free text shown as written. */
export type Tag = { vocabulary: VocabularyName; code: string } | { text: string }

export interface ListingSummary extends ListingLink {
	id: string
	summary: string | null
	/** Language the free text is written in ("en" | "sv"); the translated texts are in the other one. */
	contentLocale: string
	translatedSummary: string | null
	verified: boolean
	organization: ListingLink | null
	city: string | null
	/** Expert's role, e.g. "Associate professor". */
	title: string | null
	tags: Tag[]
	/** The listing's logo or photo (its stored key and words), or null. */
	image: { key: string; alt: string } | null
}

interface ListingCommon extends ListingSummary {
	/** Stable external identifier, e.g. "fac-0042": what "Ask the hub" links name. */
	ref: string
	/** Member-only contact address (a lab's, facility's or expert's falls back to its host's): absent for visitors. */
	email?: string
	description: string | null
	translatedDescription: string | null
	modalities: string[]
	services: string[]
	phases: string[]
	updatedAt: string
	/** The verified badge's evidence this viewer may read (members: all; visitors: what a coordinator made public). */
	evidence: VerificationEvidenceView[]
}

export interface OrganizationDetail extends ListingCommon {
	type: 'organization'
	kind: string | null
	website: string | null
	/** The postal address is street, postcode and the summary's city. */
	street: string | null
	postcode: string | null
	campus: string | null
	location: { lat: number; lng: number } | null
	labs: ListingSummary[]
	facilities: ListingSummary[]
	experts: ListingSummary[]
}

/** Where a lab or facility is: its own address and position, else its public host's. */
export interface ListingPlace {
	street: string | null
	postcode: string | null
	city: string | null
	location: { lat: number; lng: number } | null
}

export interface LabDetail extends ListingCommon {
	type: 'lab'
	place: ListingPlace | null
	lead: string | null
	techniques: string[]
	acceptsExternalProjects: boolean | null
}

export interface FacilityDetail extends ListingCommon {
	type: 'facility'
	place: ListingPlace | null
	cleanroomGrades: string[]
	licences: string[]
	productTypes: string[]
	areaSqm: number | null
	suites: number | null
	qpRelease: boolean | null
	/** Calendar date "YYYY-MM-DD"; null means "ask the facility". */
	availableFrom: string | null
}

export interface ExpertDetail extends ListingCommon {
	type: 'expert'
	expertise: string[]
	orcid: string | null
	/** ISO 639 codes, named with Intl.DisplayNames when shown. */
	languages: string[]
	openTo: string[]
}

export type ListingDetail = OrganizationDetail | LabDetail | FacilityDetail | ExpertDetail

export type ListingCounts = Record<ListingTypeCode, number>
