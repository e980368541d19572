// The search's address format without its parser: names, limits, the state
// a search is, and writing a state back into an address for links (facet
// toggles, chips, pagination). The browser's search page renders with this
// alone; the parser (search-params.ts, on Zod) loads on first interaction.
import type { VocabularyName } from '~/taxonomy/taxonomy.ts'

export const searchFacetNames = ['type', 'modality', 'service', 'phase', 'grade', 'licence', 'kind', 'city'] as const
export type SearchFacet = (typeof searchFacetNames)[number]

export const searchSorts = ['relevance', 'name', 'updated'] as const
export type SearchSort = (typeof searchSorts)[number]

/** Which vocabulary a facet's values come from; city is free text. */
export const facetVocabularies: Record<SearchFacet, VocabularyName | null> = {
	type: 'listingTypes',
	modality: 'modalities',
	service: 'services',
	phase: 'phases',
	grade: 'cleanroomGrades',
	licence: 'licences',
	kind: 'organizationKinds',
	city: null,
}

export const searchLimits = {
	/** The engine cuts longer queries rather than refusing them; so do we. */
	maxQueryLength: 200,
	maxFilterValues: 30,
	maxCityLength: 100,
} as const

/**
 * Free capacity asked for (docs/decisions/042): `availableBy` a free window
 * that has started by that day and not ended, or `availableFrom` (with
 * `availableTo`, else the same day) one free window covering the period.
 */
export const availabilityParameterNames = ['availableBy', 'availableFrom', 'availableTo'] as const
export type AvailabilityParameter = (typeof availabilityParameterNames)[number]

export interface SearchState {
	q: string
	filters: Partial<Record<SearchFacet, string[]>>
	/** Dates written YYYY-MM-DD, each checked by the parser. */
	availability?: Partial<Record<AvailabilityParameter, string>>
	sort: SearchSort
	page: number
}

/** The period one free window must cover, from a search's availability parameters; none when it asks for none. */
export function availabilityPeriod(state: Pick<SearchState, 'availability'>): { from: string; to: string } | undefined {
	const { availableBy, availableFrom, availableTo } = state.availability ?? {}
	if (availableBy) return { from: availableBy, to: availableBy }
	if (availableFrom) return { from: availableFrom, to: availableTo ?? availableFrom }
	if (availableTo) return { from: availableTo, to: availableTo }
	return undefined
}

export const emptySearchState: SearchState = { q: '', filters: {}, sort: 'relevance', page: 1 }

export type SearchParamsProblemKind = 'unknownValue' | 'badPage' | 'tooManyValues' | 'tooLong' | 'badDate'

/** Why an address is not a search: which parameter, and a message an API client can act on. */
export interface SearchParamsProblem {
	parameter: string
	kind: SearchParamsProblemKind
	message: string
	value?: string
	limit?: number
}

export type SearchParamsResult =
	{ success: true; query: SearchState } | { success: false; problem: SearchParamsProblem }

/** The parameters a search reads; any other, such as ?lang=, is not the search's own. */
export const searchParameterNames = new Set<string>([
	'q',
	'sort',
	'page',
	...searchFacetNames,
	...availabilityParameterNames,
])

/**
 * The address of a search: defaults (no text, relevance, page 1) are left
 * out so every search has one address. Parameters of `keep` that are not
 * the search's own, such as ?lang=, are carried over.
 */
export function toSearchParams(state: SearchState, keep?: URLSearchParams): URLSearchParams {
	const params = new URLSearchParams()
	if (state.q) params.set('q', state.q)
	for (const facet of searchFacetNames) {
		for (const value of state.filters[facet] ?? []) params.append(facet, value)
	}
	for (const name of availabilityParameterNames) {
		const date = state.availability?.[name]
		if (date) params.set(name, date)
	}
	if (state.sort !== 'relevance') params.set('sort', state.sort)
	if (state.page > 1) params.set('page', String(state.page))
	for (const [name, value] of keep ?? []) {
		if (!searchParameterNames.has(name)) params.append(name, value)
	}
	return params
}

export const SEARCH_PATH = '/search'

/** A search's address on /search or, with `path`, on a directory list (the same search with its type fixed). */
export function searchHref(state: SearchState, keep?: URLSearchParams, path = SEARCH_PATH): string {
	const query = toSearchParams(state, keep).toString()
	return query ? `${path}?${query}` : path
}

/** A submitted form's fields as the address links would give (no empty fields, no defaults). */
export interface ActiveFilter {
	facet: SearchFacet
	value: string
}

export function activeFilters(state: SearchState): ActiveFilter[] {
	return searchFacetNames.flatMap((facet) => (state.filters[facet] ?? []).map((value) => ({ facet, value })))
}

/** Whether the search narrows by anything a visitor can remove: a facet's value or a free-by period. */
export function narrowsResults(state: SearchState): boolean {
	return activeFilters(state).length > 0 || availabilityPeriod(state) !== undefined
}

export function isFilterActive(state: SearchState, facet: SearchFacet, value: string): boolean {
	return state.filters[facet]?.includes(value) ?? false
}

function withFilterValues(state: SearchState, facet: SearchFacet, facetValues: string[]): SearchState {
	const filters = { ...state.filters }
	if (facetValues.length) filters[facet] = facetValues
	else delete filters[facet]
	// Other filters mean other results: page 3 of the old ones means nothing.
	return { ...state, filters, page: 1 }
}

export function toggleFilter(state: SearchState, facet: SearchFacet, value: string): SearchState {
	const current = state.filters[facet] ?? []
	return withFilterValues(
		state,
		facet,
		current.includes(value) ? current.filter((other) => other !== value) : [...current, value],
	)
}

export function removeFilter(state: SearchState, facet: SearchFacet, value: string): SearchState {
	return withFilterValues(
		state,
		facet,
		(state.filters[facet] ?? []).filter((other) => other !== value),
	)
}

export function clearFilters(state: SearchState): SearchState {
	return { ...state, filters: {}, availability: undefined, page: 1 }
}

export function clearAvailability(state: SearchState): SearchState {
	return { ...state, availability: undefined, page: 1 }
}

/** The search narrowed to a period (availabilityPeriod's inverse): one day is "free by", more a period. */
export function withAvailability(state: SearchState, period: { from: string; to: string }): SearchState {
	const availability =
		period.from === period.to ? { availableBy: period.from } : { availableFrom: period.from, availableTo: period.to }
	return { ...state, availability, page: 1 }
}

export function withPage(state: SearchState, page: number): SearchState {
	return { ...state, page }
}
