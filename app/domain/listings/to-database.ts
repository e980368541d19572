// Pure mapping between interchange records and rows of the one `Listing`
// table. The importer, forms and seed write through listingCreateData /
// listingUpdateData; the exporter reads through listingToRecord. The two
// directions are exact inverses for every field of the format, so an
// exported file re-imports as "unchanged" and the importer can detect
// unchanged records by comparing listingToRecord(row) with the parsed record.
import type { CapacitySuites } from '../capacity/capacity-schema.ts'
import type { Listing, Prisma } from '../../generated/prisma/client.ts'
import type { Locale } from '../../i18n/locale.ts'
import { foldText } from '../../utils/text.ts'
import type { ListingRecord, ListingRecordByType, ListingType, TypedListingRecord } from './interchange.ts'

// ───────────────────────── slugs ─────────────────────────

export const SLUG_MAX_LENGTH = 80

function truncateSlug(slug: string, maxLength: number): string {
	if (slug.length <= maxLength) return slug
	const cut = slug.slice(0, maxLength)
	// Prefer ending at a word boundary unless that throws away most of the slug.
	const lastHyphen = cut.lastIndexOf('-')
	return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '')
}

/** URL slug: lowercase ASCII words joined by hyphens (å→a, ä→a, ö→o, é→e, æ→ae, ø→o), at most 80 characters. */
export function slugify(name: string): string {
	const slug = foldText(name)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
	return truncateSlug(slug, SLUG_MAX_LENGTH) || 'listing'
}

/** The slug of `name`, or the first free `slug-2`, `slug-3`… (slugs are unique per listing type). */
export function uniqueSlug(name: string, isTaken: (slug: string) => boolean): string {
	const base = slugify(name)
	if (!isTaken(base)) return base
	for (let counter = 2; ; counter++) {
		const suffix = `-${counter}`
		const candidate = `${truncateSlug(base, SLUG_MAX_LENGTH - suffix.length)}${suffix}`
		if (!isTaken(candidate)) return candidate
	}
}

/**
 * A prefix of every slug `uniqueSlug(name, …)` can hand out: what to look the
 * taken ones up by. Not the base itself, since a numbered slug shortens a long
 * base to make room for its suffix ("-2" … "-9999999").
 */
export function slugCandidatesPrefix(name: string): string {
	const base = slugify(name)
	let prefix = base
	for (let digits = 1; digits <= 7; digits++) {
		const shortened = truncateSlug(base, SLUG_MAX_LENGTH - digits - 1)
		if (shortened.length < prefix.length) prefix = shortened
	}
	return prefix
}

/** Hands out unique slugs for one listing type, remembering those already taken and handed out. */
export function slugAllocator(taken: Iterable<string> = []): (name: string) => string {
	const used = new Set(taken)
	return (name) => {
		const slug = uniqueSlug(name, (candidate) => used.has(candidate))
		used.add(slug)
		return slug
	}
}

// ───────────────────────── content language ─────────────────────────

// Short, frequent function words tell the languages apart far better than
// vocabulary, which in this field is largely shared English jargon.
const SWEDISH_WORDS = new Set(
	'och för är att med som på av till det den ett en inte vi har kan eller från vår våra vårt samt inom även oss vid där hos mot också om sig ska nya vill erbjuder'.split(
		' ',
	),
)
const ENGLISH_WORDS = new Set(
	'the and for is are of with to in on we our that from by as at or this an be also which offer offers provide provides into'.split(
		' ',
	),
)

type Texts = ReadonlyArray<string | null | undefined>

interface LanguageSigns {
	swedish: number
	english: number
	swedishLetters: number
	letters: number
}

function languageSigns(texts: Texts): LanguageSigns {
	const text = texts.filter(Boolean).join('\n').toLocaleLowerCase('sv')
	const words = text.match(/\p{L}+/gu) ?? []
	let swedish = 0
	let english = 0
	for (const word of words) {
		if (SWEDISH_WORDS.has(word)) swedish++
		else if (ENGLISH_WORDS.has(word)) english++
	}
	const swedishLetters = (text.match(/[åäö]/g) ?? []).length
	return { swedish, english, swedishLetters, letters: (text.match(/\p{L}/gu) ?? []).length }
}

// Place names such as Södertälje put å/ä/ö into English text too, so letters only tip the balance.
const swedishLean = (signs: LanguageSigns) => signs.swedish + signs.swedishLetters * 0.2 - signs.english

/** "sv" when the text reads as Swedish (function words, å/ä/ö), otherwise "en". */
export function detectContentLocale(...texts: Texts): Locale {
	const signs = languageSigns(texts)
	if (signs.swedish + signs.english === 0)
		return signs.letters > 0 && signs.swedishLetters / signs.letters >= 0.01 ? 'sv' : 'en'
	return swedishLean(signs) > 0 ? 'sv' : 'en'
}

/**
 * The language of a listing's own text. Beside a translation (which is in the
 * other language by definition) the two are read against each other: the one
 * that reads more Swedish is the Swedish one, which holds even where a short
 * text alone would be misread.
 */
export function contentLocaleOf(main: Texts, translation: Texts = []): Locale {
	const other = languageSigns(translation)
	if (other.letters === 0) return detectContentLocale(...main)
	const difference = swedishLean(languageSigns(main)) - swedishLean(other)
	if (difference === 0) return detectContentLocale(...main)
	return difference > 0 ? 'sv' : 'en'
}

// ───────────────────────── record → row ─────────────────────────

/** The columns an interchange record determines; everything else (status, slug, featured…) is the caller's. */
export const contentColumns = [
	'ref',
	'name',
	'summary',
	'description',
	'translatedSummary',
	'translatedDescription',
	'organizationId',
	'contentLocale',
	'kind',
	'website',
	'email',
	'street',
	'postcode',
	'city',
	'campus',
	'lat',
	'lng',
	'lead',
	'techniques',
	'acceptsExternalProjects',
	'cleanroomGrades',
	'areaSqm',
	'suites',
	'productTypes',
	'licences',
	'qpRelease',
	'availableFrom',
	'title',
	'expertise',
	'orcid',
	'languages',
	'openTo',
	'imageKey',
	'imageAlt',
	'modalities',
	'services',
	'phases',
] as const satisfies ReadonlyArray<keyof Listing>

export type ListingContent = Pick<Listing, (typeof contentColumns)[number]>

/** A facility's availableFrom is a date column; Prisma hands it over as UTC midnight. */
export function dateFromIsoDate(isoDate: string): Date {
	return new Date(`${isoDate}T00:00:00.000Z`)
}

export function isoDateFromDate(date: Date): string {
	return date.toISOString().slice(0, 10)
}

const emptyContent: Omit<ListingContent, 'ref' | 'name' | 'organizationId' | 'contentLocale'> = {
	summary: null,
	description: null,
	translatedSummary: null,
	translatedDescription: null,
	kind: null,
	website: null,
	email: null,
	street: null,
	postcode: null,
	city: null,
	campus: null,
	lat: null,
	lng: null,
	lead: null,
	techniques: [],
	acceptsExternalProjects: null,
	cleanroomGrades: [],
	areaSqm: null,
	suites: null,
	productTypes: [],
	licences: [],
	qpRelease: null,
	availableFrom: null,
	title: null,
	expertise: [],
	orcid: null,
	languages: [],
	openTo: [],
	imageKey: null,
	imageAlt: null,
	modalities: [],
	services: [],
	phases: [],
}

/** A picture's words are kept only with the picture. */
function imageColumns(record: { image?: string; imageAlt?: string }): Partial<ListingContent> {
	return record.image ? { imageKey: record.image, imageAlt: record.imageAlt ?? null } : {}
}

/** Per type, the columns only that type fills from its record (an expert's bio is the description). */
const typeColumns: {
	[T in ListingType]: (record: ListingRecordByType[T]) => Partial<ListingContent>
} = {
	organization: (r) => ({
		description: r.description ?? null,
		translatedDescription: r.translatedDescription ?? null,
		kind: r.kind,
		website: r.website ?? null,
		email: r.email ?? null,
		street: r.street ?? null,
		postcode: r.postcode ?? null,
		city: r.city ?? null,
		campus: r.campus ?? null,
		lat: r.lat ?? null,
		lng: r.lng ?? null,
		...imageColumns(r),
	}),
	lab: (r) => ({
		description: r.description ?? null,
		translatedDescription: r.translatedDescription ?? null,
		lead: r.lead ?? null,
		techniques: r.techniques,
		acceptsExternalProjects: r.acceptsExternalProjects ?? null,
	}),
	facility: (r) => ({
		description: r.description ?? null,
		translatedDescription: r.translatedDescription ?? null,
		cleanroomGrades: r.cleanroomGrades,
		areaSqm: r.areaSqm ?? null,
		suites: r.suites ?? null,
		productTypes: r.productTypes,
		licences: r.licences,
		qpRelease: r.qpRelease ?? null,
		availableFrom: r.availableFrom === undefined ? null : dateFromIsoDate(r.availableFrom),
		...imageColumns(r),
	}),
	// An expert's bio is the listing's description: search and pages treat all types alike.
	expert: (r) => ({
		description: r.bio ?? null,
		translatedDescription: r.translatedBio ?? null,
		title: r.title ?? null,
		expertise: r.expertise,
		orcid: r.orcid ?? null,
		languages: r.languages,
		openTo: r.openTo,
		...imageColumns(r),
	}),
}

/**
 * Every content column of the listing, with null or [] where the record says
 * nothing, so an update also clears what the new record no longer has.
 * `organizationId` is the resolved id of the record's organizationRef
 * (ignored for organisations, which have no parent).
 */
export function listingContent(typed: TypedListingRecord, organizationId: string | null): ListingContent {
	const { record } = typed
	const columns = {
		...emptyContent,
		summary: record.summary ?? null,
		translatedSummary: record.translatedSummary ?? null,
		modalities: record.modalities,
		services: record.services,
		phases: record.phases,
		...(typeColumns[typed.type] as (record: ListingRecord) => Partial<ListingContent>)(record),
	}
	return {
		...columns,
		ref: record.ref,
		name: record.name,
		organizationId: typed.type === 'organization' ? null : organizationId,
		contentLocale: contentLocaleOf(
			[columns.summary, columns.title, columns.description],
			[columns.translatedSummary, columns.translatedDescription],
		),
	}
}

/** The language a record's translated texts are in (or would be): the other one of its own text's. */
export function translationLocaleOf(typed: TypedListingRecord): Locale {
	return listingContent(typed, null).contentLocale === 'sv' ? 'en' : 'sv'
}

/** Data for `prisma.listing.create`/`createMany`; status, visibility and featured keep their defaults unless the caller adds them. */
export function listingCreateData(
	typed: TypedListingRecord,
	options: { organizationId: string | null; slug: string },
): Prisma.ListingUncheckedCreateInput & ListingContent {
	return { type: typed.type, slug: options.slug, ...listingContent(typed, options.organizationId) }
}

/** Data for `prisma.listing.update` of the listing with the record's ref; the slug stays, so URLs keep working. */
export function listingUpdateData(
	typed: TypedListingRecord,
	options: { organizationId: string | null },
): Prisma.ListingUncheckedUpdateInput & Omit<ListingContent, 'ref'> {
	const { ref: _ref, ...content } = listingContent(typed, options.organizationId)
	return content
}

// ───────────────────────── row → record ─────────────────────────

export type ListingRow = Pick<Listing, 'type'> & ListingContent

/** Drops null/undefined values so an exported record only carries what the listing has. */
function present<T extends Record<string, unknown>>(fields: T): { [K in keyof T]: Exclude<T[K], null> } {
	return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined)) as {
		[K in keyof T]: Exclude<T[K], null>
	}
}

/**
 * The interchange record of a listing. `organizationRef` is the ref of the
 * listing's organisation (organizationId resolved by the caller); `verified`
 * is included only when the caller passes it, since it lives in Verification
 * rows rather than on the listing. A lab whose organisation was deleted comes
 * out without organizationRef, which the schema then reports on re-import.
 */
export function listingToRecord<T extends ListingType>(
	listing: ListingRow & { type: T },
	organizationRef?: string | null,
	options: {
		verified?: boolean
		/** The evidence of the verifications in force, for the export (interchange.ts, verificationRecord). */
		verifications?: ReadonlyArray<{ licence?: string; reference?: string; expiresAt?: string; public: boolean }>
		/** A facility's suites and windows (capacity-records.server.ts), for the export. */
		capacity?: CapacitySuites
	} = {},
): ListingRecordByType[T] {
	const row: ListingRow = listing
	const record = present({
		ref: row.ref,
		name: row.name,
		summary: row.summary,
		translatedSummary: row.translatedSummary,
		modalities: row.modalities,
		services: row.services,
		phases: row.phases,
		...(row.type === 'organization' ? {} : { organizationRef: organizationRef ?? null }),
		...typeFields[row.type](row),
		verified: options.verified ?? null,
		verifications: options.verifications?.length ? options.verifications : null,
		capacity: row.type === 'facility' && options.capacity?.length ? options.capacity : null,
	})
	return record as unknown as ListingRecordByType[T]
}

function imageFieldsOf(row: ListingRow): Record<string, unknown> {
	return row.imageKey ? { image: row.imageKey, imageAlt: row.imageAlt } : {}
}

/** Per type, the record fields only that type has, from the row (in the format's order). */
const typeFields: Record<ListingType, (row: ListingRow) => Record<string, unknown>> = {
	organization: (row) => ({
		kind: row.kind ?? '',
		description: row.description,
		translatedDescription: row.translatedDescription,
		website: row.website,
		email: row.email,
		street: row.street,
		postcode: row.postcode,
		city: row.city,
		campus: row.campus,
		lat: row.lat,
		lng: row.lng,
		...imageFieldsOf(row),
	}),
	lab: (row) => ({
		lead: row.lead,
		description: row.description,
		translatedDescription: row.translatedDescription,
		techniques: row.techniques,
		acceptsExternalProjects: row.acceptsExternalProjects,
	}),
	facility: (row) => ({
		description: row.description,
		translatedDescription: row.translatedDescription,
		cleanroomGrades: row.cleanroomGrades,
		areaSqm: row.areaSqm,
		suites: row.suites,
		productTypes: row.productTypes,
		licences: row.licences,
		qpRelease: row.qpRelease,
		availableFrom: row.availableFrom ? isoDateFromDate(row.availableFrom) : null,
		...imageFieldsOf(row),
	}),
	expert: (row) => ({
		title: row.title,
		bio: row.description,
		translatedBio: row.translatedDescription,
		expertise: row.expertise,
		orcid: row.orcid,
		languages: row.languages,
		openTo: row.openTo,
		...imageFieldsOf(row),
	}),
}
