import type { Locale } from '~/i18n/locale.ts'
import { queueMail } from '~/mail/queue-mail.server.ts'
import { mailTo } from '~/mail/recipient-locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordOwnAudit } from '../audit/record-audit.server.ts'
import { hashPassword } from '../auth/password.server.ts'
import { consumeRateLimit, rateLimitKey, signupPerIp } from '../auth/rate-limit.server.ts'
import { issueUserToken } from '../auth/user-tokens.server.ts'
import { HONEYPOT_FIELD } from '../auth/honeypot-field.ts'
import { safeRedirectPath } from '../auth/safe-redirect.ts'
import type { SignupInput } from './schemas.ts'
import { isUniqueViolation } from './unique-violation.ts'

export type SignupResult =
	/**
	 * The page says "check your inbox" whether the address was new or already
	 * had an account (that owner gets a mail saying so), and also when the
	 * honeypot caught a bot, so the answer tells nobody anything.
	 */
	{ kind: 'check-inbox' } | { kind: 'rate-limited'; retryAfterSeconds: number }

export interface SignupContext {
	ip: string
	/** The language of the page the person signed up on: their mails and preference. */
	locale: Locale
	/** Where links in mails point (PUBLIC_URL or the request's origin). */
	baseUrl: string
	now?: Date
}

// Pages whose address is itself a one-time link: only the mail's own token is scrubbed once it is handed over.
const oneTimeLinkPage = /^\/(invitations|reset-password|verify-email)(\/|\?|$)/

/** The page someone signed up on the way to (an "Ask the hub" form), for the confirmation to lead back to. */
function returnPath(redirectTo: string | undefined): string | undefined {
	const path = safeRedirectPath(redirectTo, '')
	return path && !oneTimeLinkPage.test(path) ? path : undefined
}

/** Creates an unverified account and queues its verification mail, in one transaction. */
export async function signUp(input: SignupInput, context: SignupContext): Promise<SignupResult> {
	if (input[HONEYPOT_FIELD]) return { kind: 'check-inbox' }
	const now = context.now ?? new Date()
	const limit = await consumeRateLimit(rateLimitKey('signup:ip', context.ip), signupPerIp(), now)
	if (!limit.allowed) return { kind: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds }

	const passwordHash = await hashPassword(input.password)
	try {
		await prisma().$transaction(async (tx) => {
			const existing = await tx.user.findFirst({
				where: { email: { equals: input.email, mode: 'insensitive' } },
				select: { email: true, preferredLocale: true },
			})
			if (existing) {
				await queueMail(tx, 'accountExists', {
					...mailTo(existing),
					baseUrl: context.baseUrl,
				})
				return
			}
			const user = await tx.user.create({
				data: {
					email: input.email,
					name: input.name,
					passwordHash,
					preferredLocale: context.locale,
					createdAt: now,
					updatedAt: now,
				},
				select: { id: true },
			})
			const token = await issueUserToken(tx, { userId: user.id, purpose: 'verify_email', now })
			await queueMail(tx, 'verifyEmail', {
				to: input.email,
				locale: context.locale,
				baseUrl: context.baseUrl,
				name: input.name,
				token,
				next: returnPath(input.redirectTo),
			})
			await recordOwnAudit(tx, user.id, 'user.signedUp')
		})
	} catch (error) {
		// Two sign-ups with one address at the same moment: the loser's owner already got a verification mail.
		if (!isUniqueViolation(error)) throw error
	}
	return { kind: 'check-inbox' }
}
