// The twelve-month calendar of a facility's page, as pure functions over ISO
// dates ("2027-03-01"). Windows end on their `to` day inclusive. What search
// indexes (the free ranges) is search/availability.ts.
import type { CapacityState } from './capacity-schema.ts'

export interface DatedWindow {
	from: string
	to: string
	state: CapacityState
}

export function addDays(isoDate: string, days: number): string {
	const date = new Date(`${isoDate}T00:00:00Z`)
	date.setUTCDate(date.getUTCDate() + days)
	return date.toISOString().slice(0, 10)
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
