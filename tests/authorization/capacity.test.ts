// The capacity editor (/my-listings/<id>/capacity), called as Remix calls it:
// the facility's organisation's members and hub staff read it and add suites
// and windows; everyone else is refused and nothing is written. The facility's
// public page carries its calendar for everyone.
import { beforeAll, expect } from 'vitest'
import * as editor from '../../app/routes/_member.my-listings.$id.capacity.tsx'
import * as facilityPage from '../../app/routes/facilities.$slug.tsx'
import type { FacilityCalendar } from '../../app/domain/capacity/facility-calendar.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { createListing } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import {
	allowedOnly,
	call,
	type MatrixCase,
	requestAs,
	roles,
	sessionsForRoles,
	walkMatrix,
	type Role,
} from './route-calls.ts'

withTestDatabase()

let cookies: Map<Role, string | undefined>
let facility: { id: string; slug: string }

beforeAll(async () => {
	const a = await createListing({ type: 'organization', name: 'Alpha Cleanrooms AB', status: 'published' })
	const b = await createListing({ type: 'organization', name: 'Beta Vectors AB', status: 'published' })
	facility = await createListing({
		type: 'facility',
		name: 'Alpha GMP Suites',
		organizationId: a.id,
		status: 'published',
	})
	;({ cookies } = await sessionsForRoles({ a: a.id, b: b.id }))
})

const keepers = allowedOnly(roles, ['memberOfA', 'adminOfA', 'coordinator', 'platformAdmin'])
const everyone = allowedOnly(roles, [...roles])
const path = () => `/my-listings/${facility.id}/capacity`

const cases: MatrixCase[] = [
	{
		name: 'the capacity editor',
		expected: keepers,
		run: (role) => call(editor.loader, requestAs(cookies.get(role), path()), { id: facility.id }),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: 'adding a suite',
		expected: keepers,
		run: async (role) => {
			const before = await prisma().facilitySuite.count({ where: { facilityId: facility.id } })
			const outcome = await call(
				editor.action,
				requestAs(cookies.get(role), path(), { intent: 'add-suite', name: `Suite ${role}`, grade: 'B' }),
				{ id: facility.id },
			)
			const after = await prisma().facilitySuite.count({ where: { facilityId: facility.id } })
			return {
				...outcome,
				status: after === before + 1 ? outcome.status : outcome.status === 200 ? 500 : outcome.status,
			}
		},
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: 'adding a free window, which the public calendar shows',
		expected: keepers,
		run: async (role) => {
			const suite = await prisma().facilitySuite.create({
				data: { facilityId: facility.id, name: `Window suite ${role}` },
			})
			const outcome = await call(
				editor.action,
				requestAs(cookies.get(role), path(), {
					intent: 'add-window',
					suiteId: suite.id,
					from: '2030-03-01',
					to: '2030-04-30',
					state: 'free',
				}),
				{ id: facility.id },
			)
			const written = await prisma().capacityWindow.count({ where: { suiteId: suite.id } })
			return { ...outcome, status: written === 1 ? outcome.status : outcome.status === 200 ? 500 : outcome.status }
		},
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: 'the facility’s page with its calendar',
		expected: everyone,
		run: (role) =>
			call(facilityPage.loader, requestAs(cookies.get(role), `/facilities/${facility.slug}`), { slug: facility.slug }),
		isAllowed: (outcome) => {
			const capacity = (outcome.body as { capacity: FacilityCalendar } | undefined)?.capacity
			expect(capacity?.suites.length ?? 0).toBeGreaterThan(0)
			return outcome.status === 200
		},
	},
]

walkMatrix(cases, { roles })
