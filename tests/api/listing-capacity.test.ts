// A GMP facility's capacity in the API's listing items (docs/decisions/042):
// suites with the windows not yet over, notes as the facility's page shows
// them, and the free ranges search uses; for whoever may see the facility,
// visitor or member, and for nobody else.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { windowFieldsSchema } from '../../app/domain/capacity/capacity-schema.ts'
import { saveSuite } from '../../app/domain/capacity/save-suite.server.ts'
import { saveWindow } from '../../app/domain/capacity/save-window.server.ts'
import { apiListingByRef } from '../../app/domain/search/api-listing-by-ref.server.ts'
import { apiListingSchema, listingsPageSchema } from '../../app/domain/search/api-shapes.server.ts'
import { listingsApiResponse } from '../../app/http/search.server.ts'
import { allDocuments } from '../../search/documents.server.ts'
import { PostgresSearchEngine } from '../../search/postgres/engine.server.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()

let member: Actor
let open: { id: string; ref: string }
let membersOnly: { id: string; ref: string }
let dated: { ref: string }
let lab: { ref: string }

const window = (from: string, to: string, state: 'free' | 'tentative' | 'booked', note?: string) =>
	windowFieldsSchema.parse({ from, to, state, note })

beforeAll(async () => {
	const organization = await createListing({ type: 'organization', name: 'Api Capacity AB' })
	member = await createUser({ memberships: [{ organizationId: organization.id }] })
	open = await createListing({ type: 'facility', name: 'Open Cleanrooms', organizationId: organization.id })
	membersOnly = await createListing({
		type: 'facility',
		name: 'Quiet Cleanrooms',
		organizationId: organization.id,
		visibility: 'members',
	})
	dated = await createListing({ type: 'facility', name: 'Dated Cleanrooms', availableFrom: new Date('2031-02-01') })
	lab = await createListing({ type: 'lab', name: 'Plain Lab' })
	for (const facility of [open, membersOnly]) {
		const { suiteId } = await saveSuite({
			actor: member,
			facilityId: facility.id,
			fields: { name: 'Suite A', grade: 'B' },
		})
		for (const fields of [
			window('2020-01-01', '2020-03-31', 'free', 'Long over'),
			window('2030-01-01', '2030-03-31', 'free', 'Two operators on site'),
			window('2030-04-01', '2030-06-30', 'free'),
			window('2030-07-01', '2030-09-30', 'booked'),
		])
			await saveWindow({ actor: member, facilityId: facility.id, suiteId, fields })
		await saveSuite({ actor: member, facilityId: facility.id, fields: { name: 'Suite B' } })
	}
	const engine = new PostgresSearchEngine()
	await engine.configure()
	await engine.rebuild(allDocuments())
})

const expectedCapacity = {
	suites: [
		{
			name: 'Suite A',
			grade: 'B',
			windows: [
				{ from: '2030-01-01', to: '2030-03-31', state: 'free', note: 'Two operators on site' },
				{ from: '2030-04-01', to: '2030-06-30', state: 'free', note: null },
				{ from: '2030-07-01', to: '2030-09-30', state: 'booked', note: null },
			],
		},
		{ name: 'Suite B', grade: null, windows: [] },
	],
	// The two free windows touch, so search sees one range.
	freeRanges: [{ from: '2030-01-01', to: '2030-06-30' }],
}

describe('GET /api/v1/listings/{ref}', () => {
	it('gives a visitor a public facility with its suites, the windows not yet over with their notes, and its free ranges', async () => {
		const item = await apiListingByRef(open.ref)
		expect(apiListingSchema.parse(item)).toMatchObject({ ref: open.ref, capacity: expectedCapacity })
	})

	it('gives a members-only facility and its capacity to a member and nothing at all to a visitor', async () => {
		expect(await apiListingByRef(membersOnly.ref)).toBeNull()
		const item = await apiListingByRef(membersOnly.ref, { isMember: true })
		expect(item?.capacity).toEqual(expectedCapacity)
	})

	it('gives a facility without windows its old "available from" date as an open free range, and other types no capacity', async () => {
		expect((await apiListingByRef(dated.ref))?.capacity).toEqual({
			suites: [],
			freeRanges: [{ from: '2031-02-01', to: null }],
		})
		const item = await apiListingByRef(lab.ref)
		expect(item).not.toBeNull()
		expect(item).not.toHaveProperty('capacity')
	})
})

describe('GET /api/v1/listings', () => {
	async function search(query: string, isMember = false) {
		// A visitor is a request without a session; a member's viewer is what a token of theirs would carry.
		const response = await listingsApiResponse(
			new Request(`http://hub.test/api/v1/listings?${query}`),
			isMember ? member : undefined,
		)
		expect(response.status).toBe(200)
		return listingsPageSchema.parse(await response.json())
	}

	it('carries each facility hit’s capacity, and finds by availableBy the facility the free range covers', async () => {
		const page = await search('type=facility&availableBy=2030-05-15')
		expect(page.hits.map((hit) => hit.ref)).toEqual([open.ref])
		expect(page.hits[0]?.capacity).toEqual(expectedCapacity)
		expect((await search('type=facility&availableBy=2030-07-15')).hits).toEqual([])
	})

	it('shows a member the members-only facility’s capacity too', async () => {
		const page = await search('type=facility&availableBy=2030-05-15', true)
		expect(page.hits.map((hit) => hit.ref).sort()).toEqual([membersOnly.ref, open.ref].sort())
		for (const hit of page.hits) expect(hit.capacity).toEqual(expectedCapacity)
	})
})
