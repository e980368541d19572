// The one entry point the search page and the API call (same code path for
// both). The engine supplies ids, order, counts and highlights; the rows shown
// are re-read through Prisma, so an index entry that is stale (a listing
// unpublished a moment ago) or wrong can never show anything the database
// would not show this viewer.
import { listingsChanged } from '~/outbox/topics.ts'
import { prisma } from '~/utils/db.server.ts'
import { searchableListingWhere } from './documents.server.ts'
import { normalizeSearchQuery, type SearchHit, type SearchQuery, type SearchResult } from './engine.ts'
import { getSearchEngine } from './index.server.ts'

export { SearchQueryError } from './engine.ts'
export type { SearchHit, SearchQuery, SearchResult } from './engine.ts'

/**
 * Throws SearchQueryError (→ 400) for unknown filters, codes or sorts. The
 * query's audience (the caller decides it from the viewer's rights) limits the
 * engine, and the re-read below, to what that audience may see.
 */
export async function searchListings(query: SearchQuery): Promise<SearchResult> {
	const normalized = normalizeSearchQuery(query)
	const result = await getSearchEngine().search(normalized)
	if (!result.hits.length) return result

	const rows = await prisma().listing.findMany({
		where: { id: { in: result.hits.map((hit) => hit.id) }, ...searchableListingWhere(normalized.audience) },
		select: { id: true, ref: true, type: true, slug: true, name: true, summary: true },
	})
	const fresh = new Map(rows.map((row) => [row.id, row]))
	const hits: SearchHit[] = []
	const stale: string[] = []
	for (const hit of result.hits) {
		const row = fresh.get(hit.id)
		if (!row) {
			stale.push(hit.id)
			continue
		}
		// Shown fields come from the database; a highlight only while it still describes the same text.
		const highlights = { ...hit.highlights }
		if (hit.name !== row.name.trim()) delete highlights.name
		if ((hit.summary ?? '') !== (row.summary ?? '').trim()) delete highlights.summary
		hits.push({
			...hit,
			ref: row.ref,
			type: row.type,
			slug: row.slug,
			name: row.name,
			summary: row.summary,
			highlights,
		})
	}
	if (stale.length) {
		// Ask the worker to drop them from the index; the answer does not wait for it.
		void listingsChanged(prisma(), stale).catch(() => {})
	}
	return { ...result, hits, total: Math.max(0, result.total - stale.length) }
}
