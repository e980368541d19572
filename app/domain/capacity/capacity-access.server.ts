// What every capacity write starts with, inside its transaction: the facility
// locked (so two people saving windows of one suite are applied one after the
// other, and no overlap slips between them), and the writer's right to keep it.
import type { Prisma } from '~/generated/prisma/client.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { listingScope } from '../listings/listing-scope.ts'
import { lockedListing } from '../listings/listing-writes.server.ts'
import { RuleError } from '../rules.ts'

type Tx = Prisma.TransactionClient

/**
 * The facility, locked, when `actor` may keep its capacity: members of its
 * organisation and hub staff (the same right as editing the listing). Not a
 * revision: the windows change as bookings do, and waiting for a review would
 * make them stale before they were shown (docs/decisions/042).
 */
export async function lockFacilityForCapacity(tx: Tx, actor: Actor, facilityId: string) {
	const facility = await lockedListing(tx, facilityId, {
		id: true,
		type: true,
		organizationId: true,
		ownerUserId: true,
		status: true,
		mergedIntoId: true,
	})
	assertCan(actor, 'listing.edit', listingScope(facility))
	if (facility.type !== 'facility') throw new RuleError('capacity-not-a-facility')
	if (facility.mergedIntoId) throw new RuleError('listing-merged')
	if (facility.status === 'archived') throw new RuleError('listing-archived')
	return facility
}

/**
 * A change in the editor says the windows are current: the stale-capacity
 * rule (docs/decisions/044) counts it like a confirmation, removals included,
 * which leave no row whose date could say so.
 */
export async function markCapacityCurrent(tx: Tx, facilityId: string): Promise<void> {
	await tx.$executeRaw`UPDATE "Listing" SET "capacityCurrentAt" = now() WHERE "id" = ${facilityId}::uuid`
}

/** A suite of this facility, or the refusal "not found" (an id from another facility is not found either). */
export async function suiteOf(tx: Tx, facilityId: string, suiteId: string) {
	const suite = isUuid(suiteId)
		? await tx.facilitySuite.findFirst({ where: { id: suiteId, facilityId }, select: { id: true, name: true } })
		: null
	if (!suite) throw new RuleError('capacity-suite-not-found')
	return suite
}

export function isUuid(value: string): boolean {
	return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
}
