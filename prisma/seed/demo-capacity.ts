import { capacitySuitesSchema, type CapacitySuites } from '../../app/domain/capacity/capacity-schema.ts'

// The demo facilities' suites and capacity windows, from what their records
// already say: as many suites as the record counts (three at most), the
// highest grade the facility has, booked from the demo's month until its
// "available from" date (the first suite from that very day) and free for
// some months after it, then tentative.
// A facility that names no date keeps no calendar, so the demo's matchmaking
// reads the same capacity as before windows existed.

const gradeOrder = ['A', 'B', 'C', 'D']

function addMonths(isoDate: string, months: number): string {
	const [year, month] = isoDate.split('-').map(Number) as [number, number]
	const index = year * 12 + (month - 1) + months
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

/** The day before an ISO date's first of the month, as the end of the window before it. */
function dayBefore(isoDate: string): string {
	const date = new Date(`${isoDate}T00:00:00Z`)
	date.setUTCDate(date.getUTCDate() - 1)
	return date.toISOString().slice(0, 10)
}

export function demoCapacity(
	facility: { suites?: number; cleanroomGrades: readonly string[]; availableFrom?: string },
	position: number,
	referenceDate: string,
): CapacitySuites {
	if (!facility.availableFrom) return []
	const grade = gradeOrder.find((code) => facility.cleanroomGrades.includes(code))
	const firstMonth = addMonths(referenceDate, 0)
	const suiteCount = Math.min(Math.max(facility.suites ?? 1, 1), 3)
	const suites = Array.from({ length: suiteCount }, (_, suite) => {
		// Later suites open a month or two after the first, so a calendar shows them apart.
		const freeFrom =
			suite === 0
				? facility.availableFrom!
				: addMonths(facility.availableFrom!.slice(0, 7) + '-01', suite * (1 + (position % 2)))
		const freeUntil = dayBefore(addMonths(freeFrom, 3 + ((position + suite) % 4)))
		const tentativeUntil = dayBefore(addMonths(freeUntil.slice(0, 7) + '-01', 3))
		const windows = [
			...(freeFrom > firstMonth ? [{ from: firstMonth, to: dayBefore(freeFrom), state: 'booked' as const }] : []),
			{ from: freeFrom, to: freeUntil, state: 'free' as const },
			{ from: addMonths(freeUntil.slice(0, 7) + '-01', 1), to: tentativeUntil, state: 'tentative' as const },
		]
		return { name: `Suite ${suite + 1}`, ...(grade ? { grade } : {}), windows }
	})
	// The same schema as the editor and the interchange format: a demo window is a real one.
	return capacitySuitesSchema.parse(suites)
}
