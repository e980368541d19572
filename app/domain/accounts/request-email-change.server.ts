import { queueMail } from '~/mail/queue-mail.server.ts'
import { recipientLocale } from '~/mail/recipient-locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { confirmPassword } from '../auth/confirm-password.server.ts'
import { issueUserToken } from '../auth/user-tokens.server.ts'
import type { ChangeEmailInput } from './schemas.ts'

export type EmailChangeRequestResult =
	/**
	 * A confirmation link went to the new address, or (when that address
	 * belongs to another account) nothing did: the answer is the same, so the
	 * form cannot be used to find out who has an account.
	 */
	| { kind: 'confirmation-sent' }
	| { kind: 'same-address' }
	| { kind: 'wrong-password' }
	| { kind: 'rate-limited'; retryAfterSeconds: number }

/** The address changes only when the link sent to the new address is opened (verify-email.server.ts). */
export async function requestEmailChange(
	userId: string,
	input: ChangeEmailInput,
	context: { baseUrl: string; now?: Date },
): Promise<EmailChangeRequestResult> {
	const now = context.now ?? new Date()
	const confirmation = await confirmPassword(userId, input.currentPassword, now)
	if (confirmation.kind === 'wrong') return { kind: 'wrong-password' }
	if (confirmation.kind === 'rate-limited') return confirmation
	return prisma().$transaction(async (tx) => {
		const user = await tx.user.findUniqueOrThrow({
			where: { id: userId },
			select: { email: true, preferredLocale: true },
		})
		if (user.email.toLowerCase() === input.newEmail) return { kind: 'same-address' } as const
		const taken = await tx.user.count({ where: { email: { equals: input.newEmail, mode: 'insensitive' } } })
		if (taken) return { kind: 'confirmation-sent' } as const
		const token = await issueUserToken(tx, { userId, purpose: 'change_email', newEmail: input.newEmail, now })
		await queueMail(tx, 'changeEmail', {
			to: input.newEmail,
			locale: recipientLocale(user.preferredLocale),
			baseUrl: context.baseUrl,
			token,
		})
		return { kind: 'confirmation-sent' } as const
	})
}
