import type { LoaderFunctionArgs } from '@remix-run/node'
import { listingsApiResponse } from '~/domain/search/search-api.server.ts'

// GET /api/v1/listings?q=&type=&modality=&service=&phase=&grade=&licence=&kind=&city=&sort=&page=
export function loader({ request }: LoaderFunctionArgs) {
	return listingsApiResponse(request)
}
