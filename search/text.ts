// Text handling shared by both engines, the documents and the highlighter.
// Queries and documents go through the same folding and tokenising, so a word
// typed as "Rådgivning", "radgivning" or "RÅDGIVNING" is one word everywhere,
// and "CAR-T" is the two words "car t" on both sides of the match.

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

/** Lower case without diacritics: "Läkemedelsverket Ø" → "lakemedelsverket o". */
export function foldText(text: string): string {
	return text
		.toLowerCase()
		.replace(/[æøœßðđþłıŋ]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter)
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
}

/** Longest word kept; longer runs are noise (hashes, pasted blobs) and would bloat the vocabulary. */
export const MAX_TOKEN_LENGTH = 40

/** Folded words: letters and digits only, so no token can carry query or filter syntax. */
export function tokenize(text: string): string[] {
	const tokens: string[] = []
	for (const token of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
		if (token) tokens.push(token.length > MAX_TOKEN_LENGTH ? token.slice(0, MAX_TOKEN_LENGTH) : token)
	}
	return tokens
}

/** Words as the engines index them: the tokens joined by single spaces. */
export function normalizeForIndex(text: string): string {
	return tokenize(text).join(' ')
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!)
}

/**
 * Private-use characters that mark highlights inside engine output until the
 * text is escaped; documents never contain them (stripControlCharacters).
 */
export const MARK_START = '\uE000'
export const MARK_END = '\uE001'

/** Removes control and private-use characters, which have no business in listing text and could forge highlight markers. */
export function stripControlCharacters(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000-\uF8FF]/g, '')
}

/** Escapes everything, then turns the private markers into <mark> elements: the only HTML that leaves this module. */
export function markersToHtml(text: string): string {
	let open = false
	let html = ''
	for (const part of text.split(/([\uE000\uE001])/)) {
		if (part === MARK_START) {
			if (!open) html += '<mark>'
			open = true
		} else if (part === MARK_END) {
			if (open) html += '</mark>'
			open = false
		} else {
			html += escapeHtml(part)
		}
	}
	return open ? `${html}</mark>` : html
}

/**
 * Optimal-string-alignment Damerau-Levenshtein distance (a swap of two
 * neighbouring letters is one edit, as in Meilisearch), stopping early once
 * the distance exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
	if (Math.abs(a.length - b.length) > max) return max + 1
	const rows = a.length + 1
	const cols = b.length + 1
	let prevPrev = new Array<number>(cols).fill(0)
	let prev = Array.from({ length: cols }, (_, j) => j)
	for (let i = 1; i < rows; i++) {
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

/**
 * Typos the way Meilisearch counts them: Damerau-Levenshtein distance, where
 * a different first letter costs two.
 */
export function typoCost(query: string, word: string, max: number): number {
	if (!query || !word) return max + 1
	if (query[0] === word[0]) return editDistance(query, word, max)
	if (max < 2) return max + 1
	return 1 + editDistance(query, word, max - 1)
}
