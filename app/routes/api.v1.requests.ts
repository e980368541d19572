import type { LoaderFunctionArgs } from '@remix-run/node'
import { apiRequests } from '~/domain/requests/api-requests.server.ts'
import { apiError } from '~/http/api-error.ts'
import { apiCaller } from '~/http/api-auth.server.ts'

// GET /api/v1/requests?page=: the match requests the token's owner follows, newest first.
export async function loader({ request, context }: LoaderFunctionArgs) {
	const caller = await apiCaller(request, context, 'requests', { scope: 'requests:read', tokenRequired: true })
	if (caller instanceof Response) return caller
	const pageParam = new URL(request.url).searchParams.get('page') ?? '1'
	const page = /^[1-9]\d{0,5}$/.test(pageParam) ? Number(pageParam) : null
	if (page === null)
		return apiError(400, { message: 'page must be a whole number from 1 to 999999.', parameter: 'page' })
	return Response.json(await apiRequests(caller.token!.viewer, page), { headers: { 'Cache-Control': 'no-store' } })
}
