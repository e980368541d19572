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
		...(understanding.suppliersFirst ? { suppliersFirst: true } : {}),
	}
}

// A reading depends on the text and the day alone (the vocabulary is data; "next spring" counts from
// today), and the same text comes back with every page, facet click and sort of one search: read it
// once per text and day, not once per request (typo correction costs milliseconds).
const READ_QUERIES = 500
const understood = new Map<string, QueryUnderstanding>()

function understandingOf(text: string): QueryUnderstanding {
	const today = new Date().toISOString().slice(0, 10)
	const key = `${today} ${text}`
	let understanding = understood.get(key)
	if (understanding) understood.delete(key)
	else understanding = understandQuery(text, today)
	understood.set(key, understanding)
	if (understood.size > READ_QUERIES) understood.delete(understood.keys().next().value!)
	// Callers get their own copy: nothing they do can change a later reading.
	return structuredClone(understanding)
}

/** The query with its plan; a query without text (browsing) needs none. */
export function withUnderstanding(query: SearchQuery): UnderstoodQuery {
	// The engines read no more than this; neither does the understanding.
	const text = (query.q ?? '').slice(0, MAX_QUERY_LENGTH).trim()
	if (!text) return { query }
	const understanding = understandingOf(text)
	return { query: { ...query, plan: planOf(understanding) }, understanding }
}
