import ICAL from 'ical.js'
import { beforeAll, describe, expect, it } from 'vitest'
import * as calendarRoute from '../../app/routes/events[.]ics.ts'
import * as eventCalendarRoute from '../../app/routes/events.$slug_.calendar[.]ics.ts'
import * as eventPage from '../../app/routes/events.$slug.tsx'
import * as eventsPage from '../../app/routes/events._index.tsx'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { cancelEvent } from '../../app/domain/events/cancel-event.server.ts'
import { createEvent } from '../../app/domain/events/create-event.server.ts'
import { eventUid } from '../../app/domain/events/event-calendar.server.ts'
import { eventSchema, type EventInput } from '../../app/domain/events/event-schema.ts'
import { publishEvent } from '../../app/domain/events/publish-event.server.ts'
import { updateEvent } from '../../app/domain/events/update-event.server.ts'
import { call, requestAs } from '../authorization/route-calls.ts'
import { createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

// Events as a coordinator enters them and as a visitor and a calendar get
// them: times in the zone they were entered in, drafts nowhere, a cancelled
// event still visible and STATUS:CANCELLED in calendars, and text that a
// calendar reads back exactly as written, commas, semicolons and all.

withTestDatabase()
let coordinator: Actor

beforeAll(async () => {
	coordinator = await createUser({ platformRole: 'coordinator' })
})

const nextYear = new Date().getUTCFullYear() + 1
const seminar = {
	titleEn: 'ATMP breakfast seminar',
	descriptionEn: 'Coffee, talks; and questions.',
	startsAt: `${nextYear}-01-15T08:30`,
	endsAt: `${nextYear}-01-15T10:00`,
	timeZone: 'Europe/Stockholm',
	place: 'Innovation Station, Kuben',
	organiser: 'ATMP Flemingsberg',
	registration: 'none',
}

function input(values: Record<string, string>): EventInput {
	const parsed = eventSchema.safeParse(values)
	if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues))
	return parsed.data
}

function issues(values: Record<string, string>) {
	const parsed = eventSchema.safeParse(values)
	return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

async function announced(values: Record<string, string>) {
	const { id } = await createEvent(coordinator, input(values))
	const { slug } = await publishEvent(coordinator, id)
	return { id, slug }
}

async function calendarOf(response: unknown) {
	const text = await (response as Response).text()
	return { text, calendar: new ICAL.Component(ICAL.parse(text)) }
}

describe('the event form', () => {
	it('stores the entered local time as the right instant, winter and summer', () => {
		expect(input(seminar).startsAt.toISOString()).toBe(`${nextYear}-01-15T07:30:00.000Z`)
		expect(
			input({
				...seminar,
				startsAt: `${nextYear}-06-15T08:30`,
				endsAt: `${nextYear}-06-15T09:30`,
			}).startsAt.toISOString(),
		).toBe(`${nextYear}-06-15T06:30:00.000Z`)
	})

	it('refuses an end before the start, unsafe links, no place at all, and a missing registration link', () => {
		expect(issues({ ...seminar, endsAt: `${nextYear}-01-15T08:00` })).toEqual([
			'endsAt: publishing.check.endAfterStart',
		])
		expect(issues({ ...seminar, onlineUrl: 'javascript:alert(1)' })).toEqual(['onlineUrl: publishing.check.webAddress'])
		expect(issues({ ...seminar, place: '' })).toEqual(['place: publishing.check.placeOrLink'])
		expect(issues({ ...seminar, registration: 'external' })).toEqual(['registrationUrl: check.required'])
		expect(issues({ ...seminar, registration: 'portal', capacity: '0' })).toContain(
			'capacity: publishing.check.capacity',
		)
		expect(issues({ ...seminar, timeZone: 'Nowhere/Atlantis' })).toContain('timeZone: publishing.check.timeZone')
	})
})

describe('events for visitors', () => {
	it('keeps a draft away, lists an announced event as upcoming, and keeps a cancelled one visible, marked', async () => {
		const { id } = await createEvent(coordinator, input({ ...seminar, titleEn: 'Draft workshop' }))
		const draftSlug = 'draft-workshop'
		expect(
			(await call(eventPage.loader, requestAs(undefined, `/events/${draftSlug}`), { slug: draftSlug })).status,
		).toBe(404)
		const { slug } = await publishEvent(coordinator, id)
		const upcoming = await call(eventsPage.loader, requestAs(undefined, '/events'))
		expect((upcoming.body as { events: Array<{ slug: string }> }).events.map((event) => event.slug)).toContain(slug)

		await cancelEvent(coordinator, id)
		const shown = await call(eventPage.loader, requestAs(undefined, `/events/${slug}`), { slug })
		expect(shown.status).toBe(200)
		expect((shown.body as { event: { cancelled: boolean } }).event.cancelled).toBe(true)
	})
})

describe('the calendar files', () => {
	it('give one event with a stable UID, its times in UTC, and text read back exactly', async () => {
		const hostile = {
			...seminar,
			titleEn: 'GMP cleanroom workshop, part 1; hands-on',
			descriptionEn: 'Line one, with a comma; and a semicolon\nLine two \\ backslash <script>',
			place: 'Novum, floor 4; room 4B',
			address: 'Hälsovägen 7, 141 57 Huddinge',
		}
		const { id, slug } = await announced(hostile)
		const response = await eventCalendarRoute.loader({
			request: new Request(`http://hub.test/events/${slug}/calendar.ics?lang=en`),
			params: { slug },
			context: {},
		})
		expect((response as Response).headers.get('Content-Type')).toBe('text/calendar; charset=utf-8')
		expect((response as Response).headers.get('Content-Disposition')).toBe(`attachment; filename="${slug}.ics"`)
		const { calendar } = await calendarOf(response)
		const events = calendar.getAllSubcomponents('vevent')
		expect(events).toHaveLength(1)
		const event = new ICAL.Event(events[0]!)
		expect(event.uid).toBe(eventUid(id))
		expect(event.summary).toBe(hostile.titleEn)
		expect(event.description).toBe(hostile.descriptionEn)
		expect(event.location).toBe(`${hostile.place}, ${hostile.address}`)
		expect(event.startDate.toJSDate().toISOString()).toBe(`${nextYear}-01-15T07:30:00.000Z`)
		expect(event.endDate.toJSDate().toISOString()).toBe(`${nextYear}-01-15T09:00:00.000Z`)
		expect(events[0]!.getFirstPropertyValue('status')).toBe('CONFIRMED')
		expect(String(events[0]!.getFirstPropertyValue('url'))).toMatch(new RegExp(`/events/${slug}\\?lang=en$`))
		expect(events[0]!.getFirstPropertyValue('dtstamp')).toBeTruthy()
		expect(event.sequence).toBe(0)
	})

	it('lists every announced event; an edit grows SEQUENCE and a cancellation says CANCELLED', async () => {
		const { id, slug } = await announced({
			...seminar,
			titleEn: 'Online webinar',
			place: '',
			onlineUrl: 'https://example.org/webinar',
		})
		await updateEvent(
			coordinator,
			id,
			input({ ...seminar, titleEn: 'Online webinar', place: '', onlineUrl: 'https://example.org/webinar2' }),
		)
		await cancelEvent(coordinator, id)
		const response = await calendarRoute.loader({
			request: new Request('http://hub.test/events.ics?lang=sv'),
			params: {},
			context: {},
		})
		const { calendar } = await calendarOf(response)
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Evenemang i ATMP Flemingsberg')
		const vevent = calendar
			.getAllSubcomponents('vevent')
			.find((candidate) => candidate.getFirstPropertyValue('uid') === eventUid(id))!
		expect(vevent).toBeTruthy()
		expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED')
		expect(vevent.getFirstPropertyValue('sequence')).toBe(2)
		expect(vevent.getFirstPropertyValue('location')).toBe('https://example.org/webinar2')
		expect(String(vevent.getFirstPropertyValue('summary'))).toBe('Inställt: Online webinar')
		expect(slug).toBe('online-webinar')
	})
})
