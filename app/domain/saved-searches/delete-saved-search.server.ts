import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'

/** Deletes one of the member's saved searches; someone else's reads as not found. */
export async function deleteSavedSearch(actor: Actor, id: string): Promise<void> {
	const { count } = await prisma().savedSearch.deleteMany({ where: { id, userId: actor.userId } })
	if (!count) throw new RuleError('saved-search-not-found')
}
