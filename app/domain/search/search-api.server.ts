// GET /api/v1/listings: the search page's results as JSON, through the same
// runSearch() as the page, so the API can never disagree with what people see.
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { listingPath } from '../directory/types.ts'
import type { ApiListing } from './api-shapes.server.ts'
import { runSearch } from './run-search.server.ts'

/** An API listing: the page's address made absolute, as API clients have no page to resolve a path against. */
export function toApiListing(listing: Omit<ApiListing, 'url'> & { slug: string }): ApiListing {
	const { ref, type, name, summary, highlights, slug } = listing
	return { ref, type, name, summary, highlights, url: `${publicBaseUrl()}${listingPath({ type, slug })}` }
}

// Public data that changes when curators publish: a short shared cache is harmless.
export const apiCacheHeaders = { 'Cache-Control': 'public, max-age=30' }

export async function listingsApiResponse(request: Request): Promise<Response> {
	const outcome = await runSearch(request)
	if (!outcome.ok) {
		const { message, parameter } = outcome.problem
		return Response.json({ error: { message, parameter } }, { status: 400, headers: { 'Cache-Control': 'no-store' } })
	}
	const { view } = outcome
	const hits = view.hits.map(toApiListing)
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
		{ headers: apiCacheHeaders },
	)
}
