import type { ActionFunctionArgs } from '@remix-run/node'
import { getViewer } from '~/http/viewer.server.ts'
import { listingPath } from '~/domain/directory/types.ts'
import { parseMatchRequest } from '~/domain/matching/request-schema.ts'
import { suggestProviders } from '~/domain/matching/suggest-providers.server.ts'
import { apiCaller } from '~/http/api-auth.server.ts'

const MAX_LIMIT = 100

/** POST a match request (interchange shape); get ranked providers with their reasons. */
export async function action({ request, context }: ActionFunctionArgs) {
	if (request.method !== 'POST')
		return Response.json({ error: { message: 'Use POST with a JSON body.' } }, { status: 405 })
	// Suggestions are listings: a token needs the scope that reads them.
	const caller = await apiCaller(request, context, 'suggestions', { scope: 'listings:read' })
	if (caller instanceof Response) return caller
	let body: unknown
	try {
		body = await request.json()
	} catch {
		return Response.json(
			{ error: { message: 'The body must be JSON: a match request with at least a title.' } },
			{ status: 400 },
		)
	}
	const parsed = parseMatchRequest(body)
	if (!parsed.ok) {
		return Response.json(
			{ error: { message: 'The match request is not valid.', issues: parsed.issues } },
			{ status: 400 },
		)
	}
	const limitParam = new URL(request.url).searchParams.get('limit')
	const limit = limitParam === null ? 20 : Number(limitParam)
	if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
		return Response.json(
			{ error: { message: `limit must be a whole number from 1 to ${MAX_LIMIT}`, parameter: 'limit' } },
			{ status: 400 },
		)
	}
	const suggestions = await suggestProviders(parsed.request, {
		viewer: caller.token?.viewer ?? (await getViewer(request)),
		limit,
	})
	return Response.json({
		suggestions: suggestions.map((suggestion) => ({
			ref: suggestion.ref,
			type: suggestion.type,
			name: suggestion.name,
			url: suggestion.slug ? listingPath({ type: suggestion.type, slug: suggestion.slug }) : null,
			score: Number(suggestion.score.toFixed(4)),
			reasons: suggestion.reasons,
		})),
	})
}

export function loader() {
	return Response.json({ error: { message: 'Use POST with a JSON match request.' } }, { status: 405 })
}
