// Dates in free text and what they are about: capacity that opens ("from
// Q3 2027", "ledig kapacitet från 2026-11") or a deadline ("by March 2028",
// "senast slutet av mars 2028").
import { foldText } from '../../utils/text.ts'
import type { Polarity } from './polarity.ts'
import { clauseTokens, type Token } from './tokens.ts'
import { wordLists } from './word-lists.ts'

export interface DateMention {
	/** First day of the period the text names (ISO yyyy-mm-dd). */
	start: string
	/** Last day of the period the text names. */
	end: string
	/** What the date is about, read from the words before it. */
	kind: 'available' | 'deadline' | 'other'
	polarity: Polarity
	surface: string
	sentence: number
}

const MONTHS: Record<string, number> = wordLists.dates.months
const AVAILABLE_CUES = new Set(wordLists.dates.availableCues)
const DEADLINE_CUES = new Set(wordLists.dates.deadlineCues)
const BOOKED_CUES = new Set(wordLists.dates.bookedCues)
const BARE_YEAR_CUES = new Set(wordLists.dates.bareYearCues)
const END_OF_PERIOD = new Set(wordLists.dates.endOfPeriod)

function pad(value: number): string {
	return String(value).padStart(2, '0')
}

function lastDayOfMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function period(year: number, firstMonth: number, lastMonth: number, day?: number): { start: string; end: string } {
	if (day !== undefined) {
		const iso = `${year}-${pad(firstMonth)}-${pad(day)}`
		return { start: iso, end: iso }
	}
	return {
		start: `${year}-${pad(firstMonth)}-01`,
		end: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`,
	}
}

const DATE_PATTERN = new RegExp(
	[
		'\\b(?<isoYear>20\\d\\d)-(?<isoMonth>0[1-9]|1[0-2])(?:-(?<isoDay>0[1-9]|[12]\\d|3[01]))?\\b',
		`\\b(?<monthName>${Object.keys(MONTHS).join('|')})\\.?\\s+(?<monthYear>20\\d\\d)\\b`,
		'\\b(?:q|kv|kvartal\\s*)(?<quarter>[1-4])\\s*(?<quarterYear>20\\d\\d)\\b',
		'\\b(?<quarterFirst>[1-4])(?::a|:e|st|nd|rd|th)?\\s+(?:quarter|kvartalet)\\s+(?:of\\s+)?(?<quarterFirstYear>20\\d\\d)\\b',
		'\\b(?<half>h[12])\\s*(?<halfYear>20\\d\\d)\\b',
		'\\b(?<year>20\\d\\d)\\b',
	].join('|'),
	'g',
)

function contextWords(folded: string, index: number): string[] {
	return (folded.slice(Math.max(0, index - 60), index).match(/[\p{L}\p{N}]+/gu) ?? []).slice(-6)
}

/**
 * Dates with their period: "2027-03" is all of March 2027, "Q2 2027" April to
 * June, "slutet av mars 2028" ends 2028-03-31. A bare year only counts next to
 * a cue ("from 2027", "senast 2028"); "founded in 2005" is not a date of
 * capacity.
 */
export function extractDates(
	text: string,
	tokens: Token[] = clauseTokens(text),
	polarities?: Map<number, Polarity>,
): DateMention[] {
	const folded = foldText(text)
	const dates: DateMention[] = []
	for (const match of folded.matchAll(DATE_PATTERN)) {
		const groups = match.groups ?? {}
		const index = match.index ?? 0
		const before = contextWords(folded, index)
		const near = before.slice(-4)
		let bounds: { start: string; end: string } | undefined
		if (groups.isoYear) {
			const year = Number(groups.isoYear)
			const month = Number(groups.isoMonth)
			bounds = period(year, month, month, groups.isoDay ? Number(groups.isoDay) : undefined)
		} else if (groups.monthName) {
			const month = MONTHS[groups.monthName]!
			// "may" and "mar" are ordinary English words; only take them before a year.
			bounds = period(Number(groups.monthYear), month, month)
		} else if (groups.quarter || groups.quarterFirst) {
			const quarter = Number(groups.quarter ?? groups.quarterFirst)
			bounds = period(Number(groups.quarterYear ?? groups.quarterFirstYear), quarter * 3 - 2, quarter * 3)
		} else if (groups.half) {
			bounds = groups.half === 'h1' ? period(Number(groups.halfYear), 1, 6) : period(Number(groups.halfYear), 7, 12)
		} else if (groups.year) {
			// A bare year is a date of capacity only right after a cue ("from 2027", "no later than 2028", "end of 2027");
			// "founded in 2005", "until 2021" and "the 2021 partner spreadsheet" are not.
			if (!BARE_YEAR_CUES.has(before[before.length - 1] ?? '')) continue
			bounds = period(Number(groups.year), 1, 12)
		}
		if (!bounds) continue
		if (near.some((word) => END_OF_PERIOD.has(word))) bounds = { start: bounds.end.slice(0, 8) + '01', end: bounds.end }
		// "Fully booked until March 2027" opens in March 2027.
		const booked = before.some((word) => BOOKED_CUES.has(word))
		const kind = booked
			? 'available'
			: near.some((word) => DEADLINE_CUES.has(word))
				? 'deadline'
				: before.some((word) => AVAILABLE_CUES.has(word))
					? 'available'
					: 'other'
		const token = tokens.find((candidate) => candidate.start >= index) ?? tokens[tokens.length - 1]
		const polarity = token && polarities ? (polarities.get(token.clause) ?? 'affirmed') : 'affirmed'
		dates.push({
			...bounds,
			kind,
			polarity,
			surface: text.slice(index, index + match[0].length),
			sentence: token?.sentence ?? 0,
		})
	}
	return dates
}
