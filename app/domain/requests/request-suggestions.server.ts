// The ranking's suggestions for a stored request, kept as candidates the
// coordinator works through. The ranking itself is the pure, tested function
// of app/domain/matching (docs/decisions/009); this file only chooses whom to
// rank for and stores the result with its reasons.
import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import type { Viewer } from '../auth/permissions.ts'
import { suggestProviders } from '../matching/suggest-providers.server.ts'
import { rankingRequestOf } from './request-records.server.ts'

type Tx = Prisma.TransactionClient

/** How many suggestions a coordinator sees for a new request. */
export const SUGGESTION_LIMIT = 20

export interface StoredSuggestion {
	listingId: string
	score: number
	reasons: Prisma.InputJsonValue
}

/**
 * Ranked providers for a request, without the requesting organisation itself
 * or anything it hosts: nobody needs the hub to introduce them to themselves.
 */
export async function suggestionsFor(
	request: Parameters<typeof rankingRequestOf>[0] & { organizationId: string },
	viewer: Viewer,
): Promise<StoredSuggestion[]> {
	const ranked = await suggestProviders(rankingRequestOf(request), { viewer, limit: SUGGESTION_LIMIT * 2 })
	const listings = await prisma().listing.findMany({
		where: { ref: { in: ranked.map((suggestion) => suggestion.ref) } },
		select: { id: true, ref: true, organizationId: true },
	})
	const byRef = new Map(listings.map((listing) => [listing.ref, listing]))
	const suggestions: StoredSuggestion[] = []
	for (const suggestion of ranked) {
		const listing = byRef.get(suggestion.ref)
		if (!listing || listing.id === request.organizationId || listing.organizationId === request.organizationId) continue
		suggestions.push({
			listingId: listing.id,
			score: suggestion.score,
			reasons: suggestion.reasons as unknown as Prisma.InputJsonValue,
		})
		if (suggestions.length === SUGGESTION_LIMIT) break
	}
	return suggestions
}

/**
 * Stores fresh suggestions: new ones are added, known ones get the new score
 * and reasons; a candidate the coordinator removed stays removed, and one the
 * coordinator added stays "added".
 */
export async function storeSuggestions(tx: Tx, requestId: string, suggestions: readonly StoredSuggestion[]) {
	for (const suggestion of suggestions) {
		await tx.matchCandidate.upsert({
			where: { requestId_listingId: { requestId, listingId: suggestion.listingId } },
			create: { requestId, listingId: suggestion.listingId, score: suggestion.score, reasons: suggestion.reasons },
			update: { score: suggestion.score, reasons: suggestion.reasons },
		})
	}
}
