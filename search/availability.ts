// Free capacity in the index (docs/decisions/042): a facility's document
// carries its free ranges, and a query may ask for listings with one range
// covering a day (availableBy) or a period (availableFrom–availableTo). The
// PostgreSQL engine keeps the ranges as a datemultirange and asks `@>`;
// Meilisearch cannot say "one element of a list holds both conditions", so
// its documents carry the first ranges in numbered slots of day numbers, and
// the filter ORs "this slot covers the period" over the slots.

export interface FreeRange {
	from: string
	/** Null: no end known (free from `from` on). */
	to: string | null
}

export interface AvailabilityFilter {
	/** First day that must be free (YYYY-MM-DD). */
	from: string
	/** Last day that must be free; the same as `from` for availableBy. */
	to: string
}

const EARLIEST = '1900-01-01'
const LATEST = '2199-12-31'

export function isAvailabilityDate(value: unknown): value is string {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
	if (value < EARLIEST || value > LATEST) return false
	const date = new Date(`${value}T00:00:00Z`)
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** Free ranges a Meilisearch document holds in slots; a facility with more has its earliest ones searchable. */
export const FREE_RANGE_SLOTS = 8

/** Day number of an open end: after any date the hub accepts. */
export const OPEN_END_DAY = dayNumber(LATEST) + 1

/** Days since 1970-01-01: Meilisearch compares numbers, not dates. */
export function dayNumber(isoDate: string): number {
	return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000)
}

export function freeSlotAttributes(slot: number): { from: string; to: string } {
	return { from: `freeSlot${slot}From`, to: `freeSlot${slot}To` }
}

export const freeSlotAttributeNames = Array.from({ length: FREE_RANGE_SLOTS }, (_, slot) => {
	const { from, to } = freeSlotAttributes(slot)
	return [from, to]
}).flat()

/** The slot fields of a document's free ranges (absent slots match no filter). */
export function freeSlotsOf(ranges: readonly FreeRange[]): Record<string, number> {
	const fields: Record<string, number> = {}
	ranges.slice(0, FREE_RANGE_SLOTS).forEach((range, slot) => {
		const { from, to } = freeSlotAttributes(slot)
		fields[from] = dayNumber(range.from)
		fields[to] = range.to === null ? OPEN_END_DAY : dayNumber(range.to)
	})
	return fields
}

/** PostgreSQL's text form of a datemultirange of the ranges, both ends included. */
export function multirangeLiteral(ranges: readonly FreeRange[]): string {
	return `{${ranges.map((range) => `[${range.from},${range.to ?? ''}${range.to === null ? ')' : ']'}`).join(',')}}`
}

export interface DatedWindow {
	from: string
	to: string
	state: 'free' | 'tentative' | 'booked'
}

function addDays(isoDate: string, days: number): string {
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
	options: { today: string; availableFrom?: string | null },
): FreeRange[] {
	if (windows.length === 0) return options.availableFrom ? [{ from: options.availableFrom, to: null }] : []
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
export function rangesCover(ranges: readonly FreeRange[], filter: AvailabilityFilter): boolean {
	return ranges.some((range) => range.from <= filter.from && (range.to === null || range.to >= filter.to))
}
