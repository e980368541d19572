import { describe, expect, it } from 'vitest'
import { exportListings } from '../../app/domain/listings/export-listings.server.ts'
import { importListings } from '../../app/domain/listings/import-listings.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { withTestDatabase } from '../setup/database.ts'

// Issue 15: the interchange format carries a facility's suites and capacity
// windows (docs/decisions/042). A file exported and imported again changes
// nothing; a changed window is an update; a file with overlapping windows is
// refused beside the window, and writes nothing.

withTestDatabase()

const file = (capacity: unknown) => ({
	format: 'atmp-hub-listings',
	version: 1,
	organizations: [{ ref: 'org-cap-1', name: 'Capacity Biologics AB', kind: 'company' }],
	labs: [],
	facilities: [
		{
			ref: 'fac-cap-1',
			name: 'Capacity GMP Suites',
			organizationRef: 'org-cap-1',
			cleanroomGrades: ['B'],
			...(capacity === undefined ? {} : { capacity }),
		},
	],
	experts: [],
})

const twoSuites = [
	{
		name: 'Suite 1',
		grade: 'B',
		windows: [
			{ from: '2027-01-01', to: '2027-02-28', state: 'booked' },
			{ from: '2027-03-01', to: '2027-06-30', state: 'free', note: 'Two batches a month' },
		],
	},
	{ name: 'Suite 2', windows: [{ from: '2027-05-01', to: '2027-05-31', state: 'tentative' }] },
]

async function windowsOf(ref: string) {
	const suites = await prisma().facilitySuite.findMany({
		where: { facility: { ref } },
		orderBy: { position: 'asc' },
		include: { windows: { orderBy: { from: 'asc' } } },
	})
	return suites.map((suite) => [suite.name, suite.windows.map((window) => window.state)])
}

describe('capacity in the interchange format', () => {
	it('imports suites and windows, exports them the same, and the same file again is unchanged', async () => {
		const first = await importListings(file(twoSuites), { actorId: null })
		expect(first.counts).toMatchObject({ created: 2, rejected: 0 })
		expect(await windowsOf('fac-cap-1')).toEqual([
			['Suite 1', ['booked', 'free']],
			['Suite 2', ['tentative']],
		])

		const exported = await exportListings()
		const facility = exported.facilities.find((record) => record.ref === 'fac-cap-1')
		expect(facility?.capacity).toEqual(twoSuites)

		const again = await importListings(exported, { actorId: null })
		expect(again.counts).toMatchObject({ created: 0, updated: 0, rejected: 0 })
	})

	it('a changed window is an update; a record without capacity leaves it as it is', async () => {
		const changed = structuredClone(twoSuites)
		changed[1]!.windows[0]!.state = 'free'
		const report = await importListings(file(changed), { actorId: null })
		expect(report.counts).toMatchObject({ updated: 1, unchanged: 1 })
		expect(await windowsOf('fac-cap-1')).toEqual([
			['Suite 1', ['booked', 'free']],
			['Suite 2', ['free']],
		])

		const without = await importListings(file(undefined), { actorId: null })
		expect(without.counts).toMatchObject({ updated: 0, rejected: 0 })
		expect(await windowsOf('fac-cap-1')).toHaveLength(2)
	})

	it('refuses overlapping windows in one suite beside the window, and writes nothing', async () => {
		const overlapping = [
			{
				name: 'Suite 1',
				windows: [
					{ from: '2027-01-01', to: '2027-03-31', state: 'free' },
					{ from: '2027-03-15', to: '2027-04-30', state: 'booked' },
				],
			},
		]
		const before = await windowsOf('fac-cap-1')
		const report = await importListings(file(overlapping), { actorId: null })
		const rejected = report.results.find((result) => result.ref === 'fac-cap-1')
		expect(rejected?.outcome).toBe('rejected')
		expect(rejected?.issues?.map((issue) => issue.field)).toContain('capacity.windows.from')
		expect(await windowsOf('fac-cap-1')).toEqual(before)
	})
})
