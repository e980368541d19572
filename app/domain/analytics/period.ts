// The period a coordinator looks at: a calendar month, a quarter, or any
// from–to range of days, read from the URL so a view can be bookmarked and
// shared. Days begin at midnight in the hub's own time zone (Stockholm), as
// the dates on every page are shown there.
import { DEFAULT_TIME_ZONE, zonedToInstant } from '../events/zoned-time.ts'

export const periodKinds = ['month', 'quarter', 'custom'] as const
export type PeriodKind = (typeof periodKinds)[number]

/** What was wrong with the period asked for; the page says so and shows the default period instead. */
export type PeriodProblem = 'custom-incomplete' | 'custom-order' | 'out-of-range'

export interface Period {
	kind: PeriodKind
	/** "2026-11": the month of a month period, or the first month of the others. */
	month: string
	/** "2026-Q4" */
	quarter: string
	/** The first and last day, inclusive, as YYYY-MM-DD. */
	from: string
	to: string
	/** The instants the period runs between: [start, end). */
	start: Date
	end: Date
	problem: PeriodProblem | null
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const QUARTER = /^(\d{4})-Q([1-4])$/
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
// Requests exist from the portal's start; a range beyond a few decades is a typo, not a question.
const EARLIEST_YEAR = 2000
const LATEST_YEAR = 2199

const two = (value: number) => String(value).padStart(2, '0')

/** YYYY-MM-DD as the hub's clocks read it at this instant. */
export function hubDay(instant: Date): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: DEFAULT_TIME_ZONE,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).format(instant)
}

function validDay(text: string | null | undefined): string | null {
	const match = text ? DAY.exec(text.trim()) : null
	if (!match) return null
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
	const date = new Date(Date.UTC(year, month - 1, day))
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
	return `${year}-${two(month)}-${two(day)}`
}

function addDays(day: string, days: number): string {
	const date = new Date(`${day}T00:00:00Z`)
	date.setUTCDate(date.getUTCDate() + days)
	return date.toISOString().slice(0, 10)
}

function lastDayOfMonth(year: number, month: number): string {
	return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
}

function hubMidnight(day: string): Date {
	// Midnight is never skipped in Stockholm (clocks change at 02:00 and 03:00).
	return zonedToInstant(`${day}T00:00`, DEFAULT_TIME_ZONE)!
}

function inRange(year: number): boolean {
	return year >= EARLIEST_YEAR && year <= LATEST_YEAR
}

function build(kind: PeriodKind, from: string, to: string, problem: PeriodProblem | null): Period {
	const year = Number(from.slice(0, 4))
	const month = Number(from.slice(5, 7))
	return {
		kind,
		month: from.slice(0, 7),
		quarter: `${year}-Q${Math.floor((month - 1) / 3) + 1}`,
		from,
		to,
		start: hubMidnight(from),
		end: hubMidnight(addDays(to, 1)),
		problem,
	}
}

function monthPeriod(year: number, month: number, problem: PeriodProblem | null = null): Period {
	return build('month', `${year}-${two(month)}-01`, lastDayOfMonth(year, month), problem)
}

function quarterPeriod(year: number, quarter: number, problem: PeriodProblem | null = null): Period {
	const firstMonth = (quarter - 1) * 3 + 1
	return build('quarter', `${year}-${two(firstMonth)}-01`, lastDayOfMonth(year, firstMonth + 2), problem)
}

/** The quarter the hub is in today: what the page shows when the URL names no period. */
export function currentQuarter(now: Date, problem: PeriodProblem | null = null): Period {
	const today = hubDay(now)
	return quarterPeriod(Number(today.slice(0, 4)), Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1, problem)
}

/**
 * The period the query string names: `period=month&month=2026-11`,
 * `period=quarter&quarter=2026-Q4` or `period=custom&from=…&to=…` (days
 * inclusive). Anything else is the current quarter, with the problem named
 * when the coordinator asked for something that could not be read.
 */
export function periodFromQuery(query: URLSearchParams, now: Date = new Date()): Period {
	const kind = query.get('period')
	if (kind === 'month') {
		const match = MONTH.exec(query.get('month')?.trim() ?? '')
		if (match && inRange(Number(match[1]))) return monthPeriod(Number(match[1]), Number(match[2]))
		return currentQuarter(now, 'out-of-range')
	}
	if (kind === 'quarter') {
		const match = QUARTER.exec(query.get('quarter')?.trim() ?? '')
		if (match && inRange(Number(match[1]))) return quarterPeriod(Number(match[1]), Number(match[2]))
		return currentQuarter(now, 'out-of-range')
	}
	if (kind === 'custom') {
		const from = validDay(query.get('from'))
		const to = validDay(query.get('to'))
		if (!from || !to) return currentQuarter(now, 'custom-incomplete')
		if (!inRange(Number(from.slice(0, 4))) || !inRange(Number(to.slice(0, 4))))
			return currentQuarter(now, 'out-of-range')
		if (to < from) return currentQuarter(now, 'custom-order')
		return build('custom', from, to, null)
	}
	return currentQuarter(now)
}

/** The query string that names this period, for links, the CSV downloads and the closed-request list. */
export function periodQuery(period: Period): Record<string, string> {
	if (period.kind === 'month') return { period: 'month', month: period.month }
	if (period.kind === 'quarter') return { period: 'quarter', quarter: period.quarter }
	return { period: 'custom', from: period.from, to: period.to }
}

/** The period of the same kind just before or after this one (a custom range moves by its own length). */
export function neighbourPeriod(period: Period, step: -1 | 1): Period {
	if (period.kind === 'custom') {
		const days = Math.round((Date.parse(period.to) - Date.parse(period.from)) / 86_400_000) + 1
		return build('custom', addDays(period.from, step * days), addDays(period.to, step * days), null)
	}
	const year = Number(period.from.slice(0, 4))
	const month = Number(period.from.slice(5, 7))
	const months = (period.kind === 'month' ? 1 : 3) * step
	const index = year * 12 + (month - 1) + months
	const next = { year: Math.floor(index / 12), month: (index % 12) + 1 }
	return period.kind === 'month'
		? monthPeriod(next.year, next.month)
		: quarterPeriod(next.year, Math.floor((next.month - 1) / 3) + 1)
}
