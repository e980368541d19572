import { prisma } from '~/utils/db.server.ts'
import { recordOwnAudit } from '../audit/record-audit.server.ts'
import type { ProfileInput } from './schemas.ts'

export async function updateProfile(userId: string, input: ProfileInput): Promise<void> {
	await prisma().$transaction(async (tx) => {
		await tx.user.update({ where: { id: userId }, data: { name: input.name, preferredLocale: input.preferredLocale } })
		// Which fields changed, never their values: a name is personal data.
		await recordOwnAudit(tx, userId, 'user.profileUpdated', { fields: ['name', 'preferredLocale'] })
	})
}
