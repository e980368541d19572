import { listFacilityCapacity } from './list-facility-capacity.server.ts'
import { monthCells, type MonthCell } from './free-capacity.ts'
import type { CapacityWindowView } from './list-facility-capacity.server.ts'
import { todayOf, windowsNotOver } from './reader-capacity.server.ts'

export interface SuiteCalendar {
	id: string
	name: string
	grade: string | null
	months: MonthCell[]
	windows: Array<Omit<CapacityWindowView, 'updatedAt'>>
}

export interface FacilityCalendar {
	suites: SuiteCalendar[]
	/** When a window last changed, so a visitor can judge how current the calendar is. */
	lastChanged: string | null
}

/** The facility page's calendar: the next twelve months of each suite, and its windows not yet over. */
export async function facilityCalendar(facilityId: string, now = new Date()): Promise<FacilityCalendar> {
	const today = todayOf(now)
	const suites = await listFacilityCapacity(facilityId)
	const changes = suites.flatMap((suite) => suite.windows.map((window) => window.updatedAt)).sort()
	return {
		suites: suites.map((suite) => ({
			id: suite.id,
			name: suite.name,
			grade: suite.grade,
			months: monthCells(suite.windows, today),
			// The same windows the API gives its readers (reader-capacity.server.ts).
			windows: windowsNotOver(suite.windows, today).map(({ updatedAt: _updatedAt, ...window }) => window),
		})),
		lastChanged: changes[changes.length - 1] ?? null,
	}
}
