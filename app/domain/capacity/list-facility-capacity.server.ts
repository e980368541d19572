import { prisma } from '~/utils/db.server.ts'
import { isoDateFromDate } from '../listings/to-database.ts'
import type { CapacityState } from './capacity-schema.ts'

export interface CapacityWindowView {
	id: string
	from: string
	to: string
	state: CapacityState
	note: string | null
	updatedAt: string
}

export interface SuiteView {
	id: string
	name: string
	grade: string | null
	windows: CapacityWindowView[]
}

/**
 * A facility's suites in their order, each with its windows by start date.
 * Capacity is public like the facility itself: whoever may see the facility's
 * page may see its calendar (the page checks that first).
 */
export async function listFacilityCapacity(facilityId: string): Promise<SuiteView[]> {
	const suites = await prisma().facilitySuite.findMany({
		where: { facilityId },
		orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
		select: {
			id: true,
			name: true,
			grade: true,
			windows: { orderBy: [{ from: 'asc' }, { to: 'asc' }] },
		},
	})
	return suites.map((suite) => ({
		id: suite.id,
		name: suite.name,
		grade: suite.grade,
		windows: suite.windows.map((window) => ({
			id: window.id,
			from: isoDateFromDate(window.from),
			to: isoDateFromDate(window.to),
			state: window.state,
			note: window.note,
			updatedAt: window.updatedAt.toISOString(),
		})),
	}))
}
