// GET /api/v1/listings: the search page's results as JSON, through the same
// runSearch() as the page, so the API can never disagree with what people see.
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { runSearch, type SearchHitView } from './run-search.server.ts'

export interface ApiListingHit {
	ref: string
	type: SearchHitView['type']
	name: string
	summary: string | null
	highlights: SearchHitView['highlights']
	/** Absolute: API clients have no page to resolve a path against. */
	url: string
}

// Public data that changes when curators publish: a short shared cache is harmless.
const cacheHeaders = { 'Cache-Control': 'public, max-age=30' }

export async function listingsApiResponse(request: Request): Promise<Response> {
	const outcome = await runSearch(request)
	if (!outcome.ok) {
		const { message, parameter } = outcome.problem
		return Response.json({ error: { message, parameter } }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
	}
	const { view } = outcome
	const origin = publicBaseUrl()
	const hits: ApiListingHit[] = view.hits.map((hit) => ({
		ref: hit.ref,
		type: hit.type,
		name: hit.name,
		summary: hit.summary,
		highlights: hit.highlights,
		url: `${origin}${hit.url}`,
	}))
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
		{ headers: cacheHeaders },
	)
}
