import { HONEYPOT_FIELD } from './honeypot-field.ts'
import type { LoginInput } from './login-schema.ts'
import { prisma } from '~/utils/db.server.ts'
import { hashPassword, needsRehash, verifyPassword } from './password.server.ts'
import { checkLoginThrottle, clearLoginThrottle, recordLoginFailure } from './login-throttle.server.ts'
import { consumeRateLimit, rateLimitKey, rateLimits, refundRateLimit } from './rate-limit.server.ts'
import { startSession } from './session.server.ts'

export type LoginResult =
	| { kind: 'signed-in'; userId: string; token: string; expiresAt: Date }
	/** Unknown address, wrong password or disabled account: the page says the same for all three. */
	| { kind: 'invalid-credentials' }
	| { kind: 'rate-limited'; retryAfterSeconds: number }
	/** The honeypot was filled in: a bot. Nothing happened. */
	| { kind: 'ignored' }

export interface LoginContext {
	ip: string
	userAgent?: string | null
	/** The session token the browser presented before login; it is ended (rotation). */
	replacingToken?: string | null
	now?: Date
}

// Checking an unknown address must cost what checking a known one costs, or
// the response time tells which addresses have accounts.
let decoyHash: Promise<string> | undefined
function decoy() {
	decoyHash ??= hashPassword('decoy password that matches nothing')
	return decoyHash
}

/**
 * Signs in with e-mail and password. A client that keeps failing on one
 * address is made to wait longer and longer (login-throttle.server.ts); one
 * address trying many accounts is limited too. Both limits only ever stop
 * the one guessing: an attempt from elsewhere is checked as usual, and a
 * success clears this client's wait.
 */
export async function logIn(input: LoginInput, context: LoginContext): Promise<LoginResult> {
	if (input[HONEYPOT_FIELD]) return { kind: 'ignored' }
	const now = context.now ?? new Date()
	const throttle = await checkLoginThrottle(input.email, context.ip, now)
	if (!throttle.allowed) return { kind: 'rate-limited', retryAfterSeconds: throttle.retryAfterSeconds }
	// Counted before the password is checked and given back on success, so a
	// burst of parallel guesses from one address is cut off before it costs
	// hundreds of password hashes.
	const perIp = { key: rateLimitKey('login:ip', context.ip), rule: rateLimits.loginPerIp }
	const limit = await consumeRateLimit(perIp.key, perIp.rule, now)
	if (!limit.allowed) return { kind: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds }

	const user = await prisma().user.findFirst({
		where: { email: { equals: input.email, mode: 'insensitive' } },
		select: { id: true, passwordHash: true, disabledAt: true },
	})
	const matches = await verifyPassword(input.password, user?.passwordHash ?? (await decoy()))
	if (!user || !user.passwordHash || !matches || user.disabledAt) {
		// The wait runs from the answer, not from the start of a check that may have taken a while.
		await recordLoginFailure(input.email, context.ip, context.now ?? new Date())
		return { kind: 'invalid-credentials' }
	}

	await Promise.all([refundRateLimit(perIp.key, perIp.rule, now), clearLoginThrottle(input.email, context.ip)])
	if (needsRehash(user.passwordHash)) {
		await prisma().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password) } })
	}
	const session = await startSession(user.id, {
		userAgent: context.userAgent,
		replacingToken: context.replacingToken,
		now,
	})
	return { kind: 'signed-in', userId: user.id, ...session }
}
