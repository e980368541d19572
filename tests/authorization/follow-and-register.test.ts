// Following, registering and the coordinators' list of who registered, called
// as Remix calls them: every signed-in account may follow and register (a
// visitor is sent to sign in and comes back); only hub staff see who
// registered, and a refused call writes nothing.
import { beforeAll, expect } from 'vitest'
import * as coordinatorEvent from '../../app/routes/coordinator.events.$id.tsx'
import * as registrationsCsv from '../../app/routes/coordinator.events.$id_.registrations[.]csv.ts'
import * as eventPage from '../../app/routes/events.$slug.tsx'
import * as eventsPage from '../../app/routes/events._index.tsx'
import * as newsPage from '../../app/routes/news._index.tsx'
import * as unsubscribePage from '../../app/routes/unsubscribe.$token.tsx'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { createEvent } from '../../app/domain/events/create-event.server.ts'
import { eventSchema } from '../../app/domain/events/event-schema.ts'
import { publishEvent } from '../../app/domain/events/publish-event.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import {
	allowedOnly,
	call,
	expectRefused,
	type MatrixCase,
	requestAs,
	type Role,
	roles,
	sessionsForRoles,
	staffOnly,
	walkMatrix,
} from './route-calls.ts'

withTestDatabase()

let cookies: Map<Role, string | undefined>
const userIds = new Map<Role, string>()
let event: { id: string; slug: string }

beforeAll(async () => {
	const a = await createListing({ type: 'organization', name: 'Alpha Cell Therapy AB' })
	const b = await createListing({ type: 'organization', name: 'Beta Vectors AB' })
	const sessions = await sessionsForRoles({ a: a.id, b: b.id })
	cookies = sessions.cookies
	for (const [role, user] of Object.entries(sessions.users)) userIds.set(role as Role, user.userId)
	const coordinator: Actor = await createUser({ platformRole: 'coordinator' })
	const year = new Date().getUTCFullYear() + 1
	const { id } = await createEvent(
		coordinator,
		eventSchema.parse({
			titleEn: 'Open lab day',
			descriptionEn: 'Tours of the labs.',
			startsAt: `${year}-05-05T10:00`,
			endsAt: `${year}-05-05T15:00`,
			timeZone: 'Europe/Stockholm',
			place: 'Novum',
			organiser: 'ATMP Flemingsberg',
			registration: 'portal',
			capacity: '100',
		}),
	)
	event = { id, slug: (await publishEvent(coordinator, id)).slug }
})

const everyone = allowedOnly(roles, [...roles])
const signedIn = allowedOnly(
	roles,
	roles.filter((role) => role !== 'visitor'),
)
const registrationsOf = (role: Role) =>
	prisma().eventRegistrationEntry.count({
		where: { userId: userIds.get(role) ?? '00000000-0000-0000-0000-000000000000' },
	})

const cases: MatrixCase[] = [
	{
		name: 'following from /news',
		expected: signedIn,
		run: (role) => call(newsPage.action, requestAs(cookies.get(role), '/news?index', { intent: 'follow', news: 'on' })),
		isAllowed: (outcome) => outcome.status === 302 && outcome.location === '/news?done=followed',
	},
	{
		name: 'following from /events',
		expected: signedIn,
		run: (role) =>
			call(eventsPage.action, requestAs(cookies.get(role), '/events?index', { intent: 'follow', events: 'on' })),
		isAllowed: (outcome) => outcome.status === 302 && outcome.location === '/events?done=followed',
	},
	{
		name: 'registering for an event',
		expected: signedIn,
		run: (role) =>
			call(eventPage.action, requestAs(cookies.get(role), `/events/${event.slug}`, { intent: 'register' }), {
				slug: event.slug,
			}),
		isAllowed: (outcome) => outcome.status === 302 && outcome.location === `/events/${event.slug}?done=registered`,
		nothingWritten: async (role) => expect(await registrationsOf(role)).toBe(0),
	},
	{
		name: 'the event page (with its registration box)',
		expected: everyone,
		run: (role) => call(eventPage.loader, requestAs(cookies.get(role), `/events/${event.slug}`), { slug: event.slug }),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: 'the coordinator’s event page with its registrations',
		expected: staffOnly,
		run: (role) =>
			call(coordinatorEvent.loader, requestAs(cookies.get(role), `/coordinator/events/${event.id}`), { id: event.id }),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: 'the registrations as CSV',
		expected: staffOnly,
		run: (role) =>
			call(registrationsCsv.loader, requestAs(cookies.get(role), `/coordinator/events/${event.id}/registrations.csv`), {
				id: event.id,
			}),
		isAllowed: (outcome) => outcome.status === 200,
	},
]

walkMatrix(cases, { roles, expectDenied: (role, outcome) => expectRefused(role, outcome) })

// The unsubscribe link needs no session: whoever posts a forged one, signed in or not, ends nothing.
walkMatrix(
	[
		{
			name: 'a forged unsubscribe link ends nothing, whoever posts it',
			expected: allowedOnly(roles, []),
			run: async (role) => {
				const token = `${(userIds.get('memberOfA') ?? '').replaceAll('-', '')}${'A'.repeat(43)}`
				return call(
					unsubscribePage.action,
					requestAs(cookies.get(role), `/unsubscribe/${token}`, { 'List-Unsubscribe': 'One-Click' }),
					{ token },
				)
			},
			isAllowed: (outcome) => (outcome.body as { outcome?: string } | undefined)?.outcome === 'unsubscribed',
			nothingWritten: async () =>
				expect(await prisma().contentFollow.count({ where: { userId: userIds.get('memberOfA') } })).toBe(1),
		},
	],
	{
		roles,
		expectDenied: (_role, outcome) => expect(outcome.status).toBe(200),
	},
)
