import type { Prisma } from '~/generated/prisma/client.ts'
import type { Locale } from '~/i18n/locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { markdownToPlainText, renderMarkdown } from '../content/render-markdown.server.ts'
import { inLanguage } from '../news/in-language.ts'

// What visitors see of events: announced ones and cancelled ones (marked so:
// whoever planned to come must learn it). A draft is not found, exactly like
// an event that never existed.

export const EVENTS_PAGE_SIZE = 10
/** How long after its end an event stays in the calendar feed. */
export const FEED_KEEPS_PAST_DAYS = 90

export const publicEventsWhere: Prisma.HubEventWhereInput = { status: { in: ['published', 'cancelled'] } }

type Row = Prisma.HubEventGetPayload<object>

export interface PublicEvent {
	id: string
	slug: string
	title: string
	/** Plain text of the description, for lists and the meta description. */
	summary: string
	descriptionHtml: string
	/** The description as written (Markdown), for a calendar's DESCRIPTION. */
	descriptionText: string
	locale: Locale
	onlyIn: Locale | null
	startsAt: string
	endsAt: string
	timeZone: string
	place: string | null
	address: string | null
	onlineUrl: string | null
	organiser: string
	registration: 'none' | 'external' | 'portal'
	registrationUrl: string | null
	capacity: number | null
	cancelled: boolean
	sequence: number
	updatedAt: string
	publishedAt: string | null
}

function eventOf(row: Row, locale: Locale): PublicEvent | null {
	const version = (title: string | null, description: string | null) =>
		title && description ? { title, description } : null
	const text = inLanguage(locale, {
		en: version(row.titleEn, row.descriptionEn),
		sv: version(row.titleSv, row.descriptionSv),
	})
	if (!text) return null
	return {
		id: row.id,
		slug: row.slug,
		title: text.text.title,
		summary: markdownToPlainText(text.text.description).slice(0, 300),
		descriptionHtml: renderMarkdown(text.text.description),
		descriptionText: text.text.description,
		locale: text.locale,
		onlyIn: text.onlyIn,
		startsAt: row.startsAt.toISOString(),
		endsAt: row.endsAt.toISOString(),
		timeZone: row.timeZone,
		place: row.place,
		address: row.address,
		onlineUrl: row.onlineUrl,
		organiser: row.organiser,
		registration: row.registration,
		registrationUrl: row.registrationUrl,
		capacity: row.capacity,
		cancelled: row.status === 'cancelled',
		sequence: row.sequence,
		updatedAt: row.updatedAt.toISOString(),
		publishedAt: row.publishedAt?.toISOString() ?? null,
	}
}

/** Upcoming events (soonest first, all of them), or a page of past ones (latest first). */
export async function listPublicEvents(locale: Locale, when: 'upcoming' | 'past', page: number, now = new Date()) {
	const where: Prisma.HubEventWhereInput =
		when === 'upcoming' ? { ...publicEventsWhere, endsAt: { gte: now } } : { ...publicEventsWhere, endsAt: { lt: now } }
	const [total, rows] = await Promise.all([
		prisma().hubEvent.count({ where }),
		prisma().hubEvent.findMany({
			where,
			orderBy: when === 'upcoming' ? [{ startsAt: 'asc' }, { id: 'asc' }] : [{ startsAt: 'desc' }, { id: 'asc' }],
			skip: (page - 1) * EVENTS_PAGE_SIZE,
			take: EVENTS_PAGE_SIZE,
		}),
	])
	return {
		events: rows.flatMap((row) => eventOf(row, locale) ?? []),
		page,
		pageCount: Math.max(1, Math.ceil(total / EVENTS_PAGE_SIZE)),
	}
}

export async function findPublicEvent(slug: string, locale: Locale): Promise<PublicEvent | null> {
	const row = await prisma().hubEvent.findFirst({ where: { ...publicEventsWhere, slug } })
	return row ? eventOf(row, locale) : null
}

/** Upcoming events and those that ended in the last FEED_KEEPS_PAST_DAYS, for the calendar feed. */
export async function eventsForCalendar(locale: Locale, now = new Date()): Promise<PublicEvent[]> {
	const since = new Date(now.getTime() - FEED_KEEPS_PAST_DAYS * 24 * 60 * 60 * 1000)
	const rows = await prisma().hubEvent.findMany({
		where: { ...publicEventsWhere, endsAt: { gte: since } },
		orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
		take: 500,
	})
	return rows.flatMap((row) => eventOf(row, locale) ?? [])
}
