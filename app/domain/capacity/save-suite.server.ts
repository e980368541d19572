import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { listingChangedBy } from '../listings/listing-writes.server.ts'
import { RuleError } from '../rules.ts'
import { lockFacilityForCapacity, markCapacityCurrent, suiteOf } from './capacity-access.server.ts'
import { capacityLimits, type SuiteFields } from './capacity-schema.ts'

/** Adds a suite to a facility (no `suiteId`) or renames / regrades one; names are unique per facility. */
export async function saveSuite(input: {
	actor: Actor
	facilityId: string
	suiteId?: string
	fields: SuiteFields
}): Promise<{ suiteId: string }> {
	return prisma().$transaction(async (tx) => {
		await lockFacilityForCapacity(tx, input.actor, input.facilityId)
		const existing = input.suiteId ? await suiteOf(tx, input.facilityId, input.suiteId) : null
		const suites = await tx.facilitySuite.findMany({
			where: { facilityId: input.facilityId },
			select: { id: true, name: true, position: true },
		})
		const name = input.fields.name
		if (suites.some((suite) => suite.id !== existing?.id && suite.name.toLowerCase() === name.toLowerCase()))
			throw new RuleError('capacity-suite-name-taken', 'name')
		if (!existing && suites.length >= capacityLimits.suitesPerFacility)
			throw RuleError.invalid([
				{ field: 'name', message: `check.tooMany?label=label.capacitySuites&max=${capacityLimits.suitesPerFacility}` },
			])
		const data = { name, grade: input.fields.grade ?? null }
		const suite = existing
			? await tx.facilitySuite.update({ where: { id: existing.id }, data, select: { id: true } })
			: await tx.facilitySuite.create({
					data: {
						...data,
						facilityId: input.facilityId,
						position: Math.max(-1, ...suites.map((s) => s.position)) + 1,
					},
					select: { id: true },
				})
		await markCapacityCurrent(tx, input.facilityId)
		await listingChangedBy(tx, input.actor, { id: input.facilityId, type: 'facility' }, 'capacity.suiteSaved', {
			suite: { from: existing?.name ?? null, to: name },
		})
		return { suiteId: suite.id }
	})
}
