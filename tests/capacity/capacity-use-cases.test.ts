import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { PermissionDenied, type Actor } from '../../app/domain/auth/permissions.ts'
import { capacitySuitesSchema, windowFieldsSchema } from '../../app/domain/capacity/capacity-schema.ts'
import { listFacilityCapacity } from '../../app/domain/capacity/list-facility-capacity.server.ts'
import { removeSuite } from '../../app/domain/capacity/remove-suite.server.ts'
import { removeWindow } from '../../app/domain/capacity/remove-window.server.ts'
import { saveSuite } from '../../app/domain/capacity/save-suite.server.ts'
import { saveWindow } from '../../app/domain/capacity/save-window.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { auditActions, createListing, createUser, outboxTopics } from '../curation/factories.ts'

withTestDatabase()
let organization: { id: string }
let otherOrganization: { id: string }
let member: Actor
let outsider: Actor
let coordinator: Actor

beforeAll(async () => {
	organization = await createListing({ type: 'organization', name: 'Capacity Biologics AB', status: 'published' })
	otherOrganization = await createListing({ type: 'organization', name: 'Elsewhere AB', status: 'published' })
	member = await createUser({ memberships: [{ organizationId: organization.id }] })
	outsider = await createUser({ memberships: [{ organizationId: otherOrganization.id }] })
	coordinator = await createUser({ platformRole: 'coordinator' })
})

async function facility(name: string) {
	return createListing({ type: 'facility', name, organizationId: organization.id, status: 'published' })
}

const window = (from: string, to: string, state: 'free' | 'tentative' | 'booked' = 'free') =>
	windowFieldsSchema.parse({ from, to, state })

describe('suites and windows', () => {
	it('a member adds a suite and a free window; the facility is re-indexed and the log says who', async () => {
		const listing = await facility('Suite Facility One')
		const { suiteId } = await saveSuite({
			actor: member,
			facilityId: listing.id,
			fields: { name: 'Suite 2', grade: 'B' },
		})
		await saveWindow({ actor: member, facilityId: listing.id, suiteId, fields: window('2027-03-01', '2027-05-31') })
		const suites = await listFacilityCapacity(listing.id)
		expect(suites).toMatchObject([
			{ name: 'Suite 2', grade: 'B', windows: [{ from: '2027-03-01', to: '2027-05-31', state: 'free', note: null }] },
		])
		expect(await outboxTopics(listing.id)).toEqual(['listing.changed', 'listing.changed'])
		expect(await auditActions(listing.id)).toEqual(['capacity.suiteSaved', 'capacity.windowSaved'])
	})

	it('refuses a window that overlaps another of the same suite, and writes nothing', async () => {
		const listing = await facility('Suite Facility Two')
		const { suiteId } = await saveSuite({ actor: member, facilityId: listing.id, fields: { name: 'A' } })
		const other = await saveSuite({ actor: member, facilityId: listing.id, fields: { name: 'B' } })
		await saveWindow({ actor: member, facilityId: listing.id, suiteId, fields: window('2027-01-01', '2027-01-31') })
		const before = await prisma().capacityWindow.count()
		const outboxBefore = (await outboxTopics(listing.id)).length
		await expect(
			saveWindow({
				actor: member,
				facilityId: listing.id,
				suiteId,
				fields: window('2027-01-31', '2027-02-10', 'booked'),
			}),
		).rejects.toMatchObject({ rule: 'capacity-window-overlap', field: 'from' })
		expect(await prisma().capacityWindow.count()).toBe(before)
		expect((await outboxTopics(listing.id)).length).toBe(outboxBefore)
		// The next day is fine, and so is the same period in another suite.
		await saveWindow({
			actor: member,
			facilityId: listing.id,
			suiteId,
			fields: window('2027-02-01', '2027-02-10', 'booked'),
		})
		await saveWindow({
			actor: member,
			facilityId: listing.id,
			suiteId: other.suiteId,
			fields: window('2027-01-15', '2027-02-10'),
		})
	})

	it('changing a window may keep its own days; removing one frees them', async () => {
		const listing = await facility('Suite Facility Three')
		const { suiteId } = await saveSuite({ actor: member, facilityId: listing.id, fields: { name: 'Only' } })
		const { windowId } = await saveWindow({
			actor: member,
			facilityId: listing.id,
			suiteId,
			fields: window('2027-04-01', '2027-04-30'),
		})
		await saveWindow({
			actor: member,
			facilityId: listing.id,
			suiteId,
			windowId,
			fields: window('2027-04-10', '2027-05-15', 'tentative'),
		})
		expect((await listFacilityCapacity(listing.id))[0]!.windows).toMatchObject([
			{ from: '2027-04-10', to: '2027-05-15', state: 'tentative' },
		])
		await removeWindow({ actor: member, facilityId: listing.id, windowId })
		expect((await listFacilityCapacity(listing.id))[0]!.windows).toEqual([])
		await expect(removeWindow({ actor: member, facilityId: listing.id, windowId })).rejects.toMatchObject({
			rule: 'capacity-window-not-found',
		})
	})

	it('refuses a second suite of the same name, and removes a suite with its windows', async () => {
		const listing = await facility('Suite Facility Four')
		const { suiteId } = await saveSuite({ actor: member, facilityId: listing.id, fields: { name: 'Suite 1' } })
		await expect(
			saveSuite({ actor: member, facilityId: listing.id, fields: { name: 'suite 1' } }),
		).rejects.toMatchObject({ rule: 'capacity-suite-name-taken', field: 'name' })
		await saveWindow({ actor: member, facilityId: listing.id, suiteId, fields: window('2027-01-01', '2027-01-02') })
		await removeSuite({ actor: member, facilityId: listing.id, suiteId })
		expect(await listFacilityCapacity(listing.id)).toEqual([])
		expect(await prisma().capacityWindow.count({ where: { suiteId } })).toBe(0)
	})

	it('a suite or window of another facility is not found from this one', async () => {
		const mine = await facility('Suite Facility Five')
		const theirs = await facility('Suite Facility Six')
		const { suiteId } = await saveSuite({ actor: member, facilityId: theirs.id, fields: { name: 'X' } })
		await expect(
			saveWindow({ actor: member, facilityId: mine.id, suiteId, fields: window('2027-01-01', '2027-01-02') }),
		).rejects.toMatchObject({ rule: 'capacity-suite-not-found' })
		await expect(removeSuite({ actor: member, facilityId: mine.id, suiteId: randomUUID() })).rejects.toMatchObject({
			rule: 'capacity-suite-not-found',
		})
	})

	it('only a facility keeps capacity', async () => {
		const lab = await createListing({ type: 'lab', name: 'Not A Facility', organizationId: organization.id })
		await expect(saveSuite({ actor: member, facilityId: lab.id, fields: { name: 'S' } })).rejects.toMatchObject({
			rule: 'capacity-not-a-facility',
		})
	})
})

describe('who may keep capacity', () => {
	const cases: Array<[string, () => Actor, boolean]> = [
		['a member of the facility’s organisation', () => member, true],
		['a coordinator', () => coordinator, true],
		['a member of another organisation', () => outsider, false],
	]
	for (const [who, actor, allowed] of cases) {
		it(`${who}: ${allowed ? 'may' : 'may not'} add a suite and a window`, async () => {
			const listing = await facility(`Permission ${who}`)
			const attempt = saveSuite({ actor: actor(), facilityId: listing.id, fields: { name: 'Suite 9' } })
			if (!allowed) {
				await expect(attempt).rejects.toBeInstanceOf(PermissionDenied)
				expect(await prisma().facilitySuite.count({ where: { facilityId: listing.id } })).toBe(0)
				// Nor may they touch a suite someone else added.
				const { suiteId } = await saveSuite({ actor: member, facilityId: listing.id, fields: { name: 'S' } })
				await expect(
					saveWindow({ actor: actor(), facilityId: listing.id, suiteId, fields: window('2027-01-01', '2027-01-09') }),
				).rejects.toBeInstanceOf(PermissionDenied)
				await expect(removeSuite({ actor: actor(), facilityId: listing.id, suiteId })).rejects.toBeInstanceOf(
					PermissionDenied,
				)
				return
			}
			const { suiteId } = await attempt
			await saveWindow({ actor: actor(), facilityId: listing.id, suiteId, fields: window('2027-01-01', '2027-01-09') })
			expect((await listFacilityCapacity(listing.id))[0]!.windows).toHaveLength(1)
		})
	}
})

describe('the schema', () => {
	it('refuses an end before the start beside the end, and dates outside 1900–2199', () => {
		const reversed = windowFieldsSchema.safeParse({ from: '2027-05-01', to: '2027-04-30', state: 'free' })
		expect(reversed.success).toBe(false)
		expect(reversed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
			['to', 'check.capacityToBeforeFrom'],
		])
		const far = windowFieldsSchema.safeParse({ from: '9999-01-01', to: '9999-12-31', state: 'free' })
		expect(far.error?.issues.map((issue) => issue.message.split('?')[0])).toEqual([
			'check.dateRange',
			'check.dateRange',
		])
		expect(windowFieldsSchema.safeParse({ from: '2027-01-01', to: '2027-01-01', state: 'open' }).success).toBe(false)
	})
	it('refuses overlapping windows and repeated suite names in a whole facility', () => {
		const parsed = capacitySuitesSchema.safeParse([
			{
				name: 'Suite 1',
				windows: [
					{ from: '2027-01-01', to: '2027-01-31', state: 'free' },
					{ from: '2027-01-20', to: '2027-02-28', state: 'booked' },
				],
			},
			{ name: 'SUITE 1', windows: [] },
		])
		expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['0.windows.1.from', '1.name'])
	})
})
