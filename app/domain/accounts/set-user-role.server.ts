import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import type { PlatformRole } from '../auth/permissions.ts'
import { fieldIssues } from '../messages.ts'
import { RuleError } from '../rules.ts'
import { setUserRoleSchema, type SetUserRoleInput } from './schemas.ts'

/**
 * Operator command: makes someone a coordinator or platform admin, or a plain
 * user again. Takes effect on their next request (roles are read per request).
 */
export async function setUserRole(
	input: SetUserRoleInput,
): Promise<{ email: string; from: PlatformRole; to: PlatformRole }> {
	const parsed = setUserRoleSchema.safeParse(input)
	if (!parsed.success) throw RuleError.invalid(fieldIssues(parsed.error))
	const { email, role } = parsed.data
	return prisma().$transaction(async (tx) => {
		const user = await tx.user.findFirst({
			where: { email: { equals: email, mode: 'insensitive' } },
			select: { id: true, email: true, platformRole: true },
		})
		if (!user) throw new RuleError('user-not-found', 'email', { email })
		if (user.platformRole !== role) {
			await tx.user.update({ where: { id: user.id }, data: { platformRole: role } })
			await recordAudit(tx, {
				actorId: null,
				action: 'user.roleChanged',
				entityType: 'user',
				entityId: user.id,
				changes: { from: user.platformRole, to: role, via: 'operator command' },
			})
		}
		return { email: user.email, from: user.platformRole, to: role }
	})
}
