// When a search query says when ("next spring", "till våren", "Q2 2027", "from March", "2027", "now"):
// the period it names, counted from today, and which of its words said so. No listing's text says
// "next spring", so those words are not words a listing must contain; the search page offers the
// period as its free-capacity filter instead.
import type { Token } from './tokens.ts'
import { wordLists } from './word-lists.ts'

export interface QueryPeriod {
	/** First and last day (ISO yyyy-mm-dd), never before today. */
	from: string
	to: string
	/** The query's words that named it, as typed ("nästa vår", "available from Q2 2027"). */
	typed: string
	/** Which tokens those were. */
	indexes: number[]
}

type Season = 'spring' | 'summer' | 'autumn' | 'winter'
const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 }

const lists = wordLists.queryPeriods
// Maps, not the lists' objects: a query's word is never looked up among an object's own names ("constructor").
const MONTHS = new Map(Object.entries(wordLists.dates.months))
const SEASONS = new Map(Object.entries(lists.seasons))
const PARTS = new Map(Object.entries(lists.parts))
const PART_LINKS = new Set(lists.partLinks)
const NEXT = new Set(lists.next)
const CURRENT = new Set(lists.current)
const YEAR_WORDS = new Set(lists.year)
const NOW = new Set(lists.now)
const INTRODUCING = new Set(lists.introducing)
const NEEDS_CONTEXT = new Set(lists.needsContext)
/** "available from next spring": no more introducing words than this are taken with a period. */
const MAX_INTRODUCING = 3

interface Span {
	from: string
	to: string
}

const pad = (value: number) => String(value).padStart(2, '0')

/** `months` calendar months from the first of `firstMonth` in `year` (winter runs into the next year). */
function monthsFrom(year: number, firstMonth: number, months: number): Span {
	const end = new Date(Date.UTC(year, firstMonth - 1 + months, 0))
	return {
		from: `${year}-${pad(firstMonth)}-01`,
		to: `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`,
	}
}

/** The yearly period without a year: the one under way or coming ("this spring"), or the one after it ("next spring"). */
function coming(today: string, firstMonth: number, months: number, next: boolean): Span {
	const year = Number(today.slice(0, 4))
	for (let candidate = year - 1; ; candidate += 1) {
		const span = monthsFrom(candidate, firstMonth, months)
		if (next ? span.from > today : span.to >= today) return span
	}
}

const yearAt = (token: Token | undefined) => (token && /^20\d\d$/.test(token.folded) ? Number(token.folded) : undefined)
const dayAt = (token: Token | undefined) =>
	token && /^(?:[1-9]|[12]\d|3[01])$/.test(token.folded) ? Number(token.folded) : undefined

/** One day of a month: in `year`, or the first not past (after today for "next"); none if the month has no such day. */
function dayOf(year: number | undefined, month: number, day: number, today: string, next: boolean): Span | undefined {
	const iso = (inYear: number) => {
		const date = new Date(Date.UTC(inYear, month - 1, day))
		return date.getUTCMonth() === month - 1 ? `${inYear}-${pad(month)}-${pad(day)}` : undefined
	}
	const thisYear = Number(today.slice(0, 4))
	const candidates = year !== undefined ? [iso(year)] : [iso(thisYear), iso(thisYear + 1)]
	const found = candidates.find(
		(date) => date !== undefined && (year !== undefined || (next ? date > today : date >= today)),
	)
	return found ? { from: found, to: found } : undefined
}

/** "early", "mid", "late" (början av, slutet av): the first, middle or last third of a period, by days. */
function partOf(span: Span, part: 'early' | 'mid' | 'late'): Span {
	const day = 86_400_000
	const first = Date.parse(span.from)
	const days = Math.round((Date.parse(span.to) - first) / day) + 1
	const third = Math.ceil(days / 3)
	const offset = { early: 0, mid: third, late: days - third }[part]
	const isoAt = (index: number) => new Date(first + index * day).toISOString().slice(0, 10)
	return { from: isoAt(offset), to: isoAt(Math.min(offset + third, days) - 1) }
}

interface Head {
	/** Tokens the period's own words take, from the head on. */
	length: number
	span: (today: string, next: boolean) => Span | undefined
}

/** A period's own words at `index` (after any "next" or "this"), if they are one. */
function headAt(tokens: Token[], index: number, introduced: boolean, next: boolean): Head | undefined {
	const word = tokens[index]?.folded
	if (!word) return undefined
	// A day and its month, either way round ("1 March", "15 mars 2027", "March 1"): one day.
	const dayFirst = dayAt(tokens[index]) !== undefined && MONTHS.has(tokens[index + 1]?.folded ?? '')
	const monthFirst = MONTHS.has(word) && dayAt(tokens[index + 1]) !== undefined
	if (dayFirst || monthFirst) {
		const [day, month] = dayFirst
			? [Number(word), MONTHS.get(tokens[index + 1]!.folded)!]
			: [Number(tokens[index + 1]!.folded), MONTHS.get(word)!]
		const dayYear = yearAt(tokens[index + 2])
		return {
			length: dayYear !== undefined ? 3 : 2,
			span: (today, next) => dayOf(dayYear, month, day, today, next),
		}
	}
	const year = yearAt(tokens[index + 1])
	const withYear = year !== undefined ? 2 : 1
	// "vår" is also "our" ("i vår verksamhet"), "host" a host cell, "may" a verb: they are a period only with
	// a year after them, "next" before them, or an introducing word before them at the query's end ("i vår").
	const last = index === tokens.length - 1
	if (NEEDS_CONTEXT.has(word) && year === undefined && !next && !(introduced && last)) return undefined
	const yearly = (firstMonth: number, months: number): Head => ({
		length: withYear,
		span: (today, next) =>
			year !== undefined ? monthsFrom(year, firstMonth, months) : coming(today, firstMonth, months, next),
	})
	const season = SEASONS.get(word)
	if (season) return yearly(SEASON_START[season], 3)
	const month = MONTHS.get(word)
	if (month) return yearly(month, 1)
	const quarter = /^(?:q|kv)([1-4])$/.exec(word)
	if (quarter) return yearly(Number(quarter[1]) * 3 - 2, 3)
	const half = /^h([12])$/.exec(word)
	if (half) return yearly(half[1] === '1' ? 1 : 7, 6)
	const bareYear = yearAt(tokens[index])
	if (bareYear !== undefined) return { length: 1, span: () => monthsFrom(bareYear, 1, 12) }
	if (NOW.has(word)) return { length: 1, span: (today) => ({ from: today, to: today }) }
	return undefined
}

/** "next year", "i år": only with the word that says which. */
function yearWordAt(tokens: Token[], index: number, next: boolean): Head | undefined {
	if (!YEAR_WORDS.has(tokens[index]?.folded ?? '')) return undefined
	return {
		length: 1,
		span: (today) => monthsFrom(Number(today.slice(0, 4)) + (next ? 1 : 0), 1, 12),
	}
}

/**
 * The first period the query names, with the words that introduce it ("available from"), counted
 * from `today` (ISO). A period that is over ("spring 2025") is none: its words stay words.
 */
export function readQueryPeriod(text: string, tokens: Token[], today: string): QueryPeriod | undefined {
	for (let start = 0; start < tokens.length; start += 1) {
		// Before the period's own words: "next" or "this" (or "in", "till"), and a part of it ("late", "slutet av").
		let headIndex = start
		let next = false
		let modified = false
		let part: 'early' | 'mid' | 'late' | undefined
		for (;;) {
			const word = tokens[headIndex]?.folded ?? ''
			if (NEXT.has(word) || CURRENT.has(word)) {
				next ||= NEXT.has(word)
				modified = true
				headIndex += 1
			} else if (!part && PARTS.has(word)) {
				part = PARTS.get(word)
				modified = true
				headIndex += PART_LINKS.has(tokens[headIndex + 1]?.folded ?? '') ? 2 : 1
			} else break
		}
		const introduced = modified || INTRODUCING.has(tokens[start - 1]?.folded ?? '')
		const head =
			headAt(tokens, headIndex, introduced, next) ?? (modified ? yearWordAt(tokens, headIndex, next) : undefined)
		if (!head) continue
		const whole = head.span(today, next)
		if (!whole) continue
		const span = part ? partOf(whole, part) : whole
		if (span.to < today) continue
		let from = start
		while (from > 0 && start - from < MAX_INTRODUCING && INTRODUCING.has(tokens[from - 1]!.folded)) from -= 1
		const end = headIndex + head.length
		const indexes = Array.from({ length: end - from }, (_, offset) => from + offset)
		return {
			from: span.from < today ? today : span.from,
			to: span.to,
			typed: text.slice(tokens[from]!.start, tokens[end - 1]!.end),
			indexes,
		}
	}
	return undefined
}
