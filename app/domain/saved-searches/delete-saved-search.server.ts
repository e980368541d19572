import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { recordOwnAudit } from '../audit/record-audit.server.ts'
import { RuleError } from '../rules.ts'

/** Deletes one of the member's saved searches; someone else's reads as not found. */
export async function deleteSavedSearch(actor: Actor, id: string): Promise<void> {
	await prisma().$transaction(async (tx) => {
		const saved = await tx.savedSearch.findFirst({ where: { id, userId: actor.userId }, select: { name: true } })
		if (!saved) throw new RuleError('saved-search-not-found')
		await tx.savedSearch.delete({ where: { id } })
		await recordOwnAudit(tx, actor.userId, 'user.savedSearchDeleted', { savedSearchId: id, name: saved.name })
	})
}
