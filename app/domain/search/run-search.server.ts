// The search page and the search API both come through here: parse the
// address's parameters, ask searchListings() (the one search code path), and turn hits
// into view objects with their address and what a result card shows.
import { can, type Viewer } from '~/domain/auth/permissions.ts'
import { summarySelect, toListingSummary } from '~/domain/directory/listing-views.server.ts'
import { listingPath, type ListingSummary } from '~/domain/directory/types.ts'
import { visibleListingsWhere, type DirectoryViewer } from '~/domain/directory/viewer.server.ts'
import type { Locale } from '~/i18n/locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { pagination } from '../../../search/index-definition.ts'
import type { SearchAudience } from '../../../search/engine.ts'
import { SearchQueryError, searchListings, type SearchHit } from '../../../search/search-listings.server.ts'
import { explainMatches, type MatchExplanation } from './explain-matches.ts'
import { withUnderstanding, type UnderstoodQuery } from './understood-query.server.ts'
import {
	availabilityPeriod,
	parseSearchParams,
	searchFacetNames,
	type SearchFacet,
	type SearchParamsProblem,
	type SearchState,
} from './search-params.ts'

export interface SearchHitView extends ListingSummary {
	ref: string
	/** The listing's page on this site. */
	url: string
	/** HTML: text escaped, matches wrapped in <mark> (search/highlight.ts). Only fields that matched. */
	highlights: SearchHit['highlights']
	/** Why the listing matched where the words alone do not show it: a concept, a synonym, the other language, its fields. */
	matchedVia: MatchExplanation[]
}

export interface SearchView {
	query: SearchState
	hits: SearchHitView[]
	/** Facet → value → how many results choosing it would give. */
	facets: Partial<Record<SearchFacet, Record<string, number>>>
	total: number
	page: number
	pageSize: number
	pageCount: number
	/** The preferred engine is down and a simpler one answered. */
	degraded: boolean
	/** The query as understood, when a typo was corrected ("Showing results for …"). */
	correctedQuery?: string
	/** No listing matched every part of the query; these match most of it. */
	partial: boolean
	/** Whom the results are for: 'members' when they may hold members-only experts (never cache them for others). */
	audience: SearchAudience
	/** The period the query's words name ("next spring"), when no free-capacity filter is set: the page offers it as one. */
	namedPeriod?: { from: string; to: string; typed: string }
}

export type SearchOutcome = { ok: true; view: SearchView } | { ok: false; problem: SearchParamsProblem }

/**
 * The engine validates again and may still refuse what the schema let
 * through (the two lists drifting apart); that is the caller's mistake too,
 * so it becomes the same kind of problem rather than a 500.
 */
function problemFromEngine(error: SearchQueryError): SearchParamsProblem {
	const issue = error.issues[0] ?? ''
	const parameter = /^(\w+):/.exec(issue)?.[1] ?? (/^unknown sort/.test(issue) ? 'sort' : 'query')
	return { parameter, kind: 'unknownValue', message: `Invalid search: ${error.issues.join('; ')}.` }
}

/** What a card shows beyond the engine's hit (organisation, city, badge), read for the page's hits only. */
async function cardDetails(hits: SearchHit[], directoryViewer: DirectoryViewer): Promise<Map<string, ListingSummary>> {
	if (!hits.length) return new Map()
	const rows = await prisma().listing.findMany({
		// No more than this viewer may see, whatever the engine returned.
		where: { id: { in: hits.map((hit) => hit.id) }, ...visibleListingsWhere(directoryViewer) },
		select: summarySelect(new Date()),
	})
	return new Map(rows.map((row) => [row.id, toListingSummary(row)]))
}

function toHitView(
	hit: SearchHit,
	summary: ListingSummary | undefined,
	understanding: UnderstoodQuery['understanding'],
	locale: Locale,
): SearchHitView {
	const base: ListingSummary = summary ?? {
		id: hit.id,
		type: hit.type,
		slug: hit.slug,
		name: hit.name,
		summary: hit.summary,
		contentLocale: hit.contentLocale,
		translatedSummary: hit.translatedSummary,
		verified: false,
		organization: null,
		city: null,
		title: null,
		tags: [],
		image: null,
	}
	return {
		...base,
		// The hit's own fields were just re-read by searchListings(); they win over the card's.
		name: hit.name,
		summary: hit.summary,
		translatedSummary: hit.translatedSummary,
		ref: hit.ref,
		url: listingPath(hit),
		highlights: hit.highlights,
		matchedVia: understanding ? explainMatches(understanding, hit.matches ?? [], locale) : [],
	}
}

/** One page of results for a search address's parameters, as `viewer` may see them, explained in `locale`. */
export async function searchDirectory(
	searchParams: URLSearchParams,
	viewer: Viewer,
	locale: Locale,
): Promise<SearchOutcome> {
	const parsed = parseSearchParams(searchParams)
	if (!parsed.success) return { ok: false, problem: parsed.problem }
	const query = parsed.query
	try {
		// Members of any organisation and hub staff also find members-only experts; visitors and tokens without member rights do not.
		const directoryViewer: DirectoryViewer = { isMember: can(viewer, 'directory.readMemberFields') }
		const audience: SearchAudience = directoryViewer.isMember ? 'members' : 'public'
		const understood = withUnderstanding({ ...query, locale })
		const available = availabilityPeriod(query)
		const result = await searchListings({ ...understood.query, audience, ...(available ? { available } : {}) })
		const details = await cardDetails(result.hits, directoryViewer)
		const facets: SearchView['facets'] = {}
		for (const facet of searchFacetNames) facets[facet] = result.facets[facet] ?? {}
		// The engine pages through at most maxTotalHits results, however many match.
		const reachable = Math.min(result.total, pagination.maxTotalHits)
		return {
			ok: true,
			view: {
				query,
				hits: result.hits.map((hit) => toHitView(hit, details.get(hit.id), understood.understanding, locale)),
				facets,
				total: result.total,
				page: result.page,
				pageSize: result.pageSize,
				pageCount: Math.max(1, Math.ceil(reachable / result.pageSize)),
				degraded: Boolean(result.degraded),
				...(understood.understanding?.corrected ? { correctedQuery: understood.understanding.corrected } : {}),
				partial: Boolean(result.relaxed),
				audience,
				...(understood.understanding?.period && !available ? { namedPeriod: understood.understanding.period } : {}),
			},
		}
	} catch (error) {
		if (error instanceof SearchQueryError) return { ok: false, problem: problemFromEngine(error) }
		throw error
	}
}
