// What the Meilisearch engine sends and reads back: a portal query as
// Meilisearch search queries (the page, and one per facet for its disjunctive
// counts), and a formatted hit as the portal's SearchHit.
import type { MultiSearchQuery } from 'meilisearch'
import { blankDocumentFields, type NormalizedSearchQuery, type SearchDocument, type SearchHit } from '../engine.ts'
import { tokenize } from '~/utils/text.ts'
import { conceptToken } from '../concepts.ts'
import { hitOf, queryMatcher } from '../hits.ts'
import { CROP_WORDS, facets, highlightAttributes, SUPPLIERS_FIRST, type FacetName } from '../index-definition.ts'
import { MARK_END, MARK_START } from '../text.ts'
import { buildFilter } from './filter.ts'

export type Formatted = Partial<SearchDocument> &
	Pick<SearchDocument, 'id' | 'ref' | 'type' | 'slug' | 'name'> & {
		_formatted?: Partial<Record<(typeof highlightAttributes)[number], unknown>>
	}

/** The words Meilisearch marked (typo corrections and prefixes it matched), so the shared highlighter marks them too. */
function markedWords(hit: Formatted): string[] {
	const words: string[] = []
	for (const attribute of highlightAttributes) {
		const marked = hit._formatted?.[attribute]
		if (typeof marked !== 'string') continue
		for (const [, inside] of marked.matchAll(new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g')))
			words.push(...tokenize(inside ?? ''))
	}
	return words
}

/** The document of a hit, with what the index holds for every field it did not send. */
function documentOfHit(hit: Formatted): SearchDocument {
	const { _formatted: _ignored, ...fields } = hit
	return { ...blankDocumentFields, ...fields }
}

export function hitOfFormatted(hit: Formatted, query: NormalizedSearchQuery, hasText: boolean): SearchHit {
	const matcher = hasText ? queryMatcher(query, { words: markedWords(hit) }) : undefined
	return hitOf(documentOfHit(hit), matcher, query.plan?.concepts ?? [])
}

/**
 * The multi-search for one query: the page with the counts of unfiltered
 * facets, plus one count-only query per filtered facet under the other
 * filters (disjunctive counts, as the PostgreSQL engine computes them).
 */
export function meilisearchQueries(
	indexUid: string,
	query: NormalizedSearchQuery,
	strategy: 'all' | 'frequency' = 'all',
): {
	main: MultiSearchQuery
	facetQueries: Array<{ attribute: string; query: MultiSearchQuery }>
} {
	const filtered = facets.filter((facet) => query.filters[facet.name]?.length)
	const sort =
		query.sort === 'updated'
			? ['updatedAtTs:desc']
			: query.sort === 'name' || query.q === ''
				? ['nameSort:asc']
				: query.plan?.suppliersFirst
					? // Only "supplier" asked: no relevance to order the kinds' listings by, so their names do (as in PostgreSQL).
						[...SUPPLIERS_FIRST, ...(planText(query.plan).trim() ? [] : ['nameSort:asc'])]
					: undefined
	const q = query.plan ? planText(query.plan) : query.q
	const main: MultiSearchQuery = {
		indexUid,
		q,
		filter: buildFilter(query.filters, { audience: query.audience, available: query.available }),
		facets: facets.filter((facet) => !filtered.includes(facet)).map((facet) => facet.attribute),
		page: query.page,
		hitsPerPage: query.pageSize,
		...(sort ? { sort } : {}),
		matchingStrategy: strategy,
		// The whole document (never a member-only field: documents.server.ts): the shared highlighter and the concept matches read it.
		attributesToRetrieve: ['*'],
		attributesToHighlight: [...highlightAttributes],
		attributesToCrop: ['description'],
		cropLength: CROP_WORDS,
		cropMarker: '…',
		highlightPreTag: MARK_START,
		highlightPostTag: MARK_END,
	}
	const facetQueries = filtered.map((facet) => ({
		attribute: facet.attribute,
		query: {
			indexUid,
			q,
			filter: buildFilter(query.filters, {
				except: facet.name as FacetName,
				audience: query.audience,
				available: query.available,
			}),
			facets: [facet.attribute],
			limit: 0,
			matchingStrategy: strategy,
		} satisfies MultiSearchQuery,
	}))
	return { main, facetQueries }
}

/**
 * A plan as Meilisearch's query text: each concept as its token (documents
 * carry it in their concept fields), then the words to match as typed; a
 * trailing space when the last word is complete, so it is no prefix.
 */
export function planText(plan: NonNullable<NormalizedSearchQuery['plan']>): string {
	const text = [...plan.concepts.map(conceptToken), ...plan.words].join(' ')
	return plan.prefixLast ? text : `${text} `
}
