import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { isoDateFromDate } from '../listings/to-database.ts'
import { listingChangedBy } from '../listings/listing-writes.server.ts'
import { RuleError } from '../rules.ts'
import { isUuid, lockFacilityForCapacity, markCapacityCurrent } from './capacity-access.server.ts'

export async function removeWindow(input: { actor: Actor; facilityId: string; windowId: string }): Promise<void> {
	await prisma().$transaction(async (tx) => {
		await lockFacilityForCapacity(tx, input.actor, input.facilityId)
		const window = isUuid(input.windowId)
			? await tx.capacityWindow.findFirst({
					where: { id: input.windowId, suite: { facilityId: input.facilityId } },
					include: { suite: { select: { name: true } } },
				})
			: null
		if (!window) throw new RuleError('capacity-window-not-found')
		await tx.capacityWindow.delete({ where: { id: window.id } })
		await markCapacityCurrent(tx, input.facilityId)
		await listingChangedBy(tx, input.actor, { id: input.facilityId, type: 'facility' }, 'capacity.windowRemoved', {
			suite: window.suite.name,
			window: {
				from: { from: isoDateFromDate(window.from), to: isoDateFromDate(window.to), state: window.state },
				to: null,
			},
		})
	})
}
