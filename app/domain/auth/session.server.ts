import { createHash, randomBytes } from 'node:crypto'
import { env } from '~/utils/env.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { servedOverHttps as publicUrlIsHttps } from '~/utils/public-url.server.ts'

// Sessions are database rows; the cookie carries a random token and the
// database only its SHA-256, so a leaked database cannot be replayed as cookies.

/** lastSeenAt is refreshed at most this often, so reading a page is not a write. */
const TOUCH_INTERVAL_MS = 60_000

export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex')
}

export function newToken(): string {
	return randomBytes(32).toString('base64url')
}

export interface SessionPolicy {
	idleMs: number
	absoluteMs: number
}

export function sessionPolicy(): SessionPolicy {
	const settings = env()
	return {
		idleMs: settings.SESSION_IDLE_HOURS * 3_600_000,
		absoluteMs: settings.SESSION_ABSOLUTE_DAYS * 86_400_000,
	}
}

/**
 * Starts a fresh session. Login always calls this (after ending the session
 * the browser presented), so a session id fixed before login is never reused.
 */
export async function startSession(
	userId: string,
	options: { userAgent?: string | null; replacingToken?: string | null; now?: Date; policy?: SessionPolicy } = {},
): Promise<{ token: string; expiresAt: Date }> {
	const now = options.now ?? new Date()
	const policy = options.policy ?? sessionPolicy()
	const token = newToken()
	const expiresAt = new Date(now.getTime() + policy.absoluteMs)
	await prisma().$transaction(async (tx) => {
		if (options.replacingToken) await tx.session.deleteMany({ where: { tokenHash: hashToken(options.replacingToken) } })
		await tx.session.create({
			data: {
				tokenHash: hashToken(token),
				userId,
				createdAt: now,
				lastSeenAt: now,
				expiresAt,
				userAgent: options.userAgent?.slice(0, 300) ?? null,
			},
		})
	})
	return { token, expiresAt }
}

export interface SessionUser {
	sessionId: string
	userId: string
}

/** The user behind a session token, or null when the session is unknown, idle too long, expired, or the user is disabled. */
export async function resolveSession(
	token: string | null | undefined,
	options: { now?: Date; policy?: SessionPolicy } = {},
): Promise<SessionUser | null> {
	if (!token) return null
	const now = options.now ?? new Date()
	const policy = options.policy ?? sessionPolicy()
	const session = await prisma().session.findUnique({
		where: { tokenHash: hashToken(token) },
		select: { id: true, userId: true, lastSeenAt: true, expiresAt: true, user: { select: { disabledAt: true } } },
	})
	if (!session) return null
	const idleSince = now.getTime() - session.lastSeenAt.getTime()
	if (session.expiresAt <= now || idleSince > policy.idleMs || session.user.disabledAt) {
		await prisma().session.deleteMany({ where: { id: session.id } })
		return null
	}
	if (idleSince > TOUCH_INTERVAL_MS) {
		await prisma().session.updateMany({ where: { id: session.id }, data: { lastSeenAt: now } })
	}
	return { sessionId: session.id, userId: session.userId }
}

export async function endSession(token: string | null | undefined) {
	if (!token) return
	await prisma().session.deleteMany({ where: { tokenHash: hashToken(token) } })
}

/** Logout everywhere: after a password change, an e-mail change, or when an account is disabled. */
export async function endAllSessions(userId: string, options: { except?: string } = {}) {
	await prisma().session.deleteMany({
		where: { userId, ...(options.except ? { NOT: { tokenHash: hashToken(options.except) } } : {}) },
	})
}

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
