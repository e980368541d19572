import type { Prisma } from '~/generated/prisma/client.ts'
import { queueMail } from '~/mail/queue-mail.server.ts'
import { mailTo } from '~/mail/recipient-locale.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { recordOwnAudit } from '../audit/record-audit.server.ts'

type Tx = Prisma.TransactionClient

/**
 * Stores an account's new password (already hashed), records it, and tells
 * the owner by mail how it was set: a warning if it was not them. Returns the
 * address told.
 */
export async function storeNewPassword(
	tx: Tx,
	userId: string,
	passwordHash: string,
	options: { how: 'changed' | 'reset'; baseUrl?: string },
): Promise<string> {
	const user = await tx.user.update({
		where: { id: userId },
		data: { passwordHash },
		select: { email: true, name: true, preferredLocale: true },
	})
	await recordOwnAudit(tx, userId, options.how === 'changed' ? 'user.passwordChanged' : 'user.passwordReset')
	await queueMail(tx, 'passwordChanged', {
		...mailTo(user),
		baseUrl: options.baseUrl ?? publicBaseUrl(),
		name: user.name,
		how: options.how,
	})
	return user.email
}

/** A link that came through the mailbox proves the address (once: a later proof keeps the first date). */
export async function markEmailProven(tx: Tx, userId: string, now: Date): Promise<void> {
	await tx.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } })
}
