import cors from 'cors'
import type { Request as ExpressRequest, RequestHandler } from 'express'

// Cross-origin access to the API (docs/decisions/026-api-tokens.md): off
// unless CORS_ORIGINS names the origins whose pages may call /api/v1/*.
// Exact origins only, never a wildcard or a pattern; no credentials, so a
// browser never sends the hub's session cookie along and a partner's page
// reads with its own token. The `cors` package answers the preflight.

export const apiPathPrefix = '/api/v1/'

/** Whether this request comes from a page of an origin allowed to call the API. */
export function fromAllowedApiOrigin(req: ExpressRequest, origins: readonly string[]): boolean {
	const origin = req.get('Origin')
	return origin !== undefined && req.path.startsWith(apiPathPrefix) && origins.includes(origin)
}

/** The CORS middleware for /api/v1/*, or null when no origin is configured (no Access-Control-* header is ever sent). */
export function apiCors(origins: readonly string[]): RequestHandler | null {
	if (!origins.length) return null
	const handler = cors({
		// Another origin gets no CORS header at all, as if CORS were off.
		origin: (origin, allow) => allow(null, origin !== undefined && origins.includes(origin) ? origin : false),
		methods: ['GET', 'HEAD', 'POST'],
		allowedHeaders: ['Authorization', 'Content-Type'],
		exposedHeaders: ['Retry-After', 'WWW-Authenticate', 'X-Request-Id'],
		credentials: false,
		maxAge: 600,
	})
	return (req, res, next) => {
		if (!req.path.startsWith(apiPathPrefix)) return next()
		// A cache in front must not hand one origin's answer to another.
		res.vary('Origin')
		handler(req, res, next)
	}
}
