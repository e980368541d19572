// Typo tolerance against the vocabulary: a word one edit away from a
// vocabulary word ("lentivrial") stands for it, unless it is a correctly
// spelled word of its own ("patients" is not "patents").
import { pluralStem, stemToken } from '../../taxonomy/morphology.ts'
import { vocabularyWords, type SpotWord } from '../../taxonomy/vocabulary.ts'
import { editDistance, MAX_TOKEN_LENGTH } from '../../utils/text.ts'
import { wordLists } from './word-lists.ts'

// Short words are left exact: one edit turns "cell" into "call", "LV" into "LB".
export const MIN_FUZZY_LENGTH = 5

// Function words are spelled right ("please" is not "lease"), and so are the protected words.
const PROTECTED_WORDS = new Set(
	[...wordLists.protectedWords.words, ...wordLists.functionWords.words].flatMap((word) => [word, pluralStem(word)]),
)

// Deletion index (symmetric-delete spelling correction): every vocabulary
// word and its one-letter deletions point back to the word, so a typo finds
// its candidates with a handful of map look-ups instead of a scan.
const deletionIndex = new Map<string, string[]>()
function deletionsOf(word: string): string[] {
	const result = [word]
	for (let index = 0; index < word.length; index += 1) result.push(word.slice(0, index) + word.slice(index + 1))
	return result
}
for (const word of vocabularyWords) {
	if (word.length < MIN_FUZZY_LENGTH || /\d/.test(word)) continue
	for (const deletion of deletionsOf(word)) deletionIndex.set(deletion, [...(deletionIndex.get(deletion) ?? []), word])
}

const fuzzyCache = new Map<string, readonly string[]>()
const NONE: readonly string[] = []

/** Vocabulary words one typo away from a word ("lentivrial" → "lentiviral"); empty for correctly spelled, protected or short words. */
export function typoCorrections(folded: string): readonly string[] {
	if (
		folded.length < MIN_FUZZY_LENGTH ||
		folded.length > MAX_TOKEN_LENGTH ||
		/\d/.test(folded) ||
		vocabularyWords.has(folded) ||
		vocabularyWords.has(pluralStem(folded)) ||
		PROTECTED_WORDS.has(folded) ||
		PROTECTED_WORDS.has(pluralStem(folded))
	)
		return NONE
	const cached = fuzzyCache.get(folded)
	if (cached) return cached
	const candidates = new Set<string>()
	for (const deletion of deletionsOf(folded))
		for (const candidate of deletionIndex.get(deletion) ?? []) candidates.add(candidate)
	const result = [...candidates].filter(
		(candidate) => candidate.length >= MIN_FUZZY_LENGTH && editDistance(folded, candidate, 1) <= 1,
	)
	const frozen = result.length > 0 ? result : NONE
	if (fuzzyCache.size > 50_000) fuzzyCache.clear()
	fuzzyCache.set(folded, frozen)
	return frozen
}

const keysCache = new Map<string, readonly string[]>()

/** The vocabulary keys a misspelt word may stand for (the keys of its typoCorrections). */
export function typoCandidates(word: Pick<SpotWord, 'folded'>): readonly string[] {
	let keys = keysCache.get(word.folded)
	if (!keys) {
		const corrections = typoCorrections(word.folded)
		keys = corrections.length ? [...new Set(corrections.map(stemToken))] : NONE
		if (keysCache.size > 50_000) keysCache.clear()
		keysCache.set(word.folded, keys)
	}
	return keys
}
