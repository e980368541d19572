// The understanding step in front of every search engine: the search page,
// the API and matchmaking's candidates all ask through here, so a query is
// read once (typos, concepts, constraints) and both engines get the same
// reading.
import type { SearchPlan, SearchQuery } from '../../../search/engine.ts'
import { MAX_QUERY_LENGTH } from '../../../search/index-definition.ts'
import { understandQuery, type QueryUnderstanding } from '../understanding/query.ts'

export interface UnderstoodQuery {
	query: SearchQuery
	understanding?: QueryUnderstanding
}

/** The plan the engines match: concepts, the words left as typed, and where the concepts came from. */
export function planOf(understanding: QueryUnderstanding): SearchPlan {
	return {
		concepts: understanding.concepts.map((concept) => concept.key),
		words: understanding.words,
		prefixLast: understanding.prefixLast,
		conceptWords: understanding.concepts.flatMap((concept) => concept.surface.split(' ')),
	}
}

/** The query with its plan; a query without text (browsing) needs none. */
export function withUnderstanding(query: SearchQuery): UnderstoodQuery {
	// The engines read no more than this; neither does the understanding.
	const text = (query.q ?? '').slice(0, MAX_QUERY_LENGTH).trim()
	if (!text) return { query }
	const understanding = understandQuery(text)
	return { query: { ...query, plan: planOf(understanding) }, understanding }
}
