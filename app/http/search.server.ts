// The search page and GET /api/v1/listings read the same address the same
// way, through runSearch(), so the API can never disagree with what people see.
import { listTypeAt, type ListingTypeCode } from '~/domain/directory/types.ts'
import { searchHubContent, type HubContentHit } from '~/domain/search/hub-content.server.ts'
import { searchDirectory, type SearchOutcome } from '~/domain/search/run-search.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { toApiListings } from '~/domain/search/api-listing.server.ts'
import type { Viewer } from '~/domain/auth/permissions.ts'
import { getViewer } from './viewer.server.ts'

/** The search a request's address asks for, as the one asking (the session's viewer, or an API token's) may see it, in the page's language. */
export async function runSearch(request: Request, viewer?: Viewer): Promise<SearchOutcome> {
	const { searchParams } = new URL(request.url)
	return searchDirectory(searchParams, viewer ?? (await getViewer(request)), resolveLocale(request).locale)
}

/**
 * What the search page shows: the search, the listing type it is fixed to when
 * it is a list's page, and the hub's own pages (offers, events, news) that
 * match its words.
 */
export type SearchPageData = SearchOutcome & { listType: ListingTypeCode | null; hubContent: HubContentHit[] }

/**
 * The search of /search, or of a list (/facilities, /labs, …), which is the
 * same search with its listing type fixed by the address's path. A list's
 * address has no ?type= of its own: one there is replaced, and the type's
 * filter and counts stay out of the page, which has nothing to choose there.
 */
export async function runPageSearch(request: Request): Promise<SearchPageData> {
	const url = new URL(request.url)
	const listType = listTypeAt(url.pathname) ?? null
	if (!listType) {
		const outcome = await runSearch(request)
		// Above the first page of an all-types search only: a list, or a search within one type, asks for listings.
		const wantsHubContent = outcome.ok && outcome.view.page === 1 && !outcome.view.query.filters.type?.length
		const hubContent =
			outcome.ok && wantsHubContent ? await searchHubContent(outcome.view.query.q, resolveLocale(request).locale) : []
		return { ...outcome, listType, hubContent }
	}
	const params = new URLSearchParams(url.searchParams)
	params.set('type', listType)
	const outcome = await searchDirectory(params, await getViewer(request), resolveLocale(request).locale)
	if (!outcome.ok) return { ...outcome, listType, hubContent: [] }
	const { type: _fixedType, ...filters } = outcome.view.query.filters
	const { type: _typeCounts, ...facets } = outcome.view.facets
	const query = { ...outcome.view.query, filters }
	return { ok: true, view: { ...outcome.view, query, facets }, listType, hubContent: [] }
}

// Public data that changes when curators publish: a short shared cache is harmless.
export const apiCacheHeaders = { 'Cache-Control': 'public, max-age=30' }
// A member's results hold members-only experts: no shared cache may keep them for the next caller.
const memberCacheHeaders = { 'Cache-Control': 'private, max-age=30' }

/** The search page's results as JSON. */
export async function listingsApiResponse(request: Request, viewer?: Viewer): Promise<Response> {
	const outcome = await runSearch(request, viewer)
	if (!outcome.ok) {
		const { message, parameter } = outcome.problem
		return Response.json({ error: { message, parameter } }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
	}
	const { view } = outcome
	const hits = await toApiListings(view.hits)
	return Response.json(
		{
			hits,
			facets: view.facets,
			total: view.total,
			page: view.page,
			pageSize: view.pageSize,
			pageCount: view.pageCount,
			sort: view.query.sort,
			degraded: view.degraded,
			// What the portal understood: the query it searched for after correcting a typo, and whether
			// the results match most but not all of it.
			...(view.correctedQuery ? { correctedQuery: view.correctedQuery } : {}),
			partial: view.partial,
		},
		{ headers: view.audience === 'members' ? memberCacheHeaders : apiCacheHeaders },
	)
}
