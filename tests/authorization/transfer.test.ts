// Import and export (issue 15), called as Remix calls them: only hub staff
// may upload, confirm, download a template or report, or export; everyone
// else is refused and an upload they post is not kept.
import { beforeAll, expect } from 'vitest'
import * as exportPage from '../../app/routes/coordinator.export.tsx'
import * as exportDownload from '../../app/routes/coordinator.export_.download.ts'
import * as importPage from '../../app/routes/coordinator.import.tsx'
import * as importReport from '../../app/routes/coordinator.import_.report[.]csv.ts'
import * as importTemplate from '../../app/routes/coordinator.import_.template[.]csv.ts'
import { previewUpload } from '../../app/domain/transfer/preview-upload.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { createListing } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import {
	call,
	type MatrixCase,
	requestAs,
	roles,
	sessionsForRoles,
	staffOnly,
	walkMatrix,
	type Role,
} from './route-calls.ts'

withTestDatabase()

let cookies: Map<Role, string | undefined>
let uploadId: string
let interruptedId: string

/** An interchange file with one establishment offer, as `hub export` writes it. */
const offersFile = (slug: string) =>
	JSON.stringify({
		format: 'atmp-hub-listings',
		version: 1,
		offers: [
			{
				slug,
				kind: 'coworking',
				titleEn: 'Desks',
				contactName: 'Eva Establish',
				contactEmail: 'eva@example.org',
				status: 'available',
				published: true,
			},
		],
	})

beforeAll(async () => {
	const a = await createListing({ type: 'organization', name: 'Alpha Cell Therapy AB' })
	const b = await createListing({ type: 'organization', name: 'Beta Vectors AB' })
	const sessions = await sessionsForRoles({ a: a.id, b: b.id })
	cookies = sessions.cookies
	const coordinator = {
		...sessions.users.coordinator,
		platformRole: 'coordinator' as const,
		emailVerified: true,
		memberships: [],
	}
	;({ id: uploadId } = await previewUpload(coordinator, {
		fileName: 'nothing.csv',
		content: 'ref,name,kind\r\n',
		format: 'csv',
	}))
	// An import cut off by a restart: still 'applying', its lease lapsed.
	;({ id: interruptedId } = await previewUpload(coordinator, {
		fileName: 'offers.json',
		content: offersFile('matrix-desks'),
		format: 'json',
	}))
	await prisma().importUpload.update({
		where: { id: interruptedId },
		data: { state: 'applying', leasedBy: 'gone:1:x', leaseUntil: new Date(Date.now() - 60_000) },
	})
})

function upload(
	role: Role,
	file = new File([`ref,name,kind\r\norg-${role},Org of ${role},company\r\n`], `${role}.csv`),
) {
	const body = new FormData()
	body.append('intent', 'upload')
	body.append('file', file)
	const headers = new Headers()
	const cookie = cookies.get(role)
	if (cookie) headers.set('Cookie', cookie)
	return new Request('http://hub.test/coordinator/import', { method: 'POST', body, headers })
}

const ok = (outcome: { status: number }) => outcome.status === 200
const redirectsTo = (prefix: string) => (outcome: { status: number; location?: string | null }) =>
	outcome.status === 302 && Boolean(outcome.location?.startsWith(prefix))

const cases: MatrixCase[] = [
	{
		name: 'the import page',
		expected: staffOnly,
		run: (role) => call(importPage.loader, requestAs(cookies.get(role), '/coordinator/import')),
		isAllowed: ok,
	},
	{
		name: 'uploading a file for its preview',
		expected: staffOnly,
		run: (role) => call(importPage.action, upload(role)),
		isAllowed: redirectsTo('/coordinator/import?upload='),
		nothingWritten: async (role) => {
			expect(await prisma().importUpload.count({ where: { fileName: `${role}.csv` } })).toBe(0)
		},
	},
	{
		name: 'confirming an upload',
		expected: staffOnly,
		run: (role) =>
			call(
				importPage.action,
				requestAs(cookies.get(role), `/coordinator/import?upload=${uploadId}`, { intent: 'confirm', upload: uploadId }),
			),
		// The upload's id is known once beforeAll has run.
		isAllowed: (outcome) => redirectsTo(`/coordinator/import?upload=${uploadId}`)(outcome),
	},
	{
		name: 'uploading a JSON file with establishment offers',
		expected: staffOnly,
		run: (role) => call(importPage.action, upload(role, new File([offersFile(`desks-${role}`)], `${role}.json`))),
		isAllowed: redirectsTo('/coordinator/import?upload='),
		nothingWritten: async (role) => {
			expect(await prisma().importUpload.count({ where: { fileName: `${role}.json` } })).toBe(0)
		},
	},
	{
		name: 'running an interrupted import again',
		expected: staffOnly,
		run: (role) =>
			call(
				importPage.action,
				requestAs(cookies.get(role), `/coordinator/import?upload=${interruptedId}`, {
					intent: 'confirm',
					upload: interruptedId,
				}),
			),
		isAllowed: (outcome) => redirectsTo(`/coordinator/import?upload=${interruptedId}`)(outcome),
		nothingWritten: async () => {
			expect((await prisma().importUpload.findUniqueOrThrow({ where: { id: interruptedId } })).leasedBy).toBe(
				'gone:1:x',
			)
			expect(await prisma().establishmentOffer.count({ where: { slug: 'matrix-desks' } })).toBe(0)
		},
	},
	{
		name: 'an upload’s preview',
		expected: staffOnly,
		run: (role) => call(importPage.loader, requestAs(cookies.get(role), `/coordinator/import?upload=${uploadId}`)),
		isAllowed: ok,
	},
	{
		name: 'a template',
		expected: staffOnly,
		run: (role) =>
			call(importTemplate.loader, requestAs(cookies.get(role), '/coordinator/import/template.csv?type=lab')),
		isAllowed: ok,
	},
	{
		name: 'an upload’s report',
		expected: staffOnly,
		run: (role) =>
			call(importReport.loader, requestAs(cookies.get(role), `/coordinator/import/report.csv?upload=${uploadId}`)),
		isAllowed: ok,
	},
	{
		name: 'the export page',
		expected: staffOnly,
		run: (role) => call(exportPage.loader, requestAs(cookies.get(role), '/coordinator/export')),
		isAllowed: ok,
	},
	...(['listings', 'requests'] as const).map((download) => ({
		name: `exporting ${download}`,
		expected: staffOnly,
		run: (role: Role) =>
			call(
				exportDownload.loader,
				requestAs(cookies.get(role), `/coordinator/export/download?download=${download}&type=all&format=csv`),
			),
		isAllowed: ok,
	})),
	{
		name: 'exporting the audit log of a period',
		expected: staffOnly,
		run: (role) =>
			call(
				exportDownload.loader,
				requestAs(cookies.get(role), '/coordinator/export/download?download=audit&from=2026-01-01&to=2026-12-31'),
			),
		isAllowed: ok,
	},
]

walkMatrix(cases, { roles })
