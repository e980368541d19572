import { clientAddress } from '~/http/client-address.server.ts'
import { consumeRateLimit, rateLimitKey, rateLimits, type RateLimitRule } from '~/domain/auth/rate-limit.server.ts'

// The JSON endpoints count every call: per token when the caller presents
// one, otherwise per client address. Past the limit a client gets what an
// API client can act on: 429, Retry-After, and the error shape every other
// API answer uses.

const apiLimits = {
	search: { perAddress: rateLimits.apiSearchPerIp, perToken: rateLimits.apiSearchPerToken },
	suggestions: { perAddress: rateLimits.apiSuggestionsPerIp, perToken: rateLimits.apiSuggestionsPerToken },
	// Only tokens read requests; an anonymous call is refused before it is counted.
	requests: { perAddress: rateLimits.apiRequestsPerToken, perToken: rateLimits.apiRequestsPerToken },
} as const satisfies Record<string, { perAddress: RateLimitRule; perToken: RateLimitRule }>

export type ApiEndpoint = keyof typeof apiLimits

export const perMinute = (rule: RateLimitRule) => Math.round((rule.limit * 60_000) / rule.windowMs)

/** null when the call may go ahead, otherwise the 429 to answer with. */
export async function apiRateLimitRefusal(
	request: Request,
	context: unknown,
	endpoint: ApiEndpoint,
	tokenId: string | null = null,
): Promise<Response | null> {
	const rule = tokenId ? apiLimits[endpoint].perToken : apiLimits[endpoint].perAddress
	const key = tokenId
		? rateLimitKey(`api:${endpoint}:token`, tokenId)
		: rateLimitKey(`api:${endpoint}`, clientAddress(request, context))
	const result = await consumeRateLimit(key, rule)
	if (result.allowed) return null
	const who = tokenId ? 'for one token' : 'from one address'
	return Response.json(
		{
			error: {
				message: `Too many requests: at most ${perMinute(rule)} a minute ${who}. Try again in ${result.retryAfterSeconds} s.`,
			},
		},
		{ status: 429, headers: { 'Retry-After': String(result.retryAfterSeconds), 'Cache-Control': 'no-store' } },
	)
}
