// A small Okapi BM25 index over listing text. It is the keyword baseline the
// matchmaking benchmark compares against, and a tie-breaking feature inside
// the ranking (where the query is expanded with taxonomy synonyms).
import { pluralStem } from '../../taxonomy/morphology.ts'
import { wordLists } from '../understanding/word-lists.ts'
import { foldText } from '../../utils/text.ts'

export interface Bm25Options {
	k1?: number
	b?: number
}

export interface Bm25Document {
	id: string
	text: string
}

export interface Bm25Hit {
	id: string
	score: number
}

// Function words carry no topic; without this list "we are looking for" would
// match every listing that says "we".
const STOPWORDS = new Set(wordLists.functionWords.words)

/** Folded, stemmed words without stopwords: the terms BM25 counts. */
export function bm25Terms(text: string): string[] {
	const words = foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []
	return words.filter((word) => !STOPWORDS.has(word)).map(pluralStem)
}

export interface Bm25Index {
	readonly size: number
	readonly ids: readonly string[]
	/** Score of every document for the query (dense, by document position). */
	scoreAll(query: string | string[]): Float64Array
	/** The best `limit` documents for the query, highest score first. */
	search(query: string | string[], limit?: number): Bm25Hit[]
	/** Position of a document id in the index. */
	positionOf(id: string): number | undefined
}

/** Builds the index once; scoring a query touches only the postings of its terms. */
export function buildBm25Index(documents: readonly Bm25Document[], options: Bm25Options = {}): Bm25Index {
	const k1 = options.k1 ?? 1.2
	const b = options.b ?? 0.75
	const ids = documents.map((document) => document.id)
	const positions = new Map(ids.map((id, position) => [id, position]))
	const lengths = new Float64Array(documents.length)
	const postings = new Map<string, { documents: number[]; frequencies: number[] }>()
	documents.forEach((document, position) => {
		const terms = bm25Terms(document.text)
		lengths[position] = terms.length
		const counts = new Map<string, number>()
		for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1)
		for (const [term, count] of counts) {
			let list = postings.get(term)
			if (!list) {
				list = { documents: [], frequencies: [] }
				postings.set(term, list)
			}
			list.documents.push(position)
			list.frequencies.push(count)
		}
	})
	const total = documents.length
	const averageLength = total > 0 ? lengths.reduce((sum, length) => sum + length, 0) / total : 0

	const scoreAll = (query: string | string[]): Float64Array => {
		const scores = new Float64Array(total)
		const terms = typeof query === 'string' ? bm25Terms(query) : query
		// A term repeated in the query (a synonym list repeating "vector") counts once.
		for (const term of new Set(terms)) {
			const list = postings.get(term)
			if (!list) continue
			const documentFrequency = list.documents.length
			const idf = Math.log(1 + (total - documentFrequency + 0.5) / (documentFrequency + 0.5))
			for (let index = 0; index < list.documents.length; index += 1) {
				const position = list.documents[index]!
				const frequency = list.frequencies[index]!
				const norm = averageLength > 0 ? 1 - b + (b * lengths[position]!) / averageLength : 1
				scores[position] = scores[position]! + (idf * frequency * (k1 + 1)) / (frequency + k1 * norm)
			}
		}
		return scores
	}

	return {
		size: total,
		ids,
		scoreAll,
		search(query, limit = 20) {
			const scores = scoreAll(query)
			const hits: Bm25Hit[] = []
			scores.forEach((score, position) => {
				if (score > 0) hits.push({ id: ids[position]!, score })
			})
			// Equal scores keep document order so that runs are reproducible.
			hits.sort((left, right) => right.score - left.score || positions.get(left.id)! - positions.get(right.id)!)
			return hits.slice(0, limit)
		},
		positionOf: (id) => positions.get(id),
	}
}
