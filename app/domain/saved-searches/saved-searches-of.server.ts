import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import type { AlertFrequency } from './saved-search-schema.ts'

export interface SavedSearchView {
	id: string
	name: string
	/** The search's page with its words and filters: opening it runs the search again. */
	href: string
	frequency: AlertFrequency
	createdAt: string
	lastSentAt: string | null
}

export function savedSearchHref(saved: { path: string; query: string }): string {
	return saved.query ? `${saved.path}?${saved.query}` : saved.path
}

/** The signed-in member's saved searches, oldest first (the order they were made in). Nobody else's. */
export async function savedSearchesOf(actor: Actor): Promise<SavedSearchView[]> {
	const rows = await prisma().savedSearch.findMany({
		where: { userId: actor.userId },
		orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
	})
	return rows.map((row) => ({
		id: row.id,
		name: row.name,
		href: savedSearchHref(row),
		frequency: row.frequency,
		createdAt: row.createdAt.toISOString(),
		lastSentAt: row.lastSentAt?.toISOString() ?? null,
	}))
}
