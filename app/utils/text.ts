// Folding, words and typo distance: one definition for search (documents and
// queries), matchmaking (listing and request text) and URL slugs, so that a
// word typed as "Rådgivning", "radgivning" or "RÅDGIVNING" is one word
// everywhere and "CAR-T" is the two words "car t" on both sides of a match.

// Letters that Unicode does not decompose into a base letter plus accent
// (PostgreSQL's unaccent maps them the same way).
const UNDECOMPOSABLE: Record<string, string> = {
	æ: 'ae',
	ø: 'o',
	œ: 'oe',
	ß: 'ss',
	ð: 'd',
	đ: 'd',
	þ: 'th',
	ł: 'l',
	ı: 'i',
	ŋ: 'n',
}

/** Lower case without diacritics: "Läkemedelsverket Ø" → "lakemedelsverket o", "Þórsson" → "thorsson". */
export function foldText(text: string): string {
	return text
		.toLowerCase()
		.replace(/[æøœßðđþłıŋ]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter)
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
}

/** Longest word kept; longer runs are noise (hashes, pasted blobs) and would bloat a vocabulary. */
export const MAX_TOKEN_LENGTH = 40

// A word as written: letters, digits and the combining marks of a decomposed accent.
const WORD = /[\p{L}\p{N}\p{M}]+/gu
const SEPARATOR = /[^\p{L}\p{N}]+/u

export interface Word {
	/** As written, for case-sensitive abbreviations ("PD", "OV"). */
	raw: string
	/** Folded: lower case, no accents. */
	folded: string
	/** Position in the original text. */
	start: number
	end: number
}

// Words repeat across a directory; folding each distinct spelling once keeps
// reading a large directory fast.
const foldCache = new Map<string, string>()
/** foldText for one word, remembered: words repeat across a directory. */
export function foldWord(raw: string): string {
	let folded = foldCache.get(raw)
	if (folded === undefined) {
		folded = foldText(raw)
		if (foldCache.size > 100_000) foldCache.clear()
		foldCache.set(raw, folded)
	}
	return folded
}

/**
 * The words of a text with their positions. Hyphens, slashes and every other
 * separator split words ("CAR-T" → CAR, T); a letter that folds into several
 * ("½") never joins two words.
 */
export function words(text: string): Word[] {
	const result: Word[] = []
	for (const match of text.matchAll(WORD)) {
		const raw = match[0]
		const start = match.index ?? 0
		const folded = foldWord(raw)
		if (!SEPARATOR.test(folded)) {
			if (folded) result.push({ raw, folded, start, end: start + raw.length })
			continue
		}
		for (const part of folded.split(SEPARATOR))
			if (part) result.push({ raw, folded: part, start, end: start + raw.length })
	}
	return result
}

/** Folded words, letters and digits only (so no word can carry query or filter syntax), each at most MAX_TOKEN_LENGTH long. */
export function tokenize(text: string): string[] {
	const tokens: string[] = []
	for (const token of foldText(text).split(SEPARATOR)) {
		if (token) tokens.push(token.length > MAX_TOKEN_LENGTH ? token.slice(0, MAX_TOKEN_LENGTH) : token)
	}
	return tokens
}

/**
 * Optimal-string-alignment Damerau-Levenshtein distance (a swap of two
 * neighbouring letters is one edit, as in Meilisearch), stopping early once
 * the distance exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
	if (Math.abs(a.length - b.length) > max) return max + 1
	const cols = b.length + 1
	let prevPrev = new Array<number>(cols).fill(0)
	let prev = Array.from({ length: cols }, (_, j) => j)
	for (let i = 1; i <= a.length; i++) {
		const current = new Array<number>(cols).fill(0)
		current[0] = i
		let rowMin = current[0]
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1
			let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost)
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, prevPrev[j - 2]! + 1)
			current[j] = value
			if (value < rowMin) rowMin = value
		}
		if (rowMin > max) return max + 1
		prevPrev = prev
		prev = current
	}
	return prev[cols - 1]!
}

/** Typos the way Meilisearch counts them: the edit distance, where a different first letter costs two. */
export function typoCost(query: string, word: string, max: number): number {
	if (!query || !word) return max + 1
	if (query[0] === word[0]) return editDistance(query, word, max)
	if (max < 2) return max + 1
	return 1 + editDistance(query, word, max - 1)
}
