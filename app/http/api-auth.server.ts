// Who calls the API (docs/decisions/026-api-tokens.md). Without an
// Authorization header nothing changes: the caller is whoever the session
// says (usually a visitor) and is counted per address. With one, it must be
// `Bearer <token>` with a live token: anything else is 401, whatever the
// route, so a client never mistakes a broken token for anonymous access. A
// token without the scope a route needs is 403. The token's text goes no
// further than this file: routes see the reader it stands for.
import { authenticateApiToken } from '~/domain/api-tokens/authenticate-api-token.server.ts'
import type { ApiScope } from '~/domain/api-tokens/scopes.ts'
import { can, type Actor } from '~/domain/auth/permissions.ts'
import { visitor, type DirectoryViewer } from '~/domain/directory/viewer.server.ts'
import { apiError } from './api-error.ts'
import { apiRateLimitRefusal, type ApiEndpoint } from './api-rate-limit.server.ts'

export interface ApiCaller {
	/** null: no token, and the route answers as it does for the session (a visitor, mostly). */
	token: { id: string; viewer: Actor } | null
}

function unauthorized(message: string, challenge: string): Response {
	const response = apiError(401, { message })
	response.headers.set('WWW-Authenticate', challenge)
	return response
}

/** The bearer token of a request: undefined without the header, null when it is not `Bearer <one token>`. */
function bearerToken(request: Request): string | null | undefined {
	const header = request.headers.get('Authorization')
	if (header === null) return undefined
	return /^Bearer +([!-~]+)$/i.exec(header.trim())?.[1] ?? null
}

/**
 * The caller of an API route let through, or the refusal to answer with:
 * 401 (no token where one is required, or one that is malformed, unknown,
 * expired or revoked), 403 (the token lacks `scope`), 429 (its limit).
 */
export async function apiCaller(
	request: Request,
	context: unknown,
	endpoint: ApiEndpoint,
	need: { scope?: ApiScope; tokenRequired?: boolean } = {},
): Promise<ApiCaller | Response> {
	const presented = bearerToken(request)
	if (presented === undefined) {
		if (need.tokenRequired)
			return unauthorized('This operation needs an API token: send "Authorization: Bearer <token>".', 'Bearer')
		return (await apiRateLimitRefusal(request, context, endpoint)) ?? { token: null }
	}
	const authentication = presented ? await authenticateApiToken(presented) : ({ kind: 'refused' } as const)
	if (authentication.kind === 'refused')
		return unauthorized('The API token is malformed, unknown, expired or revoked.', 'Bearer error="invalid_token"')
	if (need.scope && !authentication.scopes.includes(need.scope)) {
		const response = apiError(403, { message: `This API token may not do this: it needs the scope ${need.scope}.` })
		response.headers.set('WWW-Authenticate', `Bearer error="insufficient_scope", scope="${need.scope}"`)
		return response
	}
	return (
		(await apiRateLimitRefusal(request, context, endpoint, authentication.tokenId)) ?? {
			token: { id: authentication.tokenId, viewer: authentication.viewer },
		}
	)
}

/** The directory's view of a caller: a token reads what its owner's members may; anyone else what visitors may. */
export function directoryReaderOf(caller: ApiCaller): DirectoryViewer {
	return caller.token ? { isMember: can(caller.token.viewer, 'directory.readMemberFields') } : visitor
}
