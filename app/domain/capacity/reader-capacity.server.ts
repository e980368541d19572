// A facility's capacity as its readers get it: the facility's page (its
// calendar) and the API's listing items. One rule for both: whoever may see
// the facility sees its suites and the windows not yet over, notes included,
// since a note is written for the people planning with the facility (decision
// 042: capacity is as public as the facility itself). Visibility is decided
// before this is asked: the caller passes only facilities its reader may see.
import { prisma } from '~/utils/db.server.ts'
import { freeRangesOf, type FreeRange } from '../../../search/availability.ts'
import { isoDateFromDate } from '../listings/to-database.ts'
import type { CapacityState } from './capacity-schema.ts'

export interface ReaderWindow {
	from: string
	to: string
	state: CapacityState
	note: string | null
}

export interface ReaderSuite {
	name: string
	grade: string | null
	windows: ReaderWindow[]
}

export interface ReaderCapacity {
	suites: ReaderSuite[]
	/** What search finds the facility by: its free windows joined, or the old "available from" date, open-ended. */
	freeRanges: FreeRange[]
}

export function todayOf(now: Date): string {
	return now.toISOString().slice(0, 10)
}

/** The windows a reader is shown: those not over by `today` (a window's last day still counts). */
export function windowsNotOver<W extends { to: string }>(windows: readonly W[], today: string): W[] {
	return windows.filter((window) => window.to >= today)
}

/** The capacity of each of these facilities, keyed by listing id; ids of other listing types are left out. */
export async function capacityForReaders(
	facilityIds: readonly string[],
	now: Date = new Date(),
): Promise<Map<string, ReaderCapacity>> {
	if (!facilityIds.length) return new Map()
	const today = todayOf(now)
	const facilities = await prisma().listing.findMany({
		where: { id: { in: [...facilityIds] }, type: 'facility' },
		select: {
			id: true,
			availableFrom: true,
			capacitySuites: {
				orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
				select: {
					name: true,
					grade: true,
					windows: {
						orderBy: [{ from: 'asc' }, { to: 'asc' }],
						select: { from: true, to: true, state: true, note: true },
					},
				},
			},
		},
	})
	return new Map(
		facilities.map((facility) => {
			const suites = facility.capacitySuites.map((suite) => ({
				name: suite.name,
				grade: suite.grade,
				windows: suite.windows.map((window) => ({
					from: isoDateFromDate(window.from),
					to: isoDateFromDate(window.to),
					state: window.state,
					note: window.note,
				})),
			}))
			const freeRanges = freeRangesOf(
				suites.flatMap((suite) => suite.windows),
				{ today, availableFrom: facility.availableFrom ? isoDateFromDate(facility.availableFrom) : null },
			)
			return [
				facility.id,
				{ suites: suites.map((suite) => ({ ...suite, windows: windowsNotOver(suite.windows, today) })), freeRanges },
			]
		}),
	)
}
