import { prisma } from '~/utils/db.server.ts'
import { verifyPassword } from './password.server.ts'
import { consumeRateLimit, rateLimitKey, rateLimits, refundRateLimit } from './rate-limit.server.ts'

export type PasswordConfirmation =
	{ kind: 'confirmed' } | { kind: 'wrong' } | { kind: 'rate-limited'; retryAfterSeconds: number }

/**
 * Asks a signed-in user for their password again before something that a
 * borrowed or stolen session must not do alone (new password, new address,
 * erasure). Wrong guesses count like failed logins of that account.
 */
export async function confirmPassword(
	userId: string,
	password: string,
	now = new Date(),
): Promise<PasswordConfirmation> {
	const key = rateLimitKey('reauth:account', userId)
	const limit = await consumeRateLimit(key, rateLimits.reauthPerAccount, now)
	if (!limit.allowed) return { kind: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds }
	const user = await prisma().user.findUnique({ where: { id: userId }, select: { passwordHash: true } })
	if (!user?.passwordHash || !(await verifyPassword(password, user.passwordHash))) return { kind: 'wrong' }
	await refundRateLimit(key, rateLimits.reauthPerAccount, now)
	return { kind: 'confirmed' }
}
