// A facility's capacity as the interchange format carries it (its suites,
// each with its windows): read for the export and for telling an import
// what changes, and written whole by an import or the demo seed. The editor
// changes one suite or window at a time instead (save-suite, save-window).
import type { Prisma } from '~/generated/prisma/client.ts'
import { dateFromIsoDate, isoDateFromDate } from '../listings/to-database.ts'
import type { CapacitySuites } from './capacity-schema.ts'

type Db = Pick<Prisma.TransactionClient, 'facilitySuite'>

/** The capacity of each facility that has any, in the format's shape and order (suites by position, windows by start). */
export async function capacityOfFacilities(
	db: Db,
	facilityIds: readonly string[],
): Promise<Map<string, CapacitySuites>> {
	if (!facilityIds.length) return new Map()
	const suites = await db.facilitySuite.findMany({
		where: { facilityId: { in: [...facilityIds] } },
		orderBy: [{ facilityId: 'asc' }, { position: 'asc' }, { name: 'asc' }],
		select: {
			facilityId: true,
			name: true,
			grade: true,
			windows: { orderBy: [{ from: 'asc' }, { to: 'asc' }], select: { from: true, to: true, state: true, note: true } },
		},
	})
	const byFacility = new Map<string, CapacitySuites>()
	for (const suite of suites) {
		const list = byFacility.get(suite.facilityId) ?? []
		list.push({
			name: suite.name,
			...(suite.grade ? { grade: suite.grade } : {}),
			windows: suite.windows.map((window) => ({
				from: isoDateFromDate(window.from),
				to: isoDateFromDate(window.to),
				state: window.state,
				...(window.note ? { note: window.note } : {}),
			})),
		})
		byFacility.set(suite.facilityId, list)
	}
	return byFacility
}

/** Whether two capacities say the same: same suites in the same order, each with the same windows in time order. */
export function sameCapacity(a: CapacitySuites, b: CapacitySuites): boolean {
	const canonical = (suites: CapacitySuites) =>
		JSON.stringify(
			suites.map((suite) => ({
				name: suite.name,
				grade: suite.grade ?? null,
				windows: [...suite.windows]
					.sort((x, y) => x.from.localeCompare(y.from) || x.to.localeCompare(y.to))
					.map((window) => [window.from, window.to, window.state, window.note ?? null]),
			})),
		)
	return canonical(a) === canonical(b)
}

/** Replaces a facility's whole capacity (the caller re-indexes it, in the same transaction). */
export async function replaceCapacity(
	tx: Pick<Prisma.TransactionClient, 'facilitySuite' | 'capacityWindow'>,
	facilityId: string,
	suites: CapacitySuites,
): Promise<void> {
	await tx.facilitySuite.deleteMany({ where: { facilityId } })
	for (const [position, suite] of suites.entries()) {
		const { id } = await tx.facilitySuite.create({
			data: { facilityId, name: suite.name, grade: suite.grade ?? null, position },
			select: { id: true },
		})
		await tx.capacityWindow.createMany({
			data: suite.windows.map((window) => ({
				suiteId: id,
				from: dateFromIsoDate(window.from),
				to: dateFromIsoDate(window.to),
				state: window.state,
				note: window.note ?? null,
			})),
		})
	}
}
