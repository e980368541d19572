import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { hashPassword } from '../auth/password.server.ts'
import { endAllSessions } from '../auth/session.server.ts'
import { consumeUserToken, findUsableToken } from '../auth/user-tokens.server.ts'
import type { ResetPasswordInput } from './schemas.ts'

/** Whether a reset link still works, for the page that shows the form. */
export async function isResetLinkUsable(token: string): Promise<boolean> {
	return Boolean(await findUsableToken(token, ['reset_password']))
}

export type ResetPasswordResult = { kind: 'reset' } | { kind: 'invalid-link' }

/**
 * Sets a new password through a one-time, one-hour link and signs the
 * account out everywhere: whoever knew the old password is out. The link
 * came through the mailbox, so it also proves the address.
 */
export async function resetPassword(
	input: ResetPasswordInput,
	options: { now?: Date } = {},
): Promise<ResetPasswordResult> {
	const now = options.now ?? new Date()
	const passwordHash = await hashPassword(input.password)
	const userId = await prisma().$transaction(async (tx) => {
		const row = await consumeUserToken(tx, input.token, ['reset_password'], now)
		if (!row) return null
		await tx.user.update({ where: { id: row.userId }, data: { passwordHash } })
		await tx.user.updateMany({ where: { id: row.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } })
		await recordAudit(tx, {
			actorId: row.userId,
			action: 'user.passwordReset',
			entityType: 'user',
			entityId: row.userId,
		})
		return row.userId
	})
	if (!userId) return { kind: 'invalid-link' }
	await endAllSessions(userId)
	return { kind: 'reset' }
}
