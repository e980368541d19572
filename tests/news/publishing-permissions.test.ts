import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import * as editEvent from '../../app/routes/coordinator.events.$id.tsx'
import * as eventList from '../../app/routes/coordinator.events._index.tsx'
import * as newEvent from '../../app/routes/coordinator.events.new.tsx'
import * as editNews from '../../app/routes/coordinator.news.$id.tsx'
import * as newsList from '../../app/routes/coordinator.news._index.tsx'
import * as newNews from '../../app/routes/coordinator.news.new.tsx'
import { prisma } from '../../app/utils/db.server.ts'
import { createListing } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import {
	call,
	type MatrixCase,
	requestAs,
	type Role,
	roles,
	sessionsForRoles,
	staffOnly,
	walkMatrix,
} from '../authorization/route-calls.ts'

// Who may write, publish, withdraw and cancel the hub's news and events: hub
// staff only. Everyone else is sent to sign in or refused with 403, and
// nothing they post is written.

withTestDatabase()
let cookies: Map<Role, string | undefined>
let newsId: string
let eventId: string

const nextYear = new Date().getUTCFullYear() + 1
const newsForm = { titleEn: `Matrix news ${randomUUID()}`, leadEn: 'Lead', bodyEn: 'Body' }
const eventForm = {
	titleEn: `Matrix event ${randomUUID()}`,
	descriptionEn: 'Description',
	startsAt: `${nextYear}-03-01T09:00`,
	endsAt: `${nextYear}-03-01T10:00`,
	timeZone: 'Europe/Stockholm',
	place: 'Innovation Station',
	organiser: 'ATMP Flemingsberg',
	registration: 'none',
}

beforeAll(async () => {
	const a = await createListing({ type: 'organization', name: 'Alpha Cell Therapy AB' })
	const b = await createListing({ type: 'organization', name: 'Beta Vectors AB' })
	;({ cookies } = await sessionsForRoles({ a: a.id, b: b.id }))
	newsId = (await prisma().newsItem.create({ data: { slug: `matrix-${randomUUID()}`, ...newsForm } })).id
	eventId = (
		await prisma().hubEvent.create({
			data: {
				slug: `matrix-${randomUUID()}`,
				titleEn: eventForm.titleEn,
				descriptionEn: 'Description',
				startsAt: new Date(`${nextYear}-03-01T08:00:00Z`),
				endsAt: new Date(`${nextYear}-03-01T09:00:00Z`),
				organiser: 'ATMP Flemingsberg',
			},
		})
	).id
})

const ok = (outcome: { status: number }) => outcome.status === 200
const redirected = (outcome: { status: number; location?: string | null }) =>
	outcome.status === 302 && Boolean(outcome.location?.startsWith('/coordinator/'))

const newsWritten = async () => {
	await expectCount(prisma().newsItem.count({ where: { titleEn: { startsWith: 'Denied ' } } }))
}
const eventsWritten = async () => {
	await expectCount(prisma().hubEvent.count({ where: { titleEn: { startsWith: 'Denied ' } } }))
}
async function expectCount(count: Promise<number>) {
	expect(await count).toBe(0)
}

const cases: MatrixCase[] = [
	{
		name: 'news list',
		expected: staffOnly,
		run: (role) => call(newsList.loader, requestAs(cookies.get(role), '/coordinator/news')),
		isAllowed: ok,
	},
	{
		name: 'write a news item',
		expected: staffOnly,
		run: (role) =>
			call(
				newNews.action,
				requestAs(cookies.get(role), '/coordinator/news/new', { ...newsForm, titleEn: `Denied ${role}` }),
			),
		isAllowed: redirected,
		nothingWritten: newsWritten,
	},
	{
		name: 'edit a news item',
		expected: staffOnly,
		run: (role) =>
			call(
				editNews.action,
				requestAs(cookies.get(role), `/coordinator/news/${newsId}`, { ...newsForm, intent: 'save' }),
				{ id: newsId },
			),
		isAllowed: redirected,
	},
	{
		name: 'publish or withdraw a news item',
		expected: staffOnly,
		run: async (role) => {
			const request = (intent: string) =>
				call(editNews.action, requestAs(cookies.get(role), `/coordinator/news/${newsId}`, { intent }), { id: newsId })
			const published = await request('publish')
			if (!redirected(published)) return published
			return request('withdraw')
		},
		isAllowed: redirected,
	},
	{
		name: 'events list',
		expected: staffOnly,
		run: (role) => call(eventList.loader, requestAs(cookies.get(role), '/coordinator/events')),
		isAllowed: ok,
	},
	{
		name: 'create an event',
		expected: staffOnly,
		run: (role) =>
			call(
				newEvent.action,
				requestAs(cookies.get(role), '/coordinator/events/new', { ...eventForm, titleEn: `Denied ${role}` }),
			),
		isAllowed: redirected,
		nothingWritten: eventsWritten,
	},
	{
		name: 'edit an event',
		expected: staffOnly,
		run: (role) =>
			call(
				editEvent.action,
				requestAs(cookies.get(role), `/coordinator/events/${eventId}`, { ...eventForm, intent: 'save' }),
				{ id: eventId },
			),
		isAllowed: redirected,
	},
	{
		name: 'open an event to edit',
		expected: staffOnly,
		run: (role) =>
			call(editEvent.loader, requestAs(cookies.get(role), `/coordinator/events/${eventId}`), { id: eventId }),
		isAllowed: ok,
	},
	{
		name: 'open a news item to edit',
		expected: staffOnly,
		run: (role) => call(editNews.loader, requestAs(cookies.get(role), `/coordinator/news/${newsId}`), { id: newsId }),
		isAllowed: ok,
	},
]

describe('who publishes news and events', () => {
	walkMatrix(cases, { roles })
})

describe('cancelling an event', () => {
	it('asks first, and only the confirmation cancels', async () => {
		const cookie = cookies.get('coordinator')
		const path = `/coordinator/events/${eventId}`
		await prisma().hubEvent.update({ where: { id: eventId }, data: { status: 'published' } })
		const asked = await call(editEvent.action, requestAs(cookie, path, { intent: 'cancel' }), { id: eventId })
		expect(asked.status).toBe(200)
		expect(asked.body).toMatchObject({ intent: 'cancel', confirming: [] })
		expect((await prisma().hubEvent.findUniqueOrThrow({ where: { id: eventId } })).status).toBe('published')
		const confirmed = await call(editEvent.action, requestAs(cookie, path, { intent: 'cancel', confirm: 'yes' }), {
			id: eventId,
		})
		expect(confirmed).toMatchObject({ status: 302, location: `${path}?done=cancelled` })
		expect((await prisma().hubEvent.findUniqueOrThrow({ where: { id: eventId } })).status).toBe('cancelled')
	})
})
