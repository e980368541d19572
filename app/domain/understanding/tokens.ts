// Words with the sentence and clause they belong to: a mention is only as
// good as its clause ("we offer AAV but not LV").
import { textWords } from '../../taxonomy/vocabulary.ts'
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

const CLAUSE_BREAK = /;/
const CLAUSE_STARTERS = new Set(wordLists.clauses.starters)
const NEGATION_WORDS = new Set(wordLists.clauses.negationWords)

/**
 * Words with their positions and the sentence and clause they belong to.
 * Hyphens and slashes split words ("CAR-T" → CAR, T), so hyphen and space
 * variants compare equal; "CART" is matched through the vocabulary's joined forms.
 */
export function clauseTokens(text: string): Token[] {
	const tokens: Token[] = []
	let clause = 0
	let clauseHasNegation = false
	for (const word of textWords(text)) {
		const { folded, separator, sentence } = word
		if (tokens.length > 0) {
			if (sentence !== tokens[tokens.length - 1]!.sentence) {
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
		const { raw, stem, parts, start, end } = word
		tokens.push({ raw, folded, stem, ...(parts ? { parts } : {}), start, end, sentence, clause })
	}
	return tokens
}
