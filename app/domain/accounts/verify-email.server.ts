import { queueMail } from '~/mail/queue-mail.server.ts'
import { mailTo } from '~/mail/recipient-locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { recordOwnAudit } from '../audit/record-audit.server.ts'
import { endAllSessions } from '../auth/session.server.ts'
import { consumeUserToken, findUsableToken } from '../auth/user-tokens.server.ts'
import { markEmailProven } from './account-writes.server.ts'
import { isUniqueViolation } from './unique-violation.ts'

// One page, /verify-email, serves both mails that prove an address: the
// sign-up confirmation and the confirmation of a new address. Opening the
// link shows a button; pressing it uses the link up. (Mail scanners that
// fetch every link would otherwise spend it before the person clicks.)

export type EmailLinkKind = 'verify_email' | 'change_email'
const purposes = ['verify_email', 'change_email'] as const

/** What the link would do, without using it. */
export async function inspectEmailLink(
	token: string,
): Promise<{ kind: EmailLinkKind; newEmail: string | null } | null> {
	const row = await findUsableToken(token, purposes)
	if (!row || row.purpose === 'reset_password') return null
	return { kind: row.purpose, newEmail: row.newEmail }
}

export type ConfirmEmailResult =
	| { kind: 'verified' }
	| { kind: 'email-changed' }
	/** Unknown, used or expired. */
	| { kind: 'invalid-link' }
	/** Someone else took the new address between the request and the click. */
	| { kind: 'email-taken' }

class AddressTaken extends Error {}

export async function confirmEmailLink(
	token: string,
	options: { currentSessionToken?: string | null; now?: Date; baseUrl?: string } = {},
): Promise<ConfirmEmailResult> {
	const now = options.now ?? new Date()
	let changedUserId: string | undefined
	try {
		const result = await prisma().$transaction(async (tx): Promise<ConfirmEmailResult> => {
			const row = await consumeUserToken(tx, token, purposes, now)
			if (!row) return { kind: 'invalid-link' }
			if (row.purpose === 'change_email' && row.newEmail) {
				const taken = await tx.user.count({
					where: { email: { equals: row.newEmail, mode: 'insensitive' }, NOT: { id: row.userId } },
				})
				// A refusal writes nothing, the link included: roll the transaction back.
				if (taken) throw new AddressTaken()
				const before = await tx.user.findUniqueOrThrow({
					where: { id: row.userId },
					select: { email: true, name: true, preferredLocale: true },
				})
				await tx.user.update({ where: { id: row.userId }, data: { email: row.newEmail, emailVerifiedAt: now } })
				// The old address is told: if someone else made the change, it is the owner's only warning.
				await queueMail(tx, 'emailChanged', {
					...mailTo(before),
					baseUrl: options.baseUrl ?? publicBaseUrl(),
					name: before.name,
					newEmail: row.newEmail,
				})
				await recordOwnAudit(tx, row.userId, 'user.emailChanged')
				changedUserId = row.userId
				return { kind: 'email-changed' }
			}
			await markEmailProven(tx, row.userId, now)
			await recordOwnAudit(tx, row.userId, 'user.emailVerified')
			return { kind: 'verified' }
		})
		// The sign-in address changed: every other browser signs in again with it.
		if (changedUserId) await endAllSessions(changedUserId, { except: options.currentSessionToken ?? undefined })
		return result
	} catch (error) {
		if (error instanceof AddressTaken || isUniqueViolation(error)) return { kind: 'email-taken' }
		throw error
	}
}
