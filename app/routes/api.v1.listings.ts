import type { LoaderFunctionArgs } from '@remix-run/node'
import { listingsApiResponse } from '~/http/search.server.ts'
import { apiCaller } from '~/http/api-auth.server.ts'

// GET /api/v1/listings?q=&type=&modality=&service=&phase=&grade=&licence=&kind=&city=&sort=&page=
export async function loader({ request, context }: LoaderFunctionArgs) {
	const caller = await apiCaller(request, context, 'search', { scope: 'listings:read' })
	if (caller instanceof Response) return caller
	return listingsApiResponse(request, caller.token?.viewer)
}
