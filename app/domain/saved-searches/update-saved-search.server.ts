import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { recordOwnAudit } from '../audit/record-audit.server.ts'
import { RuleError } from '../rules.ts'
import type { UpdateSavedSearchInput } from './saved-search-schema.ts'

/**
 * Renames a saved search or changes how often it alerts. Only its owner
 * may: another member's id reads as not found, so ids tell nobody anything.
 * Turning alerts back on starts from now, not from when they were turned off.
 */
export async function updateSavedSearch(
	actor: Actor,
	input: UpdateSavedSearchInput,
	now: Date = new Date(),
): Promise<void> {
	await prisma().$transaction(async (tx) => {
		const saved = await tx.savedSearch.findFirst({
			where: { id: input.id, userId: actor.userId },
			select: { name: true, frequency: true },
		})
		if (!saved) throw new RuleError('saved-search-not-found')
		const resumed = saved.frequency === 'off' && input.frequency !== 'off'
		await tx.savedSearch.update({
			where: { id: input.id },
			data: { name: input.name, frequency: input.frequency, ...(resumed ? { lastRunAt: now } : {}) },
		})
		await recordOwnAudit(tx, actor.userId, 'user.savedSearchUpdated', {
			savedSearchId: input.id,
			name: { from: saved.name, to: input.name },
			frequency: { from: saved.frequency, to: input.frequency },
		})
	})
}
