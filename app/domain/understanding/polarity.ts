// The polarity of what a text says: a mention is affirmed unless its clause
// denies it ("we do not offer …"), puts it in the past ("tidigare arbetade vi
// med …") or hands it to someone else ("for vialing we refer clients to …").
// Requests read "we already have X covered" as "X is not needed".
import type { Token } from './tokens.ts'
import { wordLists } from './word-lists.ts'

export type Polarity = 'affirmed' | 'negated' | 'past' | 'referral'
export type Perspective = 'listing' | 'request'

const YEAR = '<year>'

// Words after a negation that turn it into something else: "no later than
// Q1 2028", "not only … but also", "inte bara", "no-cost".
const NEGATION_RELEASES = new Set(wordLists.polarity.negationReleases)

function cueMatchesAt(cue: string[], words: string[], index: number): boolean {
	if (index + cue.length > words.length) return false
	for (let offset = 0; offset < cue.length; offset += 1) {
		const expected = cue[offset]!
		const word = words[index + offset]!
		if (expected === YEAR ? !/^(19|20)\d\d$/.test(word) : word !== expected) return false
	}
	return true
}

/** Cues by their first word, so that a clause is read in one pass instead of once per cue. */
function byFirstWord(cues: string[][]): Map<string, string[][]> {
	const index = new Map<string, string[][]>()
	for (const cue of cues) index.set(cue[0]!, [...(index.get(cue[0]!) ?? []), cue])
	return index
}

const { negation, requestNegation, past, referral } = wordLists.polarity
const LISTING_NEGATIONS = byFirstWord(negation)
const REQUEST_NEGATIONS = byFirstWord([...negation, ...requestNegation])
const REFERRALS = byFirstWord(referral)
const PASTS = byFirstWord(past)

/** Where the cues of an index occur in the words; "no later than" and "not only" are not negations. */
function cuePositions(
	words: string[],
	cues: Map<string, string[][]>,
	isNegation: boolean,
): Array<{ from: number; to: number }> {
	const found: Array<{ from: number; to: number }> = []
	for (let index = 0; index < words.length; index += 1) {
		for (const cue of cues.get(words[index]!) ?? []) {
			if (!cueMatchesAt(cue, words, index)) continue
			if (isNegation && NEGATION_RELEASES.has(words[index + cue.length] ?? '')) continue
			found.push({ from: index, to: index + cue.length })
		}
	}
	return found
}

export function hasCue(words: string[], cues: Map<string, string[][]>, isNegation = false): boolean {
	return cuePositions(words, cues, isNegation).length > 0
}

export function negationsFor(perspective: Perspective): Map<string, string[][]> {
	return perspective === 'request' ? REQUEST_NEGATIONS : LISTING_NEGATIONS
}

export function clausePolarity(words: string[], perspective: Perspective): Polarity {
	if (hasCue(words, negationsFor(perspective), true)) return 'negated'
	if (perspective === 'listing' && hasCue(words, REFERRALS)) return 'referral'
	if (hasCue(words, PASTS)) return 'past'
	return 'affirmed'
}

export function wordsOfClauses(tokens: Token[]): Map<number, string[]> {
	const wordsByClause = new Map<number, string[]>()
	for (const token of tokens) {
		const words = wordsByClause.get(token.clause)
		if (words) words.push(token.folded)
		else wordsByClause.set(token.clause, [token.folded])
	}
	return wordsByClause
}

/** The polarity of each clause as a whole; dates and grades take theirs from it. */
export function polaritiesByClause(
	wordsByClause: Map<number, string[]>,
	perspective: Perspective,
): Map<number, Polarity> {
	const result = new Map<number, Polarity>()
	for (const [clause, words] of wordsByClause) result.set(clause, clausePolarity(words, perspective))
	return result
}

export interface NegationCue {
	clause: number
	/** Token index of the first word of the cue. */
	from: number
	/** Token index after the cue. */
	to: number
}

export function negationCuesIn(tokens: Token[], perspective: Perspective): NegationCue[] {
	const words = tokens.map((token) => token.folded)
	const cues: NegationCue[] = []
	for (const { from, to } of cuePositions(words, negationsFor(perspective), true)) {
		const clause = tokens[from]!.clause
		// An "utan" that opened a clause is the "but" of "inte X utan Y".
		const opensClause = from > 0 && tokens[from - 1]!.clause !== clause
		if (words[from] === 'utan' && opensClause) continue
		if (tokens[to - 1]!.clause === clause) cues.push({ clause, from, to })
	}
	return cues
}

// "We are not a CDMO and need GMP manufacturing": a new request or statement
// after "and" ends the reach of the negation (NegEx's pseudo-terminators).
const SCOPE_BREAKERS = new Set(wordLists.polarity.scopeBreakers)
// A negation reaches back only a few words: "fill & finish is not part of …", "… ingår inte".
const BACKWARD_REACH = 4

function isNegated(
	tokens: Token[],
	cues: NegationCue[],
	from: number,
	to: number,
	mentionStarts: ReadonlySet<number>,
): boolean {
	const clause = tokens[from]!.clause
	for (const cue of cues) {
		if (cue.clause !== clause) continue
		if (cue.from >= to && cue.from - to <= BACKWARD_REACH) {
			// Only the nearest mention before the cue: in "we offer QC testing, fill & finish is not …" QC testing stays offered.
			let nearest = true
			for (let index = to; index < cue.from; index += 1) if (mentionStarts.has(index)) nearest = false
			if (nearest) return true
			continue
		}
		if (cue.to > from) continue
		let reaches = true
		for (let index = cue.to; index < from; index += 1) {
			const word = tokens[index]!.folded
			if ((word === 'and' || word === 'och') && SCOPE_BREAKERS.has(tokens[index + 1]?.folded ?? '')) {
				reaches = false
				break
			}
		}
		if (reaches) return true
	}
	return false
}

/**
 * The polarity of a mention: negated when a negation reaches it (forward to
 * the end of its clause, backward a few words), otherwise the referral or
 * past-tense reading of its clause, otherwise affirmed.
 */
export function mentionPolarity(
	tokens: Token[],
	wordsByClause: Map<number, string[]>,
	negations: NegationCue[],
	mentionStarts: ReadonlySet<number>,
	from: number,
	to: number,
	perspective: Perspective,
): Polarity {
	if (isNegated(tokens, negations, from, to, mentionStarts)) return 'negated'
	const words = wordsByClause.get(tokens[from]!.clause) ?? []
	if (perspective === 'listing' && hasCue(words, REFERRALS)) return 'referral'
	if (hasCue(words, PASTS)) return 'past'
	return 'affirmed'
}
