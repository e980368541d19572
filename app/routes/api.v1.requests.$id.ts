import type { LoaderFunctionArgs } from '@remix-run/node'
import { apiRequestById } from '~/domain/requests/api-requests.server.ts'
import { apiError } from '~/http/api-error.ts'
import { apiCaller } from '~/http/api-auth.server.ts'

// GET /api/v1/requests/{id}: another organisation's request is 404, as if it did not exist.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
	const caller = await apiCaller(request, context, 'requests', { scope: 'requests:read', tokenRequired: true })
	if (caller instanceof Response) return caller
	const found = await apiRequestById(caller.token!.viewer, params.id ?? '')
	if (!found) return apiError(404, { message: 'No request this token may read has this id.' })
	return Response.json(found, { headers: { 'Cache-Control': 'no-store' } })
}
