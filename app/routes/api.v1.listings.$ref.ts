import type { LoaderFunctionArgs } from '@remix-run/node'
import { apiListingByRef } from '~/domain/search/api-listing-by-ref.server.ts'
import { apiCacheHeaders } from '~/http/search.server.ts'
import { apiError } from '~/http/api-error.ts'
import { apiCaller, directoryReaderOf } from '~/http/api-auth.server.ts'

// GET /api/v1/listings/{ref}: counted against the same limit as the list it is an item of.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
	const caller = await apiCaller(request, context, 'search', { scope: 'listings:read' })
	if (caller instanceof Response) return caller
	const ref = params.ref ?? ''
	const listing = await apiListingByRef(ref, directoryReaderOf(caller))
	if (!listing) return apiError(404, { message: `No public listing has the ref ${JSON.stringify(ref.slice(0, 64))}.` })
	return Response.json(listing, { headers: apiCacheHeaders })
}
