import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { endAllSessions } from '../auth/session.server.ts'
import { RuleError } from '../rules.ts'
import { emailSchema } from '../auth/account-fields.ts'

/**
 * Operator command: disables an account (it can no longer sign in, and every
 * session ends now) or enables it again. Nothing is deleted.
 */
export async function setUserDisabled(input: {
	email: string
	disabled: boolean
}): Promise<{ email: string; disabled: boolean }> {
	const parsed = emailSchema.safeParse(input.email)
	if (!parsed.success) throw new RuleError('not-an-email', 'email', { value: input.email })
	const user = await prisma().$transaction(async (tx) => {
		const found = await tx.user.findFirst({
			where: { email: { equals: parsed.data, mode: 'insensitive' } },
			select: { id: true, email: true, disabledAt: true },
		})
		if (!found) throw new RuleError('user-not-found', 'email', { email: parsed.data })
		if (Boolean(found.disabledAt) !== input.disabled) {
			await tx.user.update({ where: { id: found.id }, data: { disabledAt: input.disabled ? new Date() : null } })
			await recordAudit(tx, {
				actorId: null,
				action: input.disabled ? 'user.disabled' : 'user.enabled',
				entityType: 'user',
				entityId: found.id,
				changes: { via: 'operator command' },
			})
		}
		return found
	})
	if (input.disabled) await endAllSessions(user.id)
	return { email: user.email, disabled: input.disabled }
}
