import { clientAddress } from '~/domain/auth/client-address.server.ts'
import { consumeRateLimit, rateLimitKey, rateLimits } from '~/domain/auth/rate-limit.server.ts'

// The anonymous JSON endpoints count every call per client address; past the
// limit a client gets what an API client can act on: 429, Retry-After, and
// the error shape every other API answer uses.

const apiLimits = {
	search: rateLimits.apiSearchPerIp,
	suggestions: rateLimits.apiSuggestionsPerIp,
} as const

/** null when the call may go ahead, otherwise the 429 to answer with. */
export async function apiRateLimitRefusal(
	request: Request,
	context: unknown,
	endpoint: keyof typeof apiLimits,
): Promise<Response | null> {
	const rule = apiLimits[endpoint]
	const result = await consumeRateLimit(rateLimitKey(`api:${endpoint}`, clientAddress(request, context)), rule)
	if (result.allowed) return null
	const perMinute = Math.round((rule.limit * 60_000) / rule.windowMs)
	return Response.json(
		{
			error: {
				message: `Too many requests: at most ${perMinute} a minute from one address. Try again in ${result.retryAfterSeconds} s.`,
			},
		},
		{ status: 429, headers: { 'Retry-After': String(result.retryAfterSeconds), 'Cache-Control': 'no-store' } },
	)
}
