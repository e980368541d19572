// Turning a typed query into what the PostgreSQL engine matches, the way
// Meilisearch would: words are AND-ed; a run of words that is a synonym phrase
// may instead match any of its synonyms; the last word also matches as a
// prefix; words of 5+ letters (9+) also match vocabulary words one (two) typos
// away. Pure: the engine supplies the vocabulary candidates.
import { allowedTypos, MAX_QUERY_WORDS } from '../index-definition.ts'
import { tokenize, typoCost } from '~/utils/text.ts'
import { taxonomySynonymIndex, type SynonymIndex } from './synonym-tokens.ts'

export interface ParsedQuery {
	words: string[]
	/** Meilisearch treats the last word as a prefix unless the query ends with a separator. */
	prefixLast: boolean
}

export function parseQuery(q: string): ParsedQuery {
	const words = tokenize(q).slice(0, MAX_QUERY_WORDS)
	const endsWithSeparator = /[^\p{L}\p{N}\p{M}]$/u.test(q)
	return { words, prefixLast: words.length > 0 && !endsWithSeparator && tokenize(q).length <= MAX_QUERY_WORDS }
}

export interface Concept {
	/** The query words this concept covers (one, or several forming a synonym phrase). */
	words: string[]
	/** Phrases (as word lists) that may stand in for all of `words` (the highlighter marks their words). */
	synonyms: string[][]
	/** Index tokens of the synonym groups of the phrase (search/postgres/synonym-tokens.ts). */
	groups: string[]
}

/** Groups the words into concepts, taking the longest synonym phrase at each position. */
export function conceptsOf(
	words: string[],
	synonyms: Record<string, string[]>,
	index: SynonymIndex = taxonomySynonymIndex(),
): Concept[] {
	const concepts: Concept[] = []
	let i = 0
	while (i < words.length) {
		let matched: Concept | undefined
		for (let length = Math.min(index.maxPhrase, words.length - i); length >= 1 && !matched; length--) {
			const phrase = words.slice(i, i + length).join(' ')
			const groups = index.groupsOf.get(phrase)
			if (groups?.length) {
				matched = {
					words: words.slice(i, i + length),
					synonyms: (synonyms[phrase] ?? []).map((p) => p.split(' ')),
					groups,
				}
			}
		}
		concepts.push(matched ?? { words: [words[i]!], synonyms: [], groups: [] })
		i += matched ? matched.words.length : 1
	}
	return concepts
}

/** Up to this many corrections per word, closest first, so a common misspelling cannot blow up the query. */
const MAX_CORRECTIONS = 8

/** Vocabulary words within the word's typo budget (Meilisearch's rules), closest first. */
export function typoCorrections(word: string, candidates: readonly string[]): string[] {
	const budget = allowedTypos(word)
	if (budget === 0) return []
	const scored: Array<{ term: string; cost: number }> = []
	for (const term of new Set(candidates)) {
		if (term === word) continue
		const cost = typoCost(word, term, budget)
		if (cost <= budget) scored.push({ term, cost })
	}
	scored.sort((a, b) => a.cost - b.cost || (a.term < b.term ? -1 : 1))
	return scored.slice(0, MAX_CORRECTIONS).map((s) => s.term)
}

export interface WordPlan {
	word: string
	prefix: boolean
	corrections: string[]
}

export interface ConceptPlan {
	words: WordPlan[]
	synonyms: string[][]
	groups: string[]
}

/** The full match plan: concepts with each word's prefix flag and typo corrections. */
export function planQuery(
	parsed: ParsedQuery,
	synonyms: Record<string, string[]>,
	candidates: Map<string, string[]>,
	index: SynonymIndex = taxonomySynonymIndex(),
): ConceptPlan[] {
	const concepts = conceptsOf(parsed.words, synonyms, index)
	return concepts.map((concept, conceptIndex) => ({
		synonyms: concept.synonyms,
		groups: concept.groups,
		words: concept.words.map((word, wordIndex) => ({
			word,
			prefix: parsed.prefixLast && conceptIndex === concepts.length - 1 && wordIndex === concept.words.length - 1,
			corrections: typoCorrections(word, candidates.get(word) ?? []),
		})),
	}))
}
