// The search engine's part in candidate generation: the words the request
// used for what it is about (its main service and main modality, as the
// requester wrote them) go to the search engine, which matches them with its
// typo tolerance, prefixes, stemming in English and Swedish and synonym
// groups; every listing it finds is ranked beside those whose evidence names
// the codes (docs/decisions/009). The evidence decides the order; the engine
// only widens the net.
import { normalizeSearchQuery } from '#search/engine.ts'
import { withUnderstanding } from '../search/understood-query.server.ts'
import { getSearchEngine } from '#search/index.server.ts'
import type { MatchNeeds } from './needs.ts'

/** How many of the engine's best matches per phrase join the candidates. */
const PER_PHRASE = 200

export async function searchEngineCandidates(needs: MatchNeeds): Promise<string[]> {
	const phrases = [
		...new Set([needs.mainService?.surface, needs.mainModality?.surface].filter((p): p is string => Boolean(p))),
	]
	const refs = new Set<string>()
	for (const phrase of phrases) {
		try {
			const query = normalizeSearchQuery(withUnderstanding({ q: phrase }).query)
			// Straight to the engine, past the page size the HTTP API allows: this is the server asking for candidates.
			const result = await getSearchEngine().search({ ...query, pageSize: PER_PHRASE })
			for (const hit of result.hits) refs.add(hit.ref)
		} catch {
			// Suggestions never depend on the engine being up: the evidence alone still ranks every candidate.
		}
	}
	return [...refs]
}
