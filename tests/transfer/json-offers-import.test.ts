// A coordinator uploads the interchange file `hub export` writes, offers
// included: the browser previews the listings and the establishment offers
// record by record, applies them in the coordinator's name, and the same file
// again is all unchanged. A broken offer is rejected by record and field, in
// the coordinator's language, and nothing of the file is written.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { renderMessage } from '../../app/domain/messages.ts'
import { confirmImport } from '../../app/domain/transfer/confirm-import.server.ts'
import { importReportCsv } from '../../app/domain/transfer/import-report-csv.server.ts'
import { importUploadView } from '../../app/domain/transfer/import-upload-view.server.ts'
import { previewUpload } from '../../app/domain/transfer/preview-upload.server.ts'
import { translator } from '../../app/i18n/messages.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { generateDemoData } from '../../prisma/seed/demo-data.ts'
import { createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()
const demo = generateDemoData()
let coordinator: Actor

const offer = (overrides: Record<string, unknown> = {}) => ({
	slug: 'desks-at-the-innovation-station',
	kind: 'coworking',
	titleEn: 'Desks at the Innovation Station',
	titleSv: 'Skrivbord på Innovation Station',
	site: 'innovation-station',
	sizeValue: 8,
	sizeUnit: 'desks',
	contactName: 'Eva Establish',
	contactEmail: 'eva@example.org',
	status: 'available',
	published: true,
	...overrides,
})

function interchangeFile(suffix: string, offers: unknown[]): string {
	const organization = { ...demo.organizations[0]!, ref: `org-offers-${suffix}`, name: `Offers Org ${suffix}` }
	return JSON.stringify({
		format: 'atmp-hub-listings',
		version: 1,
		organizations: [organization],
		labs: [{ ...demo.labs[0]!, ref: `lab-offers-${suffix}`, organizationRef: organization.ref }],
		offers,
	})
}

async function apply(id: string) {
	await (await confirmImport(coordinator, id))!.finished
	return (await importUploadView(id))!
}

beforeAll(async () => {
	coordinator = await createUser({ platformRole: 'coordinator', name: 'Anna Berg' })
})

describe('a JSON file with establishment offers, uploaded in the browser', () => {
	it('previews listings and offers per record, applies them as the coordinator, and is then all unchanged', async () => {
		const content = interchangeFile('a', [offer(), offer({ slug: 'land-south', kind: 'land', titleEn: 'Land' })])
		const { id, preview } = await previewUpload(coordinator, { fileName: 'export.json', content, format: 'json' })
		expect(preview.fileIssues).toEqual([])
		expect(preview.counts).toEqual({ created: 4, updated: 0, unchanged: 0, rejected: 0 })
		expect(preview.rows.filter((row) => row.type === 'offer')).toMatchObject([
			{ position: 'offers[0]', ref: 'desks-at-the-innovation-station', outcome: 'created' },
			{ position: 'offers[1]', ref: 'land-south', outcome: 'created' },
		])
		expect(await prisma().establishmentOffer.count()).toBe(0)

		const view = await apply(id)
		expect(view.state).toBe('applied')
		expect(view.report?.counts.created).toBe(4)
		const desks = await prisma().establishmentOffer.findUniqueOrThrow({
			where: { slug: 'desks-at-the-innovation-station' },
		})
		expect(desks).toMatchObject({ titleSv: 'Skrivbord på Innovation Station', sizeValue: 8, published: true })
		// The audit log names the coordinator who imported the offer.
		expect(
			await prisma().auditEntry.count({
				where: { entityId: desks.id, action: 'establishmentOffer.created', actorId: coordinator.userId },
			}),
		).toBe(1)
		// The report names an offer's type in the reader's language.
		expect(importReportCsv(view.report!, 'sv')).toContain('Etableringserbjudande')

		const again = await previewUpload(coordinator, { fileName: 'export.json', content, format: 'json' })
		expect(again.preview.counts).toEqual({ created: 0, updated: 0, unchanged: 4, rejected: 0 })
		const changed = interchangeFile('a', [
			offer({ status: 'taken' }),
			offer({ slug: 'land-south', kind: 'land', titleEn: 'Land' }),
		])
		const edit = await previewUpload(coordinator, { fileName: 'export.json', content: changed, format: 'json' })
		expect(edit.preview.rows.find((row) => row.type === 'offer' && row.outcome === 'updated')?.ref).toBe(
			'desks-at-the-innovation-station',
		)
		expect((await apply(edit.id)).state).toBe('applied')
		expect(
			(await prisma().establishmentOffer.findUniqueOrThrow({ where: { slug: 'desks-at-the-innovation-station' } }))
				.status,
		).toBe('taken')
	})

	it('rejects a broken offer by record and field, and writes nothing of the file', async () => {
		const content = interchangeFile('b', [
			offer({ slug: 'fine-desks' }),
			offer({ slug: 'bad-offer', kind: 'castle', contactEmail: 'not an address' }),
		])
		const { id, preview } = await previewUpload(coordinator, { fileName: 'broken.json', content, format: 'json' })
		expect(preview.counts).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 1 })
		const rejected = preview.rows.find((row) => row.outcome === 'rejected')!
		expect(rejected).toMatchObject({ type: 'offer', position: 'offers[1]', ref: 'bad-offer' })
		expect(rejected.issues.map((issue) => issue.field).sort()).toEqual(['contactEmail', 'kind'])
		const sv = translator('sv')
		expect(rejected.issues.every((issue) => renderMessage(sv, issue.message, 'report').length > 0)).toBe(true)

		const listings = await prisma().listing.count()
		const outbox = await prisma().outboxEvent.count()
		const view = await apply(id)
		expect(view.state).toBe('refused')
		expect(await prisma().listing.count()).toBe(listings)
		expect(await prisma().outboxEvent.count()).toBe(outbox)
		expect(await prisma().establishmentOffer.count({ where: { slug: { in: ['fine-desks', 'bad-offer'] } } })).toBe(0)
	})

	it('an account that may not curate offers gets the file refused as a whole', async () => {
		const member = await createUser({ name: 'Mia Member' })
		const { preview } = await previewUpload(member, {
			fileName: 'offers.json',
			content: interchangeFile('c', [offer({ slug: 'member-desks' })]),
			format: 'json',
		})
		expect(preview.fileIssues.map((issue) => issue.field)).toEqual(['offers'])
		expect(preview.rows).toEqual([])
	})

	it('hostile offers (wrong types, markup, huge and odd values) are rejected per record, never a crash, never a write', async () => {
		const hostileValue = fc.oneof(
			fc.string(),
			fc.constantFrom('<script>alert(1)</script>', '=HYPERLINK("x")', '\u0000', 'x'.repeat(20_000), '../../etc'),
			fc.integer(),
			fc.double(),
			fc.boolean(),
			fc.constant(null),
			fc.array(fc.string(), { maxLength: 3 }),
		)
		const hostileOffer = fc.oneof(
			fc.dictionary(
				fc.constantFrom(
					'slug',
					'kind',
					'titleEn',
					'contactEmail',
					'status',
					'published',
					'sizeValue',
					'__proto__',
					'x',
				),
				hostileValue,
			),
			hostileValue,
		)
		await fc.assert(
			fc.asyncProperty(fc.array(hostileOffer, { minLength: 1, maxLength: 4 }), async (offers) => {
				const content = JSON.stringify({ format: 'atmp-hub-listings', version: 1, offers })
				const { preview } = await previewUpload(coordinator, { fileName: 'hostile.json', content, format: 'json' })
				const offerRows = preview.rows.filter((row) => row.type === 'offer')
				expect(offerRows).toHaveLength(offers.length)
				for (const row of offerRows) if (row.outcome === 'rejected') expect(row.issues.length).toBeGreaterThan(0)
			}),
			{ numRuns: 40 },
		)
		expect(
			await prisma().establishmentOffer.count({
				where: { slug: { notIn: ['desks-at-the-innovation-station', 'land-south'] } },
			}),
		).toBe(0)
	})
})
