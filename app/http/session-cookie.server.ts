import { servedOverHttps as publicUrlIsHttps } from '~/utils/public-url.server.ts'
import { readCookie } from './cookies.ts'

// The session as HTTP carries it: the cookie's name, its attributes, and the
// token read back from a request. What a token means is the domain's
// (app/domain/auth/session.server.ts).

/** The session cookie's name on plain http (development, tests, a portal without TLS). */
export const SESSION_COOKIE = 'hub_session'

/**
 * Its name over https. The prefix makes browsers accept the cookie only with
 * Secure, Path=/ and no Domain, so neither a sibling subdomain nor a
 * man-in-the-middle on plain http can plant a session cookie of their own.
 */
export const SECURE_SESSION_COOKIE = '__Host-hub_session'

/**
 * Whether visitors reach the portal over https: PUBLIC_URL says so (a proxy
 * in front terminates TLS), or the request came over https (Express sets the
 * protocol from X-Forwarded-Proto only when TRUST_PROXY allows it).
 */
function servedOverHttps(request?: Request): boolean {
	if (request && new URL(request.url).protocol === 'https:') return true
	return publicUrlIsHttps()
}

/** The name the session cookie has for this request; reading accepts only that one. */
export function sessionCookieName(request?: Request): string {
	return servedOverHttps(request) ? SECURE_SESSION_COOKIE : SESSION_COOKIE
}

function cookieAttributes(request?: Request): string {
	return `Path=/; HttpOnly; SameSite=Lax${servedOverHttps(request) ? '; Secure' : ''}`
}

export function sessionCookie(token: string, expiresAt: Date, request?: Request): string {
	return `${sessionCookieName(request)}=${token}; ${cookieAttributes(request)}; Expires=${expiresAt.toUTCString()}`
}

export function clearedSessionCookie(request?: Request): string {
	return `${sessionCookieName(request)}=; ${cookieAttributes(request)}; Max-Age=0`
}

/** The session token the request carries under this request's cookie name, if any. */
export function sessionToken(request: Request): string | undefined {
	return readCookie(request.headers.get('Cookie'), sessionCookieName(request))
}
