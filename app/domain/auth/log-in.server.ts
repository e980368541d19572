import type { LoginInput } from '~/domain/accounts/schemas.ts'
import { HONEYPOT_FIELD } from '~/domain/accounts/schemas.ts'
import { prisma } from '~/utils/db.server.ts'
import { hashPassword, needsRehash, verifyPassword } from './password.server.ts'
import { consumeRateLimits, rateLimitKey, rateLimits, refundRateLimit } from './rate-limit.server.ts'
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
 * Signs in with e-mail and password. Every attempt counts against the
 * address it came from and the account it names; a successful one is given
 * back, so the limits only ever stop guessing.
 */
export async function logIn(input: LoginInput, context: LoginContext): Promise<LoginResult> {
	if (input[HONEYPOT_FIELD]) return { kind: 'ignored' }
	const now = context.now ?? new Date()
	const checks = [
		{ key: rateLimitKey('login:ip', context.ip), rule: rateLimits.loginPerIp },
		{ key: rateLimitKey('login:account', input.email), rule: rateLimits.loginPerAccount },
	]
	const limit = await consumeRateLimits(checks, now)
	if (!limit.allowed) return { kind: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds }

	const user = await prisma().user.findFirst({
		where: { email: { equals: input.email, mode: 'insensitive' } },
		select: { id: true, passwordHash: true, disabledAt: true },
	})
	const matches = await verifyPassword(input.password, user?.passwordHash ?? (await decoy()))
	if (!user || !user.passwordHash || !matches || user.disabledAt) return { kind: 'invalid-credentials' }

	await Promise.all(checks.map((check) => refundRateLimit(check.key, check.rule, now)))
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
