// A coordinator's round trip: export listings as CSV, edit one cell the way
// Swedish Excel saves a file (";" between cells, CRLF, a BOM), upload it: the
// preview shows exactly that one record updated, confirming applies it, and
// the same file again is all unchanged. A broken file is reported per row and
// field and writes nothing.
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { exportListings } from '../../app/domain/listings/export-listings.server.ts'
import { importListings } from '../../app/domain/listings/import-listings.server.ts'
import { renderMessage } from '../../app/domain/messages.ts'
import { confirmImport } from '../../app/domain/transfer/confirm-import.server.ts'
import { importReportCsv } from '../../app/domain/transfer/import-report-csv.server.ts'
import { importUploadView } from '../../app/domain/transfer/import-upload-view.server.ts'
import { listingsToCsv } from '../../app/domain/transfer/listings-csv.ts'
import { previewUpload } from '../../app/domain/transfer/preview-upload.server.ts'
import { translator } from '../../app/i18n/messages.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { generateDemoData } from '../../prisma/seed/demo-data.ts'
import { createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()
const demo = generateDemoData()
let coordinator: Actor

/** What Swedish Excel writes when it saves a CSV: ";" between cells, CRLF, a BOM. */
function asSwedishExcel(rows: string[][]): string {
	return `\uFEFF${stringify(rows, { delimiter: ';', record_delimiter: 'windows' })}`
}

function cellsOf(csv: string): string[][] {
	return parse(csv, { bom: true }) as string[][]
}

async function applied(id: string) {
	const confirmed = await confirmImport(coordinator, id)
	await confirmed!.finished
	return (await importUploadView(id))!
}

beforeAll(async () => {
	coordinator = await createUser({ platformRole: 'coordinator', name: 'Anna Berg' })
	await importListings(demo, { actorId: null })
})

describe('CSV import with preview', () => {
	it('an exported CSV edited in one cell previews exactly one update, applies it, and is then all unchanged', async () => {
		const exported = listingsToCsv(await exportListings(), 'facility')
		const rows = cellsOf(exported)
		const nameColumn = rows[0]!.indexOf('name')
		const edited = rows[3]!
		const ref = edited[rows[0]!.indexOf('ref')]!
		edited[nameColumn] = 'Svit 3 – renrum för cellterapi'
		const content = asSwedishExcel(rows)

		const { id, preview } = await previewUpload(coordinator, { fileName: 'anläggningar.csv', content, format: 'csv' })
		expect(preview.fileIssues).toEqual([])
		expect(preview.counts).toEqual({ created: 0, updated: 1, unchanged: rows.length - 2, rejected: 0 })
		expect(preview.rows.filter((row) => row.outcome === 'updated')).toMatchObject([{ row: 4, ref }])
		expect((await prisma().listing.findUniqueOrThrow({ where: { ref } })).name).not.toBe(edited[nameColumn])

		const outboxBefore = await prisma().outboxEvent.count()
		const view = await applied(id)
		expect(view.state).toBe('applied')
		expect(view.report?.counts.updated).toBe(1)
		expect((await prisma().listing.findUniqueOrThrow({ where: { ref } })).name).toBe('Svit 3 – renrum för cellterapi')
		// The search index hears of the change through the outbox.
		expect(await prisma().outboxEvent.count()).toBe(outboxBefore + 1)
		// A second confirm of the same upload does nothing.
		expect((await applied(id)).state).toBe('applied')

		const again = await previewUpload(coordinator, { fileName: 'anläggningar.csv', content, format: 'csv' })
		expect(again.preview.counts).toEqual({ created: 0, updated: 0, unchanged: rows.length - 1, rejected: 0 })
		expect((await applied(again.id)).report?.counts.unchanged).toBe(rows.length - 1)
	})

	it('a broken file is reported per row and field, in the coordinator’s language, and confirming it writes nothing', async () => {
		const organizationRef = demo.organizations[0]!.ref
		const content = asSwedishExcel([
			['type', 'ref', 'organizationRef', 'name', 'modalities', 'availableFrom'],
			['lab', 'lab-csv-1', organizationRef, 'Good Lab', 'CAR-T-celler', ''],
			['lab', 'lab-csv-2', organizationRef, 'Bad Code Lab', 'car-x', ''],
			['lab', 'lab-csv-3', organizationRef, '', '', ''],
			['facility', 'fac-csv-1', organizationRef, 'Bad Date Suite', '', '2027-02-30'],
			['lab', 'lab-csv-4', organizationRef],
		])
		const { id, preview } = await previewUpload(coordinator, { fileName: 'trasig.csv', content, format: 'csv' })
		expect(preview.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 4 })
		const rejected = preview.rows
			.filter((row) => row.outcome === 'rejected')
			.map((row) => ({ row: row.row, fields: row.issues.map((issue) => issue.field) }))
		expect(rejected).toEqual([
			{ row: 3, fields: ['modalities'] },
			{ row: 4, fields: ['name'] },
			{ row: 5, fields: ['availableFrom'] },
			{ row: 6, fields: [''] },
		])
		const sv = translator('sv')
		const nameIssue = preview.rows.find((row) => row.row === 4)!.issues[0]!
		expect(renderMessage(sv, nameIssue.message, 'report')).toMatch(/Namn/)
		expect(importReportCsv(preview, 'sv')).toContain('Avvisad')

		const listings = await prisma().listing.count()
		const outbox = await prisma().outboxEvent.count()
		const view = await applied(id)
		expect(view.state).toBe('refused')
		expect(await prisma().listing.count()).toBe(listings)
		expect(await prisma().outboxEvent.count()).toBe(outbox)
		expect(await prisma().listing.findUnique({ where: { ref: 'lab-csv-1' } })).toBeNull()
	})

	it('labels in Swedish become taxonomy codes', async () => {
		const content = asSwedishExcel([
			['ref', 'organizationRef', 'name', 'modalities', 'services', 'acceptsExternalProjects', 'techniques'],
			[
				'lab-sv-1',
				demo.organizations[0]!.ref,
				'Svensk labbgrupp',
				'CAR-T-celler; AAV-genterapi',
				'GMP-tillverkning',
				'ja',
				'flödescytometri; CRISPR',
			],
		])
		const { id, preview } = await previewUpload(coordinator, { fileName: 'labb.csv', content, format: 'csv' })
		expect(preview.counts.created).toBe(1)
		await applied(id)
		const lab = await prisma().listing.findUniqueOrThrow({ where: { ref: 'lab-sv-1' } })
		expect(lab.modalities).toEqual(['car-t', 'aav'])
		expect(lab.services).toEqual(['gmp-manufacturing'])
		expect(lab.acceptsExternalProjects).toBe(true)
	})

	it('a JSON interchange file goes through the same preview', async () => {
		const file = await exportListings()
		const content = JSON.stringify({
			...file,
			organizations: [{ ...file.organizations[0]!, summary: 'Renamed in a JSON file for the preview' }],
		})
		const { preview } = await previewUpload(coordinator, { fileName: 'listings.json', content, format: 'json' })
		expect(preview.rows.find((row) => row.outcome === 'updated')?.position).toBe('organizations[0]')
		const broken = await previewUpload(coordinator, { fileName: 'x.json', content: '{"format":', format: 'json' })
		expect(broken.preview.fileIssues[0]!.message).toMatch(/^transfer\.check\.json/)
	})
})
