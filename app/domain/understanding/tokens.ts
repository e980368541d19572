// Words with the sentence and clause they belong to: a mention is only as
// good as its clause ("we offer AAV but not LV").
import { textWords, type TextWord } from '../../taxonomy/vocabulary.ts'
import { wordLists } from './word-lists.ts'

/** A word of the text (as the vocabulary reads it) with the clause it belongs to. */
export interface Token extends Omit<TextWord, 'separator'> {
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
