import type { LoaderFunctionArgs } from '@remix-run/node'
import { listingsApiResponse } from '~/http/search.server.ts'
import { apiRateLimitRefusal } from '~/http/api-rate-limit.server.ts'

// GET /api/v1/listings?q=&type=&modality=&service=&phase=&grade=&licence=&kind=&city=&sort=&page=
export async function loader({ request, context }: LoaderFunctionArgs) {
	return (await apiRateLimitRefusal(request, context, 'search')) ?? listingsApiResponse(request)
}
