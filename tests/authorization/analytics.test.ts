// The matchmaking funnel is the hub staff's: its page and each of its CSV
// downloads, called as Remix calls them, for every role. Members of the
// organisations whose requests it counts see none of it.
import { beforeAll } from 'vitest'
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
