import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { recordOwnAudit } from '../audit/record-audit.server.ts'
import { RuleError } from '../rules.ts'
import { SAVED_SEARCH_NAME_MAX, SAVED_SEARCHES_PER_USER, type SaveSearchInput } from './saved-search-schema.ts'

/** A name the member would recognise when they gave none: the words they searched for, else the address. */
function defaultName(input: SaveSearchInput): string {
	const params = new URLSearchParams(input.query)
	const words = params.get('q')
	const filters = [...params.entries()].filter(([name]) => name !== 'q' && name !== 'sort').map(([, value]) => value)
	const name = [words, ...filters].filter(Boolean).join(', ') || input.path
	return name.slice(0, SAVED_SEARCH_NAME_MAX)
}

/**
 * Keeps a member's search. Its alerts start from now: what matched before it
 * was saved is what they were looking at, not news. The limit is checked with
 * the member's row locked, so two saves at once cannot pass it together.
 */
export async function saveSearch(
	actor: Actor,
	input: SaveSearchInput,
	now: Date = new Date(),
): Promise<{ id: string }> {
	return prisma().$transaction(async (tx) => {
		await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${actor.userId}::uuid FOR UPDATE`
		const count = await tx.savedSearch.count({ where: { userId: actor.userId } })
		if (count >= SAVED_SEARCHES_PER_USER) {
			throw new RuleError('saved-search-limit', undefined, { limit: SAVED_SEARCHES_PER_USER })
		}
		const saved = await tx.savedSearch.create({
			data: {
				userId: actor.userId,
				name: input.name ?? defaultName(input),
				query: input.query,
				path: input.path,
				frequency: input.frequency,
				lastRunAt: now,
			},
			select: { id: true, name: true },
		})
		await recordOwnAudit(tx, actor.userId, 'user.savedSearchCreated', {
			savedSearchId: saved.id,
			name: saved.name,
			frequency: input.frequency,
		})
		return { id: saved.id }
	})
}
