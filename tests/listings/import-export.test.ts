import { describe, expect, it } from 'vitest'
import { exportListings } from '../../app/domain/listings/export-listings.server.ts'
import { importListings } from '../../app/domain/listings/import-listings.server.ts'
import type { InterchangeFile } from '../../app/domain/listings/interchange.ts'
import { disconnectPrisma, prisma } from '../../app/utils/db.server.ts'
import { generateDemoData } from '../../prisma/seed/demo-data.ts'
import { createTestDatabase, withTestDatabase } from '../setup/database.ts'

withTestDatabase()
const demo = generateDemoData()
const total = demo.organizations.length + demo.labs.length + demo.facilities.length + demo.experts.length

describe('bulk import and export', () => {
	it('a dry run reports what would happen and writes nothing', async () => {
		const report = await importListings(demo, { actorId: null, dryRun: true })
		expect(report.counts).toEqual({ created: total, updated: 0, unchanged: 0, rejected: 0 })
		expect(await prisma().listing.count()).toBe(0)
		expect(await prisma().outboxEvent.count()).toBe(0)
	})

	it('imports every record as published, with an outbox row per listing and progress along the way', async () => {
		const progress: number[] = []
		const report = await importListings(demo, {
			actorId: null,
			batchSize: 50,
			onProgress: (done) => progress.push(done),
		})
		expect(report.counts).toEqual({ created: total, updated: 0, unchanged: 0, rejected: 0 })
		expect(await prisma().listing.count({ where: { status: 'published' } })).toBe(total)
		expect(await prisma().outboxEvent.count({ where: { topic: 'listing.changed' } })).toBe(total)
		expect(progress.at(-1)).toBe(total)
		expect(progress.length).toBeGreaterThan(2)
		const lab = await prisma().listing.findUniqueOrThrow({
			where: { ref: demo.labs[0]!.ref },
			include: { organization: true },
		})
		expect(lab.organization?.ref).toBe(demo.labs[0]!.organizationRef)
	})

	it('importing the same file again creates nothing and reports every record unchanged', async () => {
		const report = await importListings(demo, { actorId: null })
		expect(report.counts).toEqual({ created: 0, updated: 0, unchanged: total, rejected: 0 })
		expect(await prisma().listing.count()).toBe(total)
	})

	it('updates by ref, rejects bad records with their reasons, and keeps the good ones', async () => {
		const file = {
			format: 'atmp-hub-listings',
			version: 1,
			organizations: [{ ...demo.organizations[0]!, name: 'Renamed Organisation AB' }],
			labs: [
				{ ...demo.labs[1]!, ref: 'lab-new-1', modalities: ['car-x'] },
				{ ...demo.labs[1]!, ref: 'lab-new-2', organizationRef: 'org-does-not-exist' },
				{ ...demo.labs[1]!, ref: 'lab-new-3', name: 'A brand new lab' },
			],
			facilities: [{ ...demo.facilities[0]!, ref: demo.organizations[1]!.ref }],
			experts: [],
		}
		const report = await importListings(file, { actorId: null })
		expect(report.counts).toEqual({ created: 1, updated: 1, unchanged: 0, rejected: 3 })
		const rejected = Object.fromEntries(
			report.results
				.filter((r) => r.outcome === 'rejected')
				.map((r) => [r.ref, r.issues!.map((i) => `${i.field}: ${i.message}`).join('; ')]),
		)
		expect(rejected['lab-new-1']).toMatch(/modalities.*car-x/)
		expect(rejected['lab-new-2']).toMatch(/organizationRef: no organisation with ref "org-does-not-exist"/)
		// Scripts read the message key and its parameters; people read the English text.
		expect(report.results.find((r) => r.ref === 'lab-new-2')!.issues![0]).toMatchObject({
			field: 'organizationRef',
			key: 'import.noOrganization',
			params: { ref: 'org-does-not-exist' },
		})
		expect(rejected[demo.organizations[1]!.ref]).toMatch(/already belongs to a listing of type organization/)
		expect((await prisma().listing.findUniqueOrThrow({ where: { ref: demo.organizations[0]!.ref } })).name).toBe(
			'Renamed Organisation AB',
		)
		expect(await prisma().listing.count({ where: { ref: { in: ['lab-new-1', 'lab-new-2'] } } })).toBe(0)
		expect(await prisma().listing.count({ where: { ref: 'lab-new-3' } })).toBe(1)
	})

	it('rejects a file of the wrong format as a whole, saying why', async () => {
		const report = await importListings({ format: 'something-else', version: 1 }, { actorId: null })
		expect(report.fileIssues.length).toBeGreaterThan(0)
		expect(report.counts.created).toBe(0)
	})

	it('with --as-pending, changes to published listings wait as revisions and the published text stays', async () => {
		const before = await prisma().listing.findUniqueOrThrow({ where: { ref: demo.facilities[1]!.ref } })
		const file = {
			format: 'atmp-hub-listings',
			version: 1,
			organizations: [],
			labs: [],
			experts: [],
			facilities: [{ ...demo.facilities[1]!, summary: 'A proposed new summary' }],
		}
		const report = await importListings(file, { actorId: null, asPending: true })
		expect(report.counts.updated).toBe(1)
		const after = await prisma().listing.findUniqueOrThrow({ where: { ref: demo.facilities[1]!.ref } })
		expect(after.summary).toBe(before.summary)
		const revision = await prisma().listingRevision.findFirstOrThrow({
			where: { listingId: before.id, status: 'pending' },
		})
		expect((revision.payload as { summary: string }).summary).toBe('A proposed new summary')
	})

	it('export then import into an empty database round-trips', async () => {
		const exported = await exportListings()
		expect(
			exported.organizations.length + exported.labs.length + exported.facilities.length + exported.experts.length,
		).toBe(total + 1)
		// A listing's text in the other language travels with it; one without a translation exports none.
		const grantorp = exported.organizations.find((record) => record.ref === 'org-0002')!
		expect(grantorp.translatedSummary).toMatch(/^CDMO in Flemingsberg for lentiviral vectors/)
		expect(grantorp.translatedDescription).toContain('Grantorp Biologics AB is a contract development')
		expect(exported.organizations.find((record) => record.ref === 'org-0004')).not.toHaveProperty('translatedSummary')

		const empty = await createTestDatabase()
		const originalUrl = process.env.DATABASE_URL
		try {
			await disconnectPrisma()
			process.env.DATABASE_URL = empty.url
			const report = await importListings(JSON.parse(JSON.stringify(exported)) as InterchangeFile, { actorId: null })
			expect(report.counts.rejected).toBe(0)
			expect(await exportListings()).toEqual(exported)
		} finally {
			await disconnectPrisma()
			process.env.DATABASE_URL = originalUrl
			await empty.drop()
		}
	})
})
