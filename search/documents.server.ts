// Search documents from the database: one per indexed listing, re-read by id
// every time (the outbox carries ids, never content), so whatever the index
// holds is what the database said when the document was built.
import { createHash } from 'node:crypto'
import type { Prisma } from '~/generated/prisma/client.ts'
import { codesByVocabulary, type VocabularyCodes } from '~/taxonomy/concepts.ts'
import { termLabel, type VocabularyName } from '~/taxonomy/taxonomy.ts'
import { prisma } from '~/utils/db.server.ts'
import { documentConcepts, type DocumentConcepts } from './concepts.ts'
import type { SearchAudience, SearchDocument } from './engine.ts'
import { definitionHash } from './index-definition.ts'
import { foldText } from '~/utils/text.ts'
import { stripControlCharacters } from './text.ts'
import { freeRangesOf } from './availability.ts'

// The select is an allow-list: a column absent here (email, website, orcid,
// owner, languages…) cannot reach a document, whatever the mapping below does.
const organizationSelect = {
	id: true,
	name: true,
	status: true,
	kind: true,
	city: true,
	campus: true,
	lat: true,
	lng: true,
} satisfies Prisma.ListingSelect

export const listingSelect = {
	id: true,
	ref: true,
	type: true,
	slug: true,
	status: true,
	visibility: true,
	mergedIntoId: true,
	contentLocale: true,
	name: true,
	summary: true,
	description: true,
	translatedSummary: true,
	translatedDescription: true,
	organizationId: true,
	kind: true,
	city: true,
	campus: true,
	lat: true,
	lng: true,
	techniques: true,
	cleanroomGrades: true,
	productTypes: true,
	licences: true,
	title: true,
	expertise: true,
	openTo: true,
	modalities: true,
	services: true,
	phases: true,
	updatedAt: true,
	availableFrom: true,
	organization: { select: organizationSelect },
	verifications: { where: { revokedAt: null }, select: { expiresAt: true } },
	capacitySuites: { select: { windows: { select: { from: true, to: true, state: true } } } },
} satisfies Prisma.ListingSelect

export type ListingForSearch = Prisma.ListingGetPayload<{ select: typeof listingSelect }>

/**
 * A listing is in the index when it is published and not merged into
 * another: public ones for everyone, members-only experts with their
 * visibility, which every query filters by its audience (engine.ts). Drafts,
 * archived and merged listings stay out.
 */
export const indexedListingWhere = {
	status: 'published',
	mergedIntoId: null,
} satisfies Prisma.ListingWhereInput

/** What a search's audience may be shown of the listings the index holds. */
export function searchableListingWhere(audience: SearchAudience): Prisma.ListingWhereInput {
	return audience === 'members' ? indexedListingWhere : { ...indexedListingWhere, visibility: 'public' }
}

export function isIndexed(row: Pick<ListingForSearch, 'status' | 'mergedIntoId'>): boolean {
	return row.status === 'published' && row.mergedIntoId === null
}

function clean(text: string | null | undefined): string | null {
	if (text === null || text === undefined) return null
	const cleaned = stripControlCharacters(text).trim()
	return cleaned || null
}

function cleanList(values: readonly string[]): string[] {
	return values.map((value) => clean(value)).filter((value): value is string => Boolean(value))
}

function labels(vocabulary: VocabularyName, codes: readonly string[], locale: 'en' | 'sv'): string[] {
	return codes.map((code) => termLabel(vocabulary, code, locale))
}

/** The calendar day in UTC, which is how @db.Date values come back. */
function todayUtc(now: Date): string {
	return now.toISOString().slice(0, 10)
}

function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10)
}

function stampOf(document: Omit<SearchDocument, 'stamp'>): string {
	return createHash('sha256')
		.update(JSON.stringify({ definition: definitionHash(), document }))
		.digest('hex')
		.slice(0, 24)
}

/** The search document of an indexed listing (call isIndexed first). */
export function documentOf(row: ListingForSearch, now = new Date()): SearchDocument {
	const organization = row.organization?.status === 'published' ? row.organization : null
	const kind = row.type === 'organization' ? row.kind : (organization?.kind ?? null)
	const [typeCodes, ...fieldCodes] = codesByVocabulary({ ...row, grades: row.cleanroomGrades })
	// The order of the labels (and so of the stamp): type, kind, fields, what an expert is open to.
	const coded: VocabularyCodes[] = [
		typeCodes,
		['organizationKinds', kind ? [kind] : []],
		...fieldCodes,
		['openTo', row.openTo],
	]
	const lat = row.lat ?? organization?.lat ?? null
	const lng = row.lng ?? organization?.lng ?? null
	const today = todayUtc(now)
	const name = clean(row.name) ?? row.ref
	const freeRanges =
		row.type === 'facility'
			? freeRangesOf(
					row.capacitySuites.flatMap((suite) =>
						suite.windows.map((window) => ({ from: isoDay(window.from), to: isoDay(window.to), state: window.state })),
					),
					{ today, availableFrom: row.availableFrom ? isoDay(row.availableFrom) : null },
				)
			: []
	const document: Omit<SearchDocument, 'stamp' | keyof DocumentConcepts> = {
		id: row.id,
		ref: row.ref,
		type: row.type,
		slug: row.slug,
		name,
		nameSort: foldText(name).replace(/\s+/g, ' ').trim(),
		summary: clean(row.summary),
		description: clean(row.description),
		contentLocale: row.contentLocale,
		translatedSummary: clean(row.translatedSummary),
		translatedDescription: clean(row.translatedDescription),
		organizationId: organization?.id ?? null,
		organizationName: clean(organization?.name),
		tags: cleanList([...(row.title ? [row.title] : []), ...row.techniques, ...row.expertise]),
		labelsEn: coded.flatMap(([vocabulary, codes]) => labels(vocabulary, codes, 'en')),
		labelsSv: coded.flatMap(([vocabulary, codes]) => labels(vocabulary, codes, 'sv')),
		modalities: [...row.modalities],
		services: [...row.services],
		phases: [...row.phases],
		grades: [...row.cleanroomGrades],
		licences: [...row.licences],
		productTypes: [...row.productTypes],
		kind,
		city: clean(row.city ?? organization?.city),
		campus: clean(row.campus ?? organization?.campus),
		...(lat !== null && lng !== null ? { _geo: { lat, lng } } : {}),
		verified: row.verifications.some((v) => !v.expiresAt || v.expiresAt.toISOString().slice(0, 10) >= today),
		freeRanges,
		freeFrom: freeRanges[0]?.from ?? null,
		status: 'published',
		visibility: row.visibility,
		updatedAt: row.updatedAt.toISOString(),
		updatedAtTs: row.updatedAt.getTime(),
	}
	const withConcepts = { ...document, ...documentConcepts(document) }
	return { ...withConcepts, stamp: stampOf(withConcepts) }
}

/** Documents for these listing ids: a document when indexed, null when hidden or gone (delete it). */
export async function buildDocuments(
	ids: readonly string[],
	now = new Date(),
): Promise<Map<string, SearchDocument | null>> {
	const unique = [...new Set(ids)]
	const result = new Map<string, SearchDocument | null>(unique.map((id) => [id, null]))
	if (!unique.length) return result
	const rows = await prisma().listing.findMany({ where: { id: { in: unique } }, select: listingSelect })
	for (const row of rows) result.set(row.id, isIndexed(row) ? documentOf(row, now) : null)
	return result
}

interface RawListingForSearch extends Omit<ListingForSearch, 'verifications' | 'availableFrom' | 'capacitySuites'> {
	verifications: Array<{ expiresAt: string | null }>
	availableFrom: string | null
	windows: Array<{ from: string; to: string; state: 'free' | 'tentative' | 'booked' }>
}

/**
 * The same rows as `listingSelect` gives, in one statement per batch: bulk
 * reads (rebuild, reconciliation of every document) spend most of their time
 * in the client's relation loading otherwise. documents.test.ts checks that
 * both paths build identical documents.
 */
async function indexedListingsAfter(after: string | null, limit: number): Promise<ListingForSearch[]> {
	const rows = await prisma().$queryRaw<RawListingForSearch[]>`
		SELECT l."id"::text AS "id", l."ref", l."type"::text AS "type", l."slug", l."status"::text AS "status",
			l."visibility"::text AS "visibility", l."mergedIntoId"::text AS "mergedIntoId", l."contentLocale", l."name",
			l."summary", l."description", l."translatedSummary", l."translatedDescription", l."organizationId"::text AS "organizationId", l."kind", l."city", l."campus",
			l."lat", l."lng", l."techniques", l."cleanroomGrades", l."productTypes", l."licences", l."title", l."expertise",
			l."openTo", l."modalities", l."services", l."phases", l."updatedAt", l."availableFrom"::text AS "availableFrom",
			coalesce((SELECT json_agg(json_build_object('from', w."from", 'to', w."to", 'state', w."state"))
				FROM "CapacityWindow" w JOIN "FacilitySuite" s ON s."id" = w."suiteId" WHERE s."facilityId" = l."id"), '[]'::json) AS "windows",
			CASE WHEN o."id" IS NULL THEN NULL ELSE json_build_object(
				'id', o."id", 'name', o."name", 'status', o."status", 'kind', o."kind", 'city', o."city",
				'campus', o."campus", 'lat', o."lat", 'lng', o."lng") END AS "organization",
			coalesce((SELECT json_agg(json_build_object('expiresAt', v."expiresAt"))
				FROM "Verification" v WHERE v."listingId" = l."id" AND v."revokedAt" IS NULL), '[]'::json) AS "verifications"
		FROM "Listing" l LEFT JOIN "Listing" o ON o."id" = l."organizationId"
		WHERE l."status" = 'published' AND l."mergedIntoId" IS NULL
			AND (${after}::uuid IS NULL OR l."id" > ${after}::uuid)
		ORDER BY l."id" LIMIT ${limit}`
	const day = (value: string) => new Date(`${value.slice(0, 10)}T00:00:00Z`)
	return rows.map(({ windows, ...row }) => ({
		...row,
		availableFrom: row.availableFrom ? day(row.availableFrom) : null,
		verifications: row.verifications.map((v) => ({
			expiresAt: v.expiresAt ? day(v.expiresAt) : null,
		})),
		capacitySuites: [
			{ windows: windows.map((window) => ({ from: day(window.from), to: day(window.to), state: window.state })) },
		],
	}))
}

/** Every indexed listing's document, in batches ordered by id (keyset pagination: stable under concurrent writes). */
export async function* allDocuments(
	options: { batchSize?: number; now?: Date } = {},
): AsyncGenerator<SearchDocument[]> {
	const batchSize = options.batchSize ?? 1000
	let after: string | null = null
	for (;;) {
		const rows = await indexedListingsAfter(after, batchSize)
		if (!rows.length) return
		yield rows.map((row) => documentOf(row, options.now))
		after = rows[rows.length - 1]!.id
		if (rows.length < batchSize) return
	}
}

/** Listings whose documents embed this organisation. */
export async function childIdsOf(organizationId: string): Promise<string[]> {
	const rows = await prisma().listing.findMany({ where: { organizationId }, select: { id: true } })
	return rows.map((row) => row.id)
}
