import { describe, expect, it } from 'vitest'
import { listPublicEvents } from '../../app/domain/events/public-events.server.ts'
import { listPublishedNews } from '../../app/domain/news/public-news.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { seedDemoNewsAndEvents } from '../../prisma/seed/demo-news-events.ts'
import { withTestDatabase } from '../setup/database.ts'

// The demo's news and events go through the coordinator's use cases and stay
// current: whenever the demo is seeded, its events are still to come.

withTestDatabase()

describe('demo news and events', () => {
	it('writes nothing without the demo coordinator', async () => {
		expect(await seedDemoNewsAndEvents()).toEqual({ news: 0, events: 0 })
	})

	it('publishes news in both languages and upcoming events, audited as the demo coordinator', async () => {
		const coordinator = await prisma().user.create({
			data: {
				email: 'coordinator@demo.atmp-flemingsberg.example',
				name: 'Demo Coordinator',
				platformRole: 'coordinator',
				emailVerifiedAt: new Date(),
			},
		})
		// A Thursday: nine days on is a Saturday, which no demo event may fall on.
		const now = new Date('2026-12-03T10:00:00Z')
		expect(await seedDemoNewsAndEvents({ now })).toEqual({ news: 3, events: 3 })
		const swedish = await listPublishedNews('sv', 1)
		expect(swedish.items[0]).toMatchObject({ title: 'Tjugo nya kontorsplatser på Innovation Station', onlyIn: null })
		expect(swedish.items.at(-1)).toMatchObject({ onlyIn: 'en' })
		const upcoming = await listPublicEvents('en', 'upcoming', 1, now)
		expect(upcoming.events.map((event) => event.title)).toEqual([
			'ATMP breakfast seminar: from lab to clinic',
			'GMP cleanroom workshop',
			'Webinar: financing an ATMP start-up',
		])
		const stockholmWeekday = (instant: string) =>
			new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/Stockholm' }).format(new Date(instant))
		for (const event of upcoming.events) expect(['Sat', 'Sun']).not.toContain(stockholmWeekday(event.startsAt))
		expect(await prisma().auditEntry.count({ where: { actorId: coordinator.id } })).toBe(12)
	})

	it('registers the demo members for the event that takes registrations in the portal, through the use case', async () => {
		const member = await prisma().user.create({
			data: {
				email: 'company-member@demo.atmp-flemingsberg.example',
				name: 'Demo Member',
				emailVerifiedAt: new Date(),
			},
		})
		await prisma().user.create({
			data: { email: 'facility-member@demo.atmp-flemingsberg.example', name: 'Unconfirmed Member' },
		})
		await seedDemoNewsAndEvents({ now: new Date('2026-12-03T10:00:00Z') })
		const registrations = await prisma().eventRegistrationEntry.findMany({
			select: { userId: true, place: true, event: { select: { registration: true } } },
		})
		expect(registrations).toEqual([{ userId: member.id, place: 'registered', event: { registration: 'portal' } }])
		expect(await prisma().auditEntry.count({ where: { actorId: member.id, action: 'event.registered' } })).toBe(1)
	})
})
