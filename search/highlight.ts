// Highlighting for both engines: the words a query matched, and where a text
// names one of its concepts; escape everything, then add <mark>. The search
// page renders snippets as HTML, so nothing unescaped may leave this module.
import { statedConcepts, type StatedConcept } from '~/taxonomy/concepts.ts'
import { stemToken } from '~/taxonomy/morphology.ts'
import { foldWord } from '~/utils/text.ts'
import { CROP_WORDS } from './index-definition.ts'
import { MARK_END, MARK_START, markersToHtml } from './text.ts'

/** Decides whether a word of a document matched the query. */
export interface WordMatcher {
	/** Folded words that match exactly (query words, typo corrections, synonym words). */
	words: Set<string>
	/** Folded prefixes (the last query word as typed). */
	prefixes: string[]
	/** Stems of query words: a word starting with one and at most a few letters longer matches ("vector" → "vectors"). */
	stems: string[]
	/**
	 * The query's concepts: where a text names one, the words typed are
	 * marked, or the whole phrase when the text names it in other words
	 * ("renrum" for "cleanroom").
	 */
	concepts?: {
		keys: ReadonlySet<string>
		typed: ReadonlySet<string>
		/** The concepts a text states (the caller may remember them for the texts it reads twice). */
		statedOf?: (text: string) => readonly StatedConcept[]
	}
}

/** Where the text names a concept of the query, and whether the words typed are among the span's words. */
function conceptSpans(text: string, concepts: NonNullable<WordMatcher['concepts']>) {
	if (!concepts.keys.size) return []
	return (concepts.statedOf ?? statedConcepts)(text)
		.filter((stated) => concepts.keys.has(stated.key))
		.map((stated) => {
			const inside = [...text.slice(stated.start, stated.end).matchAll(WORD)].map((word) => foldWord(word[0]))
			return {
				from: stated.start,
				to: stated.end,
				typedInside: inside.some((word) => concepts.typed.has(stemToken(word))),
			}
		})
}

const MAX_STEM_SUFFIX = 4

export function matchesWord(matcher: WordMatcher, word: string): boolean {
	const folded = foldWord(word)
	if (matcher.words.has(folded)) return true
	if (matcher.prefixes.some((prefix) => folded.startsWith(prefix))) return true
	return matcher.stems.some(
		(stem) => stem.length >= 3 && folded.startsWith(stem) && folded.length - stem.length <= MAX_STEM_SUFFIX,
	)
}

// Words as the tokenizer sees them, on the original text (combining marks stay with their letter).
const WORD = /[\p{L}\p{N}\p{M}]+/gu

interface Piece {
	text: string
	word: boolean
	match: boolean
}

function pieces(text: string, matcher: WordMatcher): Piece[] {
	const result: Piece[] = []
	const spans = matcher.concepts ? conceptSpans(text, matcher.concepts) : []
	const typed = matcher.concepts?.typed
	// Inside a span, the words typed are marked; all of the span when it names the concept in other words.
	const marksInSpan = (word: string, start: number, end: number) =>
		spans.some(
			(span) => start >= span.from && end <= span.to && (!span.typedInside || typed!.has(stemToken(foldWord(word)))),
		)
	let last = 0
	for (const found of text.matchAll(WORD)) {
		const start = found.index
		const end = start + found[0].length
		if (start > last) result.push({ text: text.slice(last, start), word: false, match: false })
		result.push({
			text: found[0],
			word: true,
			match: matchesWord(matcher, found[0]) || (spans.length > 0 && marksInSpan(found[0], start, end)),
		})
		last = end
	}
	if (last < text.length) result.push({ text: text.slice(last), word: false, match: false })
	return result
}

function withMarkers(parts: Piece[]): string {
	return parts.map((part) => (part.match ? `${MARK_START}${part.text}${MARK_END}` : part.text)).join('')
}

/**
 * The text with matches marked, HTML-escaped; undefined when nothing matched.
 * With `crop`, only about CROP_WORDS words around the first match, with "…"
 * where text was cut.
 */
export function highlightText(
	text: string | null | undefined,
	matcher: WordMatcher,
	options: { crop?: boolean } = {},
): string | undefined {
	if (!text) return undefined
	const parts = pieces(text, matcher)
	const first = parts.findIndex((part) => part.match)
	if (first === -1) return undefined
	if (!options.crop) return markersToHtml(withMarkers(parts))

	const wordIndexes = parts.flatMap((part, index) => (part.word ? [index] : []))
	if (wordIndexes.length <= CROP_WORDS) return markersToHtml(withMarkers(parts))
	const firstWord = wordIndexes.indexOf(first)
	const startWord = Math.max(0, Math.min(firstWord - Math.floor(CROP_WORDS / 3), wordIndexes.length - CROP_WORDS))
	const endWord = startWord + CROP_WORDS - 1
	const from = wordIndexes[startWord]!
	const to = wordIndexes[endWord]!
	const cropped = withMarkers(parts.slice(from, to + 1))
	return `${startWord > 0 ? '…' : ''}${markersToHtml(cropped)}${endWord < wordIndexes.length - 1 ? '…' : ''}`
}

/** For engines that mark matches with MARK_START/MARK_END themselves: escape, keep only fields that matched. */
export function markedToHighlight(marked: unknown): string | undefined {
	if (typeof marked !== 'string' || !marked.includes(MARK_START)) return undefined
	return markersToHtml(marked)
}
