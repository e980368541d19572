import { prisma } from '~/utils/db.server.ts'
import { consumeRateLimit, rateLimitKey, type RateLimitRule } from './rate-limit.server.ts'

// Failed logins slow down whoever makes them, not the account's owner
// (docs/decisions/012). Failures are counted per pair of address typed and
// client address: after a few free ones, each failure doubles the wait before
// that client may try that address again. Someone guessing from elsewhere
// never delays the owner's first attempt from their own computer.

export const loginThrottle = {
	/** Failures of one pair that cost nothing: typos, a caps-lock key, an old password. */
	freeFailures: 5,
	/** The wait after the first failure past the free ones; it doubles with each further failure. */
	firstWaitMs: 1_000,
	maxWaitMs: 15 * 60_000,
	/** A pair that has not failed for this long starts afresh. */
	forgetAfterMs: 24 * 3_600_000,
	/**
	 * Failures of one address across every client. Past this the account is
	 * under a spread-out attack: each client that has failed on it waits at
	 * least `backstopWaitMs` between attempts, which slows guessing from many
	 * addresses but never stops a client that has not failed.
	 */
	accountBackstop: { limit: 100, windowMs: 60 * 60_000 } satisfies RateLimitRule,
	backstopWaitMs: 60_000,
}

function keysOf(email: string, ip: string) {
	const accountKey = rateLimitKey('login:account', email)
	return { accountKey, pairKey: rateLimitKey('login:pair', `${accountKey}|${ip}`) }
}

/** The wait a pair has earned after this many failures. */
export function waitAfterFailures(failures: number): number {
	if (failures <= loginThrottle.freeFailures) return 0
	const doublings = Math.min(failures - loginThrottle.freeFailures - 1, 30)
	return Math.min(loginThrottle.firstWaitMs * 2 ** doublings, loginThrottle.maxWaitMs)
}

export type ThrottleCheck = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Whether this client may try this address now; reading only, so a refused attempt changes nothing. */
export async function checkLoginThrottle(email: string, ip: string, now = new Date()): Promise<ThrottleCheck> {
	const { pairKey } = keysOf(email, ip)
	const row = await prisma().loginThrottle.findUnique({ where: { key: pairKey }, select: { blockedUntil: true } })
	if (!row || row.blockedUntil <= now) return { allowed: true }
	return { allowed: false, retryAfterSeconds: Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000) }
}

/** Counts a failed attempt of this pair and sets the wait it earned. */
export async function recordLoginFailure(email: string, ip: string, now = new Date()): Promise<void> {
	const { accountKey, pairKey } = keysOf(email, ip)
	const backstop = await consumeRateLimit(accountKey, loginThrottle.accountBackstop, now)
	const forgottenBefore = new Date(now.getTime() - loginThrottle.forgetAfterMs)
	// One statement, so concurrent failures of the same pair each count.
	const rows = await prisma().$queryRaw<Array<{ failures: number }>>`
		INSERT INTO "LoginThrottle" ("key", "accountKey", "failures", "lastFailureAt", "blockedUntil")
		VALUES (${pairKey}, ${accountKey}, 1, ${now}, ${now})
		ON CONFLICT ("key") DO UPDATE SET
			"failures" = CASE WHEN "LoginThrottle"."lastFailureAt" < ${forgottenBefore} THEN 1
				ELSE "LoginThrottle"."failures" + 1 END,
			"lastFailureAt" = ${now}
		RETURNING "failures"`
	const failures = rows[0]?.failures ?? 1
	const wait = Math.max(waitAfterFailures(failures), backstop.allowed ? 0 : loginThrottle.backstopWaitMs)
	if (wait > 0) {
		// Never shortened: a concurrent failure may already have set a longer wait.
		await prisma().$executeRaw`
			UPDATE "LoginThrottle" SET "blockedUntil" = GREATEST("blockedUntil", ${new Date(now.getTime() + wait)})
			WHERE "key" = ${pairKey}`
	}
}

/**
 * After a successful login: this client's wait and the account's count of
 * failures across clients are cleared. Other clients keep theirs: the
 * owner signing in must not hand a guesser elsewhere a fresh budget.
 */
export async function clearLoginThrottle(email: string, ip: string): Promise<void> {
	const { accountKey, pairKey } = keysOf(email, ip)
	await prisma().$transaction([
		prisma().loginThrottle.deleteMany({ where: { key: pairKey } }),
		prisma().rateLimitBucket.deleteMany({ where: { key: accountKey } }),
	])
}

/**
 * After a password reset, which proves the mailbox: every wait on the
 * address is cleared, so an owner behind the same address as a guesser (an
 * office, a hospital's network) is not kept waiting by the guesser.
 */
export async function clearAllLoginThrottles(email: string): Promise<void> {
	const accountKey = rateLimitKey('login:account', email)
	await prisma().$transaction([
		prisma().loginThrottle.deleteMany({ where: { accountKey } }),
		prisma().rateLimitBucket.deleteMany({ where: { key: accountKey } }),
	])
}
