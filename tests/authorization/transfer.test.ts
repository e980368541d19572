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
})

function upload(role: Role): Request {
	const body = new FormData()
	body.append('intent', 'upload')
	body.append('file', new File([`ref,name,kind\r\norg-${role},Org of ${role},company\r\n`], `${role}.csv`))
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
