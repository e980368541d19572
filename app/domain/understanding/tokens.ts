// Words with the sentence and clause they belong to: a mention is only as
// good as its clause ("we offer AAV but not LV").
import { stemToken } from '../taxonomy/morphology.ts'
import { compoundParts } from '../taxonomy/vocabulary.ts'
import { words } from '../../utils/text.ts'
import { wordLists } from './word-lists.ts'

export interface Token {
	/** As written, for case-sensitive abbreviations ("PD", "OV"). */
	raw: string
	/** Folded (lowercase, accents removed). */
	folded: string
	/** The matching key: folded, without inflection (taxonomy/morphology.ts). */
	stem: string
	/** The keys of a compound's parts when the vocabulary does not know it whole. */
	parts?: readonly string[]
	start: number
	end: number
	sentence: number
	clause: number
}

const SENTENCE_BREAK = /[.!?](\s|$)|\n/
const CLAUSE_BREAK = /;/
const CLAUSE_STARTERS = new Set(wordLists.clauses.starters)
const NEGATION_WORDS = new Set(wordLists.clauses.negationWords)

/**
 * Words with their positions and the sentence and clause they belong to.
 * Hyphens and slashes split words ("CAR-T" → CAR, T), so hyphen and space
 * variants compare equal; "CART" is matched through the vocabulary's joined forms.
 */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = []
	let sentence = 0
	let clause = 0
	let previousEnd = 0
	let clauseHasNegation = false
	for (const { raw, folded, start, end } of words(text)) {
		const separator = text.slice(previousEnd, start)
		if (tokens.length > 0) {
			if (SENTENCE_BREAK.test(separator)) {
				sentence += 1
				clause += 1
				clauseHasNegation = false
			} else if (
				CLAUSE_BREAK.test(separator) ||
				CLAUSE_STARTERS.has(folded) ||
				(separator.includes(',') && NEGATION_WORDS.has(folded)) ||
				// "inte AAV utan lentivirus": after a negation, "utan" means "but", not "without".
				(folded === 'utan' && clauseHasNegation)
			) {
				clause += 1
				clauseHasNegation = false
			}
		}
		if (NEGATION_WORDS.has(folded)) clauseHasNegation = true
		const parts = compoundParts(folded)
		tokens.push({ raw, folded, stem: stemToken(folded), ...(parts ? { parts } : {}), start, end, sentence, clause })
		previousEnd = end
	}
	return tokens
}
