// Typo tolerance against the vocabulary: a word one edit away from a
// vocabulary word ("lentivrial") stands for it, unless it is a correctly
// spelled word of its own ("patients" is not "patents").
import { stemToken } from '../taxonomy/morphology.ts'
import { vocabularyStems } from '../taxonomy/vocabulary.ts'
import { editDistance } from '../../utils/text.ts'
import { wordLists } from './word-lists.ts'

// Short words are left exact: one edit turns "cell" into "call", "LV" into "LB".
export const MIN_FUZZY_LENGTH = 5

const PROTECTED_WORDS = new Set(wordLists.protectedWords.words.map(stemToken))

// Deletion index (symmetric-delete spelling correction): every vocabulary
// word and its one-letter deletions point back to the word, so a typo finds
// its candidates with a handful of map look-ups instead of a scan.
const deletionIndex = new Map<string, string[]>()
function deletionsOf(word: string): string[] {
	const result = [word]
	for (let index = 0; index < word.length; index += 1) result.push(word.slice(0, index) + word.slice(index + 1))
	return result
}
for (const stem of vocabularyStems) {
	if (stem.length < MIN_FUZZY_LENGTH) continue
	for (const deletion of deletionsOf(stem)) deletionIndex.set(deletion, [...(deletionIndex.get(deletion) ?? []), stem])
}

const fuzzyCache = new Map<string, readonly string[]>()
const NONE: readonly string[] = []

/** Vocabulary words one typo away from `stem` ("lentivrial" → "lentiviral"); empty for correctly spelled or short words. */
export function typoCandidates(stem: string): readonly string[] {
	if (stem.length < MIN_FUZZY_LENGTH || vocabularyStems.has(stem) || PROTECTED_WORDS.has(stem) || /\d/.test(stem))
		return NONE
	const cached = fuzzyCache.get(stem)
	if (cached) return cached
	const candidates = new Set<string>()
	for (const deletion of deletionsOf(stem))
		for (const candidate of deletionIndex.get(deletion) ?? []) candidates.add(candidate)
	const result = [...candidates].filter(
		(candidate) => candidate.length >= MIN_FUZZY_LENGTH && editDistance(stem, candidate, 1) <= 1,
	)
	const frozen = result.length > 0 ? result : NONE
	if (fuzzyCache.size > 50_000) fuzzyCache.clear()
	fuzzyCache.set(stem, frozen)
	return frozen
}
