import { prisma } from '~/utils/db.server.ts'
import { hashPassword } from '../auth/password.server.ts'
import { clearAllLoginThrottles } from '../auth/login-throttle.server.ts'
import { consumeRateLimits, rateLimitKey, rateLimits } from '../auth/rate-limit.server.ts'
import { endAllSessions, hashToken } from '../auth/session.server.ts'
import { consumeUserToken, findUsableToken } from '../auth/user-tokens.server.ts'
import { markEmailProven, storeNewPassword } from './account-writes.server.ts'
import type { ResetPasswordInput } from './schemas.ts'

/** Whether a reset link still works, for the page that shows the form. */
export async function isResetLinkUsable(token: string): Promise<boolean> {
	return Boolean(await findUsableToken(token, ['reset_password']))
}

export type ResetPasswordResult =
	{ kind: 'reset' } | { kind: 'invalid-link' } | { kind: 'rate-limited'; retryAfterSeconds: number }

/**
 * Sets a new password through a one-time, one-hour link and signs the
 * account out everywhere: whoever knew the old password is out, and the
 * owner is told by mail. The link
 * came through the mailbox, so it also proves the address, and the waits
 * that failed logins earned on it are cleared.
 *
 * Hashing a password costs 128 MiB and a noticeable moment, so it happens
 * only for a link that works, and only a few times per address and link.
 */
export async function resetPassword(
	input: ResetPasswordInput,
	options: { ip: string; now?: Date; baseUrl?: string },
): Promise<ResetPasswordResult> {
	const now = options.now ?? new Date()
	const limit = await consumeRateLimits(
		[
			{ key: rateLimitKey('reset-submit:ip', options.ip), rule: rateLimits.resetSubmitPerIp },
			{ key: rateLimitKey('reset-submit:link', hashToken(input.token)), rule: rateLimits.resetSubmitPerLink },
		],
		now,
	)
	if (!limit.allowed) return { kind: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds }
	if (!(await findUsableToken(input.token, ['reset_password'], now))) return { kind: 'invalid-link' }
	const passwordHash = await hashPassword(input.password)
	const changed = await prisma().$transaction(async (tx) => {
		const row = await consumeUserToken(tx, input.token, ['reset_password'], now)
		if (!row) return null
		const email = await storeNewPassword(tx, row.userId, passwordHash, { how: 'reset', baseUrl: options.baseUrl })
		await markEmailProven(tx, row.userId, now)
		return { userId: row.userId, email }
	})
	// Used up by a request that was faster between the look-up and now.
	if (!changed) return { kind: 'invalid-link' }
	await endAllSessions(changed.userId)
	await clearAllLoginThrottles(changed.email)
	return { kind: 'reset' }
}
