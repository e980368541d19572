import { queueMail } from '~/mail/queue-mail.server.ts'
import { recipientLocale } from '~/mail/recipient-locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { confirmPassword } from '../auth/confirm-password.server.ts'
import { hashPassword } from '../auth/password.server.ts'
import { endAllSessions } from '../auth/session.server.ts'
import type { ChangePasswordInput } from './schemas.ts'

export type ChangePasswordResult =
	{ kind: 'changed' } | { kind: 'wrong-password' } | { kind: 'rate-limited'; retryAfterSeconds: number }

/**
 * New password after the current one; every other session of the account
 * ends, this one stays, and the owner is told by mail.
 */
export async function changePassword(
	userId: string,
	input: ChangePasswordInput,
	context: { currentSessionToken?: string | null; now?: Date; baseUrl?: string } = {},
): Promise<ChangePasswordResult> {
	const confirmation = await confirmPassword(userId, input.currentPassword, context.now)
	if (confirmation.kind === 'wrong') return { kind: 'wrong-password' }
	if (confirmation.kind === 'rate-limited') return confirmation
	const passwordHash = await hashPassword(input.newPassword)
	await prisma().$transaction(async (tx) => {
		const user = await tx.user.update({
			where: { id: userId },
			data: { passwordHash },
			select: { email: true, name: true, preferredLocale: true },
		})
		await recordAudit(tx, { actorId: userId, action: 'user.passwordChanged', entityType: 'user', entityId: userId })
		await queueMail(tx, 'passwordChanged', {
			to: user.email,
			locale: recipientLocale(user.preferredLocale),
			baseUrl: context.baseUrl ?? publicBaseUrl(),
			name: user.name,
			how: 'changed',
		})
	})
	await endAllSessions(userId, { except: context.currentSessionToken ?? undefined })
	return { kind: 'changed' }
}
