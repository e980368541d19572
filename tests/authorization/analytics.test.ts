// The matchmaking funnel is the hub staff's: its page and each of its CSV
// downloads, called as Remix calls them, for every role. Members of the
// organisations whose requests it counts see none of it.
import { beforeAll, describe, expect, it } from 'vitest'
import * as analyticsPage from '../../app/routes/coordinator.analytics.tsx'
import * as analyticsCsv from '../../app/routes/coordinator.analytics[.]csv.ts'
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

beforeAll(async () => {
	const a = await createListing({ type: 'organization', name: 'Alpha Cell Therapy AB' })
	const b = await createListing({ type: 'organization', name: 'Beta Vectors AB' })
	;({ cookies } = await sessionsForRoles({ a: a.id, b: b.id }))
})

const cases: MatrixCase[] = [
	{
		name: 'the funnel page',
		expected: staffOnly,
		run: (role) =>
			call(analyticsPage.loader, requestAs(cookies.get(role), '/coordinator/analytics?period=month&month=2026-10')),
		isAllowed: (outcome) => outcome.status === 200 && Boolean((outcome.body as { funnel?: unknown })?.funnel),
	},
	...(['funnel', 'providers', 'gaps', 'closed'] as const).map((table): MatrixCase => ({
		name: `the ${table} table as CSV`,
		expected: staffOnly,
		run: (role) =>
			call(
				analyticsCsv.loader,
				requestAs(cookies.get(role), `/coordinator/analytics.csv?table=${table}&period=quarter&quarter=2026-Q4`),
			),
		isAllowed: (outcome) => outcome.status === 200,
	})),
]

walkMatrix(cases, { roles })

describe('hostile addresses', () => {
	it.each([
		'/coordinator/analytics?period=custom&from=%00&to=2026-13-45',
		`/coordinator/analytics?period=month&month=${'9'.repeat(5000)}`,
		'/coordinator/analytics?period=quarter&quarter=2026-Q9&outcome=%27%3B--&page=-3',
		'/coordinator/analytics?period=custom&from=0001-01-01&to=9999-12-31',
	])('answers %s with this quarter and the reason, never a server error', async (path) => {
		const outcome = await call(analyticsPage.loader, requestAs(cookies.get('coordinator'), path))
		expect(outcome.status).toBe(200)
		expect((outcome.body as { period: { kind: string; problem: string | null } }).period.kind).toBe('quarter')
	})

	it('refuses an unknown table with a 400 naming the parameter', async () => {
		// A bad parameter is thrown as data with its status, for the error boundary to name it.
		await expect(
			analyticsCsv.loader({
				request: requestAs(cookies.get('coordinator'), '/coordinator/analytics.csv?table=users'),
				params: {},
				context: {},
			}),
		).rejects.toMatchObject({ init: { status: 400 } })
	})
})
