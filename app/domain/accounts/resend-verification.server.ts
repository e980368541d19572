import { queueMail } from '~/mail/queue-mail.server.ts'
import { mailTo } from '~/mail/recipient-locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { consumeRateLimit, rateLimitKey, rateLimits } from '../auth/rate-limit.server.ts'
import { issueUserToken } from '../auth/user-tokens.server.ts'

export type ResendVerificationResult =
	{ kind: 'sent' } | { kind: 'already-verified' } | { kind: 'rate-limited'; retryAfterSeconds: number }

/** A new confirmation link for a signed-in, unverified account; the previous link stops working. */
export async function resendVerification(
	userId: string,
	context: { baseUrl: string; now?: Date },
): Promise<ResendVerificationResult> {
	const now = context.now ?? new Date()
	const user = await prisma().user.findUniqueOrThrow({
		where: { id: userId },
		select: { email: true, name: true, preferredLocale: true, emailVerifiedAt: true },
	})
	if (user.emailVerifiedAt) return { kind: 'already-verified' }
	const limit = await consumeRateLimit(
		rateLimitKey('verify-resend:account', userId),
		rateLimits.verificationResendPerAccount,
		now,
	)
	if (!limit.allowed) return { kind: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds }
	await prisma().$transaction(async (tx) => {
		const token = await issueUserToken(tx, { userId, purpose: 'verify_email', now })
		await queueMail(tx, 'verifyEmail', {
			...mailTo(user),
			baseUrl: context.baseUrl,
			name: user.name,
			token,
		})
	})
	return { kind: 'sent' }
}
