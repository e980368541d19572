import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { dateFromIsoDate, isoDateFromDate } from '../listings/to-database.ts'
import { listingChangedBy } from '../listings/listing-writes.server.ts'
import { RuleError } from '../rules.ts'
import { isUuid, lockFacilityForCapacity, markCapacityCurrent, suiteOf } from './capacity-access.server.ts'
import { capacityLimits, windowsOverlap, type WindowFields } from './capacity-schema.ts'

/**
 * Adds a window to a suite (no `windowId`) or changes one. A window that
 * overlaps another of the same suite is refused beside its start date: one
 * suite cannot be free and booked on the same day.
 */
export async function saveWindow(input: {
	actor: Actor
	facilityId: string
	suiteId: string
	windowId?: string
	fields: WindowFields
}): Promise<{ windowId: string }> {
	return prisma().$transaction(async (tx) => {
		await lockFacilityForCapacity(tx, input.actor, input.facilityId)
		const suite = await suiteOf(tx, input.facilityId, input.suiteId)
		const windows = await tx.capacityWindow.findMany({ where: { suiteId: suite.id } })
		const existing = input.windowId ? windows.find((window) => window.id === input.windowId) : undefined
		if (input.windowId && (!isUuid(input.windowId) || !existing)) throw new RuleError('capacity-window-not-found')
		const { from, to, state, note } = input.fields
		const clash = windows.find(
			(window) =>
				window.id !== existing?.id &&
				windowsOverlap({ from: isoDateFromDate(window.from), to: isoDateFromDate(window.to) }, { from, to }),
		)
		if (clash)
			throw new RuleError('capacity-window-overlap', 'from', {
				from: isoDateFromDate(clash.from),
				to: isoDateFromDate(clash.to),
			})
		if (!existing && windows.length >= capacityLimits.windowsPerSuite)
			throw RuleError.invalid([
				{ field: 'from', message: `check.tooMany?label=label.capacityWindows&max=${capacityLimits.windowsPerSuite}` },
			])
		const data = { from: dateFromIsoDate(from), to: dateFromIsoDate(to), state, note: note ?? null }
		const saved = existing
			? await tx.capacityWindow.update({ where: { id: existing.id }, data, select: { id: true } })
			: await tx.capacityWindow.create({ data: { ...data, suiteId: suite.id }, select: { id: true } })
		await markCapacityCurrent(tx, input.facilityId)
		await listingChangedBy(tx, input.actor, { id: input.facilityId, type: 'facility' }, 'capacity.windowSaved', {
			suite: suite.name,
			window: {
				from: existing
					? { from: isoDateFromDate(existing.from), to: isoDateFromDate(existing.to), state: existing.state }
					: null,
				to: { from, to, state },
			},
		})
		return { windowId: saved.id }
	})
}
