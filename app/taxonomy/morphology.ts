// How words of the field inflect, derive and are spelled in English and
// Swedish, so that "celler", "cellerna" and "cells", "vektorer" and
// "vectors", "regulatorisk" and "regulatory", "mesenkymala" and
// "mesenchymal" compare equal. The rules (morphology.json) produce a key per
// word, for matching only; every side of every comparison (vocabulary forms,
// search documents and queries, listing and request text) uses the same key.
import rules from './morphology.json'

interface Ending {
	suffix: string
	keep: number
	notAfter?: string
	onlyAfter?: string
}

const ENDINGS: readonly Ending[] = [...(rules.endings as Ending[])].sort(
	(left, right) => right.suffix.length - left.suffix.length,
)
const SPELLINGS = rules.spellings as Array<[string, string]>
const SPELLING = new RegExp(SPELLINGS.map(([from]) => from).join('|'), 'g')
const SPELLING_OF = new Map(SPELLINGS)
const DOUBLED_CONSONANT = /([b-df-hj-np-tv-z])\1+/g

/** Rounds of ending removal: enough for "regulatoriska" → "regulatorisk" → "regulator" → "regulat". */
const MAX_ROUNDS = 4

function withoutEnding(word: string): string | undefined {
	for (const ending of ENDINGS) {
		if (!word.endsWith(ending.suffix)) continue
		const rest = word.slice(0, -ending.suffix.length)
		if (rest.length < ending.keep) continue
		const before = rest[rest.length - 1]!
		if (ending.notAfter?.includes(before) || (ending.onlyAfter && !ending.onlyAfter.includes(before))) continue
		return rest
	}
	return undefined
}

/** The spelling both languages share: "vector" and "vektor" → "vektor", "therapy" and "terapi" → "terapi". */
export function spellingKey(word: string): string {
	const spelled = word.replace(SPELLING, (letters) => SPELLING_OF.get(letters) ?? letters)
	const single = spelled.replace(DOUBLED_CONSONANT, '$1')
	// "till" stays "till": a key of three letters would meet the abbreviations ("TIL").
	return single.length > 3 ? single : spelled
}

const AS_WRITTEN: ReadonlySet<string> = new Set(rules.asWritten.words)
const cache = new Map<string, string>()

/**
 * The matching key of a folded word: its endings removed, then spelled the
 * way both languages agree on. Words of three letters or fewer and words with
 * digits are their own key ("til", "ev", "cd19").
 */
export function stemToken(folded: string): string {
	if (folded.length <= 3 || /\d/.test(folded) || AS_WRITTEN.has(folded)) return folded
	let key = cache.get(folded)
	if (key === undefined) {
		let word = folded
		for (let round = 0; round < MAX_ROUNDS; round += 1) {
			const shorter = withoutEnding(word)
			if (shorter === undefined) break
			word = shorter
		}
		key = spellingKey(word)
		if (cache.size > 200_000) cache.clear()
		cache.set(folded, key)
	}
	return key
}

/** The plural "s" alone (the keyword baseline's stemming): "vectors" → "vector", "process" stays. */
export function pluralStem(folded: string): string {
	if (folded.length > 4 && folded.endsWith('s') && !/(ss|us|is)$/.test(folded)) return folded.slice(0, -1)
	return folded
}

/** Words that are never the first part of a compound. */
export const notCompoundParts: ReadonlySet<string> = new Set(rules.notCompoundParts.words)

/** The rules as data, for fingerprints of what readers depend on. */
export const morphologyRules: unknown = rules
