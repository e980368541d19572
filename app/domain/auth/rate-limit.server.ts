import { createHash } from 'node:crypto'
import { prisma } from '~/utils/db.server.ts'
import { env } from '~/utils/env.server.ts'

// Fixed-window counters in PostgreSQL, so every app process shares the same
// limits and a restart does not reset an attacker's budget.

export interface RateLimitRule {
	limit: number
	windowMs: number
}

export const rateLimits = {
	/** Failed logins from one address across every account typed (per account, see login-throttle.server.ts). */
	loginPerIp: { limit: 20, windowMs: 15 * 60_000 },
	/** Wrong passwords a signed-in user may type when asked again (new password, new address, erasure). */
	reauthPerAccount: { limit: 8, windowMs: 15 * 60_000 },
	resetPerIp: { limit: 10, windowMs: 60 * 60_000 },
	resetPerAccount: { limit: 3, windowMs: 60 * 60_000 },
	/** New passwords sent with a reset link: a person needs one or two, a link lives an hour. */
	resetSubmitPerIp: { limit: 20, windowMs: 15 * 60_000 },
	resetSubmitPerLink: { limit: 5, windowMs: 60 * 60_000 },
	verificationResendPerAccount: { limit: 3, windowMs: 60 * 60_000 },
	/** Anonymous API calls per client address (docs/decisions/012): searching is cheap, matching is not. */
	apiSearchPerIp: { limit: 120, windowMs: 60_000 },
	apiSuggestionsPerIp: { limit: 20, windowMs: 60_000 },
	/** API calls with a token count per token instead (docs/decisions/026): a partner system syncs more than a visitor browses. */
	apiSearchPerToken: { limit: 600, windowMs: 60_000 },
	apiSuggestionsPerToken: { limit: 60, windowMs: 60_000 },
	apiRequestsPerToken: { limit: 300, windowMs: 60_000 },
} satisfies Record<string, RateLimitRule>

/** Accounts one client address may create: HUB_SIGNUPS_PER_ADDRESS_HOUR (10 by default) an hour. */
export function signupPerIp(): RateLimitRule {
	return { limit: env().HUB_SIGNUPS_PER_ADDRESS_HOUR, windowMs: 60 * 60_000 }
}

/**
 * A bucket key that does not store who it counts: e-mail addresses and IP
 * addresses are personal data, and a hash is enough to count by.
 */
export function rateLimitKey(scope: string, value: string): string {
	return `${scope}:${createHash('sha256').update(value.trim().toLowerCase()).digest('hex').slice(0, 32)}`
}

export interface RateLimitResult {
	allowed: boolean
	retryAfterSeconds: number
}

/** Counts one attempt under `key` and says whether it is within the rule. */
export async function consumeRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
	const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs)
	const rows = await prisma().$queryRaw<Array<{ hits: number }>>`
		INSERT INTO "RateLimitBucket" ("key", "windowStart", "hits") VALUES (${key}, ${windowStart}, 1)
		ON CONFLICT ("key", "windowStart") DO UPDATE SET "hits" = "RateLimitBucket"."hits" + 1
		RETURNING "hits"`
	const hits = rows[0]?.hits ?? 1
	const retryAfterSeconds = Math.ceil((windowStart.getTime() + rule.windowMs - now.getTime()) / 1000)
	return { allowed: hits <= rule.limit, retryAfterSeconds }
}

/** Several limits at once (per IP and per account); every one is counted. */
export async function consumeRateLimits(checks: Array<{ key: string; rule: RateLimitRule }>, now = new Date()) {
	const results = await Promise.all(checks.map((check) => consumeRateLimit(check.key, check.rule, now)))
	const denied = results.filter((result) => !result.allowed)
	return {
		allowed: denied.length === 0,
		retryAfterSeconds: Math.max(0, ...denied.map((result) => result.retryAfterSeconds)),
	}
}

/**
 * Takes back one counted attempt, e.g. a login that turned out to be right:
 * only failures should use up a budget, or a busy office behind one address
 * (a hospital's NAT) would lock itself out by signing in.
 */
export async function refundRateLimit(key: string, rule: RateLimitRule, now = new Date()) {
	const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs)
	await prisma().rateLimitBucket.updateMany({
		where: { key, windowStart, hits: { gt: 0 } },
		data: { hits: { decrement: 1 } },
	})
}

/** Old windows and login waits are worthless after a day. */
export async function pruneRateLimits(now = new Date()) {
	const dayAgo = new Date(now.getTime() - 24 * 3_600_000)
	await prisma().rateLimitBucket.deleteMany({ where: { windowStart: { lt: dayAgo } } })
	await prisma().loginThrottle.deleteMany({ where: { lastFailureAt: { lt: dayAgo }, blockedUntil: { lt: now } } })
}
