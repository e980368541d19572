// The ranking's suggestions for a stored request, kept as candidates the
// coordinator works through. The ranking itself is the pure, tested function
// of app/domain/matching (docs/decisions/009); this file only chooses whom to
// rank for and stores the result with its reasons.
import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import type { Viewer } from '../auth/permissions.ts'
import { suggestProviders } from '../matching/suggest-providers.server.ts'
import { reachableListingIds } from './provider-reach.server.ts'
import { rankingRequestOf } from './request-records.server.ts'

type Tx = Prisma.TransactionClient

/** How many suggestions a coordinator can route for a new request. */
export const SUGGESTION_LIMIT = 20
/** How many fitting providers without a portal account are shown apart, to be contacted (or invited) outside the portal. */
export const NOT_IN_PORTAL_LIMIT = 10
// The ranking is read this far down to fill the list with providers that can be routed.
const RANKED_DEPTH = 100

export interface StoredSuggestion {
	listingId: string
	score: number
	reasons: Prisma.InputJsonValue
}

/**
 * Ranked providers for a request, without the requesting organisation itself
 * or anything it hosts: nobody needs the hub to introduce them to themselves.
 * The best SUGGESTION_LIMIT that can be routed (someone there has a portal
 * account), then, apart, the best NOT_IN_PORTAL_LIMIT that cannot: they fit,
 * but must not crowd out the providers a coordinator can act on.
 */
export async function suggestionsFor(
	request: Parameters<typeof rankingRequestOf>[0] & { organizationId: string },
	viewer: Viewer,
): Promise<StoredSuggestion[]> {
	const ranked = await suggestProviders(rankingRequestOf(request), { viewer, limit: RANKED_DEPTH })
	const listings = await prisma().listing.findMany({
		where: { ref: { in: ranked.map((suggestion) => suggestion.ref) } },
		select: { id: true, ref: true, type: true, organizationId: true, ownerUserId: true },
	})
	const reachable = await reachableListingIds(listings)
	const byRef = new Map(listings.map((listing) => [listing.ref, listing]))
	const routable: StoredSuggestion[] = []
	const notInPortal: StoredSuggestion[] = []
	for (const suggestion of ranked) {
		const listing = byRef.get(suggestion.ref)
		if (!listing || listing.id === request.organizationId || listing.organizationId === request.organizationId) continue
		const stored = {
			listingId: listing.id,
			score: suggestion.score,
			reasons: suggestion.reasons as unknown as Prisma.InputJsonValue,
		}
		if (reachable.has(listing.id)) {
			if (routable.length < SUGGESTION_LIMIT) routable.push(stored)
		} else if (notInPortal.length < NOT_IN_PORTAL_LIMIT) notInPortal.push(stored)
		if (routable.length === SUGGESTION_LIMIT && notInPortal.length === NOT_IN_PORTAL_LIMIT) break
	}
	return [...routable, ...notInPortal]
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
