import { apiCacheHeaders } from '~/http/search.server.ts'
import { openApiDocument } from '~/http/openapi/document.server.ts'

// GET /api/v1/openapi.json: the API's description, for client generators and /api/docs.
export function loader() {
	return Response.json(openApiDocument(), { headers: apiCacheHeaders })
}
