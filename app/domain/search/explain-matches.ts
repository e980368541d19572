// Why a result matched, in the terms a visitor can check on the card: when a
// concept of the query matched through other words than those typed (a
// synonym, an inflection, the other language: "renrum" for "cleanroom"), or
// only through the listing's structured details (its cleanroom grades, its
// services), say so. A match on the very words typed needs no explanation.
import { stemToken } from '../../taxonomy/morphology.ts'
import { conceptLabel, parseConceptKey } from '../../taxonomy/concepts.ts'
import type { Locale, VocabularyName } from '../../taxonomy/taxonomy.ts'
import type { QueryUnderstanding } from '../understanding/query.ts'
import { tokenize } from '../../utils/text.ts'

/** How a listing matched one concept (search/concepts.ts, ConceptMatch). */
export interface ConceptMatchLike {
	key: string
	held: boolean
	surface?: string
}

export type MatchExplanation =
	| { kind: 'words'; typed: string; found: string; concept: string }
	| { kind: 'details'; typed: string; concept: string; details: DetailsKind }

/** Which structured details of a listing held the concept. */
export type DetailsKind =
	'modalities' | 'services' | 'phases' | 'grades' | 'licences' | 'productTypes' | 'type' | 'other'

const DETAILS: Partial<Record<string, DetailsKind>> = {
	modalities: 'modalities',
	services: 'services',
	phases: 'phases',
	cleanroomGrades: 'grades',
	licences: 'licences',
	productTypes: 'productTypes',
	listingTypes: 'type',
} satisfies Partial<Record<VocabularyName, DetailsKind>>

const keysOf = (text: string) => tokenize(text).map(stemToken).join(' ')

export function explainMatches(
	understanding: QueryUnderstanding,
	matches: readonly ConceptMatchLike[],
	locale: Locale,
): MatchExplanation[] {
	const explanations: MatchExplanation[] = []
	for (const match of matches) {
		const concept = understanding.concepts.find((candidate) => candidate.key === match.key)
		if (!concept) continue
		const label = conceptLabel(match.key, locale)
		if (match.surface) {
			if (keysOf(match.surface) !== keysOf(concept.surface))
				explanations.push({ kind: 'words', typed: concept.typed, found: match.surface, concept: label })
			continue
		}
		if (match.held)
			explanations.push({
				kind: 'details',
				typed: concept.typed,
				concept: label,
				details: DETAILS[parseConceptKey(match.key).vocabulary] ?? 'other',
			})
	}
	return explanations
}
