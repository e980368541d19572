// The one interface every search engine implements, and the types that cross
// it. The app never talks to an engine directly: it calls searchListings()
// (search/search-listings.server.ts), which validates the query here first.
import { isConceptKey } from '~/taxonomy/concepts.ts'
import { isCode, type Locale } from '~/taxonomy/taxonomy.ts'
import { tokenize } from '~/utils/text.ts'
import type { ConceptMatch } from './concepts.ts'
import { isAvailabilityDate, type AvailabilityFilter, type FreeRange } from './availability.ts'
import {
	facetByName,
	facetNames,
	MAX_CITY_LENGTH,
	MAX_FILTER_VALUES,
	MAX_QUERY_LENGTH,
	MAX_QUERY_WORDS,
	pagination,
	sortOptions,
	type FacetName,
	type HighlightAttribute,
	type SortOption,
} from './index-definition.ts'

export type { FacetName, SortOption } from './index-definition.ts'
export type { AvailabilityFilter, FreeRange } from './availability.ts'

export type ListingType = 'organization' | 'lab' | 'facility' | 'expert'

/**
 * Who a document is for: everyone, or members only (experts choose this).
 * Every query names the audience it searches for; an engine never returns a
 * document outside it, in hits, totals or facet counts.
 */
export type SearchAudience = 'public' | 'members'
export const searchAudiences: readonly SearchAudience[] = ['public', 'members']

/**
 * One listing as the engines index it. Built only from public fields
 * (search/documents.server.ts): member-only fields such as `email` never
 * enter a document.
 */
export interface SearchDocument {
	id: string
	ref: string
	type: ListingType
	slug: string
	name: string
	/** Folded name for sorting, identical in both engines. */
	nameSort: string
	summary: string | null
	description: string | null
	contentLocale: string
	/** Summary and description in the other language of the two, searched as well. */
	translatedSummary: string | null
	translatedDescription: string | null
	organizationId: string | null
	organizationName: string | null
	/** Free-text tags: lab techniques, expert expertise. */
	tags: string[]
	/** English and Swedish labels of every taxonomy code of the listing. */
	labelsEn: string[]
	labelsSv: string[]
	modalities: string[]
	services: string[]
	phases: string[]
	grades: string[]
	licences: string[]
	productTypes: string[]
	/** Organisation kind; labs, facilities and experts inherit their organisation's. */
	kind: string | null
	/** The listing's city, else its organisation's. */
	city: string | null
	campus: string | null
	/** Tokens of the concepts the listing's name states; it holds and states, holds only, states only (search/concepts.ts). */
	conceptsNamed: string[]
	conceptsBoth: string[]
	conceptsTagged: string[]
	conceptsStated: string[]
	/** Meilisearch's geo field; absent when the listing has no coordinates. */
	_geo?: { lat: number; lng: number }
	verified: boolean
	/**
	 * A facility's free capacity: its free windows joined across suites, in
	 * order, without those already over (`to` null: free from `from` on, the
	 * old single "available from" date). Empty for other listings.
	 */
	freeRanges: FreeRange[]
	/** The first day of the first of freeRanges, or null. */
	freeFrom: string | null
	status: 'published'
	visibility: SearchAudience
	/** The listing's own update time (ISO 8601) and the same as epoch milliseconds for sorting. */
	updatedAt: string
	updatedAtTs: number
	/** Content hash: equal stamps mean equal documents (start-up reconciliation). */
	stamp: string
}

/** Every field of a document that says nothing beyond which listing it is. */
export const blankDocumentFields: Omit<SearchDocument, 'id' | 'ref' | 'type' | 'slug' | 'name' | '_geo'> = {
	nameSort: '',
	summary: null,
	description: null,
	contentLocale: 'en',
	translatedSummary: null,
	translatedDescription: null,
	organizationId: null,
	organizationName: null,
	tags: [],
	labelsEn: [],
	labelsSv: [],
	modalities: [],
	services: [],
	phases: [],
	grades: [],
	licences: [],
	productTypes: [],
	kind: null,
	city: null,
	campus: null,
	conceptsNamed: [],
	conceptsBoth: [],
	conceptsTagged: [],
	conceptsStated: [],
	verified: false,
	freeRanges: [],
	freeFrom: null,
	status: 'published',
	visibility: 'public',
	updatedAt: '',
	updatedAtTs: 0,
	stamp: '',
}

/**
 * A query as the understanding step read it (app/domain/understanding): the
 * concepts a listing must hold, through its fields or its text in either
 * language, and the words left to match as typed. The engines match this
 * instead of the raw text, so both understand the same query the same way.
 */
export interface SearchPlan {
	concepts: string[]
	/** Words to match as typed (with the engine's typos, prefixes and stems). */
	words: string[]
	/** Whether the last of `words` may be the beginning of a longer word. */
	prefixLast: boolean
	/** The words the concepts were read from (after corrections), to mark where a text uses them. */
	conceptWords?: string[]
	/** The query asks for a supplier: among listings ranked alike, organisations, labs and facilities before experts. */
	suppliersFirst?: boolean
}

export interface SearchQuery {
	q?: string
	plan?: SearchPlan
	filters?: Partial<Record<FacetName, string[]>>
	/** Only listings with one free range covering every day from `from` to `to` (availableBy: both the same day). */
	available?: AvailabilityFilter
	sort?: SortOption
	page?: number
	pageSize?: number
	locale?: Locale
	/** Whose search this is: visitors see public documents only (the default), members also members-only ones. */
	audience?: SearchAudience
}

/** A validated query: every filter value is a known code (or a bounded city name). */
export interface NormalizedSearchQuery {
	q: string
	plan?: SearchPlan
	filters: Partial<Record<FacetName, string[]>>
	available?: AvailabilityFilter
	sort: SortOption
	page: number
	pageSize: number
	locale: Locale
	audience: SearchAudience
}

export interface SearchHit {
	id: string
	ref: string
	type: ListingType
	slug: string
	name: string
	summary: string | null
	contentLocale: string
	translatedSummary: string | null
	/** HTML-safe snippets: all text escaped, matches wrapped in <mark>. Only fields with a match. */
	highlights: Partial<Record<HighlightAttribute, string>>
	/** How the listing matched each concept of the query's plan. */
	matches?: ConceptMatch[]
}

export interface SearchResult {
	hits: SearchHit[]
	/** Counts per facet value under every filter except the facet's own. */
	facets: Partial<Record<FacetName, Record<string, number>>>
	total: number
	page: number
	pageSize: number
	/** Which engine answered. */
	engine: string
	/** True when the configured engine failed and the fallback answered. */
	degraded?: boolean
	/** True when no listing matched every term of the plan, and these match most of them. */
	relaxed?: boolean
	/** The search server's own time for the request (Meilisearch's processingTimeMs), where it says. */
	serverMs?: number
}

export interface EngineHealth {
	status: 'ok' | 'degraded' | 'down'
	engine: string
	detail?: string
	latencyMs?: number
}

export interface EngineStats {
	engine: string
	documents: number
	/** Whether the engine still applies writes it has accepted. */
	indexing?: boolean
	lastUpdate?: string
}

export interface SearchEngine {
	readonly name: string
	/** Creates the index if needed and applies its settings when they differ. Returns what changed. */
	configure(): Promise<{ changed: string[] }>
	/** Writes documents (insert or replace) and resolves only when they are searchable. */
	upsert(documents: SearchDocument[]): Promise<void>
	/** Removes documents by listing id; unknown ids are ignored. */
	delete(ids: string[]): Promise<void>
	search(query: NormalizedSearchQuery): Promise<SearchResult>
	health(): Promise<EngineHealth>
	stats(): Promise<EngineStats>
	/** id → stamp of every document in the serving index (for reconciliation). */
	stamps(): Promise<Map<string, string>>
	/** Ids of the documents that embed this organisation (its children), as indexed. */
	idsByOrganization(organizationId: string): Promise<string[]>
	/**
	 * Builds a fresh index from `batches` next to the serving one and swaps it
	 * in; queries keep answering from the old index until the swap. `skipped`:
	 * another process was rebuilding it, and its fresh index is kept.
	 */
	rebuild(batches: AsyncIterable<SearchDocument[]>): Promise<{ documents: number; skipped?: boolean }>
	close?(): Promise<void>
}

// ───────────────────────── query validation ─────────────────────────

export class SearchQueryError extends Error {
	constructor(public readonly issues: string[]) {
		super(`Invalid search query: ${issues.join('; ')}`)
		this.name = 'SearchQueryError'
	}
}

function positiveInt(value: unknown, fallback: number): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
	return typeof number === 'number' && Number.isFinite(number) && number >= 1 ? Math.floor(number) : fallback
}

/**
 * Checks a query before it reaches any engine: only known facet names, only
 * codes of the facet's vocabulary, bounded sizes. A value that fails never
 * gets near a filter string or SQL statement.
 */
export function normalizeSearchQuery(query: SearchQuery): NormalizedSearchQuery {
	const issues: string[] = []
	const q = typeof query.q === 'string' ? query.q.slice(0, MAX_QUERY_LENGTH).trim() : ''

	const filters: Partial<Record<FacetName, string[]>> = {}
	for (const [name, rawValues] of Object.entries(query.filters ?? {})) {
		if (!(facetNames as readonly string[]).includes(name)) {
			issues.push(`unknown filter "${name.slice(0, 40)}"`)
			continue
		}
		const facet = facetByName[name as FacetName]
		if (rawValues === undefined) continue
		if (!Array.isArray(rawValues) || rawValues.some((value) => typeof value !== 'string')) {
			issues.push(`${name}: values must be a list of strings`)
			continue
		}
		const values = [...new Set(rawValues.map((value) => value.trim()).filter(Boolean))]
		if (values.length > MAX_FILTER_VALUES) {
			issues.push(`${name}: at most ${MAX_FILTER_VALUES} values`)
			continue
		}
		for (const value of values) {
			if (facet.vocabulary ? !isCode(facet.vocabulary, value) : value.length > MAX_CITY_LENGTH) {
				issues.push(`${name}: unknown value "${value.slice(0, 40)}"`)
			}
		}
		if (values.length) filters[facet.name] = values.sort()
	}

	const sort = query.sort ?? 'relevance'
	if (!(sortOptions as readonly string[]).includes(sort)) issues.push(`unknown sort "${String(sort).slice(0, 40)}"`)
	const locale = query.locale ?? 'en'
	if (locale !== 'en' && locale !== 'sv') issues.push(`unknown locale "${String(locale).slice(0, 10)}"`)

	const audience = query.audience ?? 'public'
	if (!searchAudiences.includes(audience)) issues.push(`unknown audience "${String(audience).slice(0, 20)}"`)
	const plan = query.plan ? normalizePlan(query.plan, issues) : undefined
	const available = query.available ? normalizeAvailability(query.available, issues) : undefined

	if (issues.length) throw new SearchQueryError(issues)
	const pageSize = Math.min(positiveInt(query.pageSize, pagination.defaultPageSize), pagination.maxPageSize)
	const page = Math.min(positiveInt(query.page, 1), Math.ceil(pagination.maxTotalHits / pageSize))
	return {
		q,
		...(plan ? { plan } : {}),
		filters,
		...(available ? { available } : {}),
		sort,
		page,
		pageSize,
		locale,
		audience,
	}
}

/** Calendar dates (1900–2199, as every date the hub keeps), the end not before the start. */
function normalizeAvailability(available: AvailabilityFilter, issues: string[]): AvailabilityFilter | undefined {
	const { from, to } = available
	if (!isAvailabilityDate(from) || !isAvailabilityDate(to)) {
		issues.push('available: dates must be calendar days written YYYY-MM-DD between 1900 and 2199')
		return undefined
	}
	if (to < from) {
		issues.push('available: the end is before the start')
		return undefined
	}
	return { from, to }
}

/** Known concepts only; words as letters and digits, so nothing in a plan can carry query syntax. */
function normalizePlan(plan: SearchPlan, issues: string[]): SearchPlan | undefined {
	if (!Array.isArray(plan.concepts) || !Array.isArray(plan.words)) {
		issues.push('plan: concepts and words must be lists')
		return undefined
	}
	const concepts = [...new Set(plan.concepts)]
	for (const concept of concepts)
		if (typeof concept !== 'string' || !isConceptKey(concept))
			issues.push(`plan: unknown concept "${String(concept).slice(0, 40)}"`)
	const words = [...new Set(plan.words.flatMap((word) => (typeof word === 'string' ? tokenize(word) : [])))]
	if (concepts.length + words.length > MAX_QUERY_WORDS) issues.push(`plan: at most ${MAX_QUERY_WORDS} terms`)
	const conceptWords = (plan.conceptWords ?? []).flatMap((word) => (typeof word === 'string' ? tokenize(word) : []))
	return {
		concepts,
		words,
		prefixLast: plan.prefixLast === true && words.length > 0,
		conceptWords,
		...(plan.suppliersFirst === true ? { suppliersFirst: true } : {}),
	}
}
