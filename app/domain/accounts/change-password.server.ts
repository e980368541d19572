import { prisma } from '~/utils/db.server.ts'
import { confirmPassword } from '../auth/confirm-password.server.ts'
import { hashPassword } from '../auth/password.server.ts'
import { endAllSessions } from '../auth/session.server.ts'
import { storeNewPassword } from './account-writes.server.ts'
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
	await prisma().$transaction((tx) =>
		storeNewPassword(tx, userId, passwordHash, { how: 'changed', baseUrl: context.baseUrl }),
	)
	await endAllSessions(userId, { except: context.currentSessionToken ?? undefined })
	return { kind: 'changed' }
}
