// What a facility's windows say about when it is free, as pure functions over
// ISO dates ("2027-03-01"): the free ranges search indexes, whether they cover
// a date or a period, and the twelve-month calendar of its page. Windows end on
// their `to` day inclusive; a range without `to` is open (the old single
// "available from" date, docs/decisions/042).
import type { CapacityState } from './capacity-schema.ts'

export interface DatedWindow {
	from: string
	to: string
	state: CapacityState
}

export interface FreeRange {
	from: string
	/** Null: free from `from` on, with no end known. */
	to: string | null
}

export function addDays(isoDate: string, days: number): string {
	const date = new Date(`${isoDate}T00:00:00Z`)
	date.setUTCDate(date.getUTCDate() + days)
	return date.toISOString().slice(0, 10)
}

/**
 * The union of the free windows of every suite, in order, touching or
 * overlapping windows joined, without those that ended before `today`. A
 * facility that keeps no windows at all but gave the old "available from" date
 * is free from that date on (back-compat, not migrated: docs/decisions/042).
 */
export function freeRangesOf(
	windows: readonly DatedWindow[],
	options: { today: string; availableFrom?: string | null; keepsWindows: boolean },
): FreeRange[] {
	if (!options.keepsWindows) return options.availableFrom ? [{ from: options.availableFrom, to: null }] : []
	const free = windows
		.filter((window) => window.state === 'free' && window.to >= options.today)
		.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
	const merged: Array<{ from: string; to: string }> = []
	for (const window of free) {
		const last = merged[merged.length - 1]
		if (last && window.from <= addDays(last.to, 1)) {
			if (window.to > last.to) last.to = window.to
		} else merged.push({ from: window.from, to: window.to })
	}
	return merged
}

/** Whether one free range holds every day from `from` to `to` (both included). */
export function rangesCover(ranges: readonly FreeRange[], from: string, to: string): boolean {
	return ranges.some((range) => range.from <= from && (range.to === null || range.to >= to))
}

/** The first day of the month `offset` months after the month of `isoDate`. */
export function monthStart(isoDate: string, offset = 0): string {
	const year = Number(isoDate.slice(0, 4))
	const month = Number(isoDate.slice(5, 7)) - 1 + offset
	return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10)
}

export type MonthState = CapacityState | 'unknown'

export interface MonthCell {
	/** "2027-03" */
	month: string
	state: MonthState
}

/**
 * A suite's months from the month of `today` on: free when any free window
 * touches the month (someone planning wants to know it can start then), else
 * tentative, else booked, else unknown (no window says anything).
 */
export function monthCells(windows: readonly DatedWindow[], today: string, months = 12): MonthCell[] {
	return Array.from({ length: months }, (_, offset) => {
		const first = monthStart(today, offset)
		const last = addDays(monthStart(today, offset + 1), -1)
		const touching = windows.filter((window) => window.from <= last && window.to >= first)
		const state: MonthState = touching.some((w) => w.state === 'free')
			? 'free'
			: touching.some((w) => w.state === 'tentative')
				? 'tentative'
				: touching.some((w) => w.state === 'booked')
					? 'booked'
					: 'unknown'
		return { month: first.slice(0, 7), state }
	})
}
