import { beforeAll, describe, expect, it } from 'vitest'
import { exportListings } from '../../app/domain/listings/export-listings.server.ts'
import { importListings } from '../../app/domain/listings/import-listings.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { generateDemoData } from '../../prisma/seed/demo-data.ts'
import { withTestDatabase } from '../setup/database.ts'

// A verification is valid up to and including its expiry date: the badge
// shows all that day, and the export and import must agree with it. (The
// column is a DATE, so the database itself compares whole days; these pin
// the behaviour, whichever instant of the day the code compares with.)

withTestDatabase()
const organization = generateDemoData().organizations[0]!
const expiryDay = new Date('2031-05-20T00:00:00Z')
const afternoonOfExpiryDay = new Date('2031-05-20T15:30:00Z')
const dayAfter = new Date('2031-05-21T00:00:01Z')

beforeAll(async () => {
	const file = {
		format: 'atmp-hub-listings',
		version: 1,
		organizations: [{ ...organization, verified: undefined }],
		labs: [],
		facilities: [],
		experts: [],
	}
	const report = await importListings(file, { actorId: null })
	expect(report.counts.rejected).toBe(0)
	const listing = await prisma().listing.findUniqueOrThrow({ where: { ref: organization.ref } })
	await prisma().verification.create({ data: { listingId: listing.id, reference: 'licence', expiresAt: expiryDay } })
})

function exportedOrganization(file: Awaited<ReturnType<typeof exportListings>>) {
	return file.organizations.find((record) => record.ref === organization.ref)
}

describe('a verification on its expiry day', () => {
	it('is still exported as verified in the afternoon of that day', async () => {
		expect(exportedOrganization(await exportListings({ now: afternoonOfExpiryDay }))?.verified).toBe(true)
	})

	it('is exported as not verified the day after', async () => {
		expect(exportedOrganization(await exportListings({ now: dayAfter }))?.verified).toBe(false)
	})

	it('is not verified a second time by an import that says verified on that day', async () => {
		const file = await exportListings({ now: afternoonOfExpiryDay })
		await importListings(file, { actorId: null, now: afternoonOfExpiryDay })
		expect(await prisma().verification.count()).toBe(1)
	})
})
