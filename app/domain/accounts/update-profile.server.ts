import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import type { ProfileInput } from './schemas.ts'

export async function updateProfile(userId: string, input: ProfileInput): Promise<void> {
	await prisma().$transaction(async (tx) => {
		await tx.user.update({ where: { id: userId }, data: { name: input.name, preferredLocale: input.preferredLocale } })
		// Which fields changed, never their values: a name is personal data.
		await recordAudit(tx, {
			actorId: userId,
			action: 'user.profileUpdated',
			entityType: 'user',
			entityId: userId,
			changes: { fields: ['name', 'preferredLocale'] },
		})
	})
}
