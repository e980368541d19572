// Turning a statement's answer into a result: facet counts from the grouped
// rows, and the words the highlighter marks besides the query's own.
import type { SearchResult } from '../engine.ts'
import { facets } from '../index-definition.ts'
import type { ConceptPlan } from './expand.ts'

/** [facet name, misses, count, value] (sql.server.ts, facetGroupsSql). */
export type FacetGroup = [string, number, number, string | null]

/** Words the highlighter marks besides the query's own: typo corrections, synonym words, the prefix, the stems. */
export function wordsMarkedBy(plan: ConceptPlan[], stems: string[]) {
	const words = new Set<string>()
	const prefixes: string[] = []
	for (const concept of plan) {
		for (const word of concept.words) {
			words.add(word.word)
			for (const correction of word.corrections) words.add(correction)
			// A one-letter prefix matches too much to be worth marking.
			if (word.prefix && word.word.length >= 2) prefixes.push(word.word)
		}
		for (const phrase of concept.synonyms) for (const word of phrase) words.add(word)
	}
	return { words, prefixes, stems }
}

/**
 * Per-code counts from the rows [facet name, misses, count, value] of
 * facetGroupsSql. A facet counts the rows that miss nothing or only its own
 * filter (disjunctive counts).
 */
export function facetCountsOf(groups: FacetGroup[]): SearchResult['facets'] {
	const counts: SearchResult['facets'] = {}
	for (const facet of facets) counts[facet.name] = {}
	for (const [name, misses, n, value] of groups) {
		const index = facets.findIndex((facet) => facet.name === name)
		const facet = facets[index]
		// A slot of a facet the definition no longer has, or rows without a value.
		if (!facet || value === null || (misses !== 0 && misses !== 1 << index)) continue
		const target = counts[facet.name]!
		target[value] = (target[value] ?? 0) + n
	}
	return counts
}
