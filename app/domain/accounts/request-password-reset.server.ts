import { queueMail } from '~/mail/queue-mail.server.ts'
import { recipientLocale } from '~/mail/recipient-locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { consumeRateLimits, rateLimitKey, rateLimits } from '../auth/rate-limit.server.ts'
import { issueUserToken } from '../auth/user-tokens.server.ts'
import { HONEYPOT_FIELD } from '../auth/honeypot-field.ts'
import type { ForgotPasswordInput } from './schemas.ts'

export type PasswordResetRequestResult =
	/** Always the same answer ("if an account exists, we sent a link"): no account enumeration. */
	{ kind: 'sent-if-exists' } | { kind: 'rate-limited'; retryAfterSeconds: number }

export async function requestPasswordReset(
	input: ForgotPasswordInput,
	context: { ip: string; baseUrl: string; now?: Date },
): Promise<PasswordResetRequestResult> {
	if (input[HONEYPOT_FIELD]) return { kind: 'sent-if-exists' }
	const now = context.now ?? new Date()
	// Per account as well as per address: nobody can flood one mailbox with reset mails.
	const limit = await consumeRateLimits(
		[
			{ key: rateLimitKey('reset:ip', context.ip), rule: rateLimits.resetPerIp },
			{ key: rateLimitKey('reset:account', input.email), rule: rateLimits.resetPerAccount },
		],
		now,
	)
	if (!limit.allowed) return { kind: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds }

	await prisma().$transaction(async (tx) => {
		const user = await tx.user.findFirst({
			where: { email: { equals: input.email, mode: 'insensitive' }, disabledAt: null },
			select: { id: true, email: true, preferredLocale: true },
		})
		if (!user) return
		const token = await issueUserToken(tx, { userId: user.id, purpose: 'reset_password', now })
		const locale = recipientLocale(user.preferredLocale)
		await queueMail(tx, 'resetPassword', { to: user.email, locale, baseUrl: context.baseUrl, token })
	})
	return { kind: 'sent-if-exists' }
}
