import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { listingChangedBy } from '../listings/listing-writes.server.ts'
import { lockFacilityForCapacity, markCapacityCurrent, suiteOf } from './capacity-access.server.ts'

/** Removes a suite and every window it held. */
export async function removeSuite(input: { actor: Actor; facilityId: string; suiteId: string }): Promise<void> {
	await prisma().$transaction(async (tx) => {
		await lockFacilityForCapacity(tx, input.actor, input.facilityId)
		const suite = await suiteOf(tx, input.facilityId, input.suiteId)
		const windows = await tx.capacityWindow.count({ where: { suiteId: suite.id } })
		await tx.facilitySuite.delete({ where: { id: suite.id } })
		await markCapacityCurrent(tx, input.facilityId)
		await listingChangedBy(tx, input.actor, { id: input.facilityId, type: 'facility' }, 'capacity.suiteRemoved', {
			suite: { from: suite.name, to: null },
			windows,
		})
	})
}
