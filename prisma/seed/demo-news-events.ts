// News and events for the demo database, written through the same use cases
// as the coordinator's pages (create, publish, announce) as the demo
// coordinator. Dated relative to the day the demo is seeded, so the events
// stay upcoming and the news reads as recent. Fictional, at real place names.
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { createEvent } from '../../app/domain/events/create-event.server.ts'
import { eventSchema } from '../../app/domain/events/event-schema.ts'
import { publishEvent } from '../../app/domain/events/publish-event.server.ts'
import { registerForEvent } from '../../app/domain/events/register-for-event.server.ts'
import { instantToZoned } from '../../app/domain/events/zoned-time.ts'
import { createNewsItem } from '../../app/domain/news/create-news-item.server.ts'
import { newsSchema } from '../../app/domain/news/news-schema.ts'
import { publishNewsItem } from '../../app/domain/news/publish-news-item.server.ts'
import { prisma } from '../../app/utils/db.server.ts'

const COORDINATOR_EMAIL = 'coordinator@demo.atmp-flemingsberg.example'
/** Demo members already registered for the events that take registrations in the portal. */
const REGISTERED_EMAILS = [
	'company-member@demo.atmp-flemingsberg.example',
	'facility-member@demo.atmp-flemingsberg.example',
	'vector-member@demo.atmp-flemingsberg.example',
]
const DAY_MS = 86_400_000

const demoNews = [
	{
		daysAgo: 3,
		titleEn: 'Twenty new coworking desks at the Innovation Station',
		leadEn:
			'From next month, ATMP start-ups can rent a desk at the Innovation Station by the month, a minute’s walk from the labs.',
		bodyEn:
			'The Innovation Station in Flemingsberg opens **twenty coworking desks** for companies in cell and gene therapy.\n\nEach desk comes with:\n\n- access to meeting rooms and the shared kitchen\n- a mailing address on campus\n- an introduction to the hub’s network of labs and GMP facilities\n\nAsk the hub about a desk, or come by for a tour.',
		titleSv: 'Tjugo nya kontorsplatser på Innovation Station',
		leadSv:
			'Från nästa månad kan ATMP-bolag hyra en kontorsplats på Innovation Station månadsvis, en minuts promenad från labben.',
		bodySv:
			'Innovation Station i Flemingsberg öppnar **tjugo kontorsplatser** för bolag inom cell- och genterapi.\n\nVarje plats ger:\n\n- tillgång till mötesrum och det gemensamma köket\n- en postadress på campus\n- en introduktion till hubbens nätverk av labb och GMP-anläggningar\n\nHör av dig till hubben om en plats, eller kom förbi på en visning.',
	},
	{
		daysAgo: 12,
		titleEn: 'Novum lab space reaches a milestone',
		leadEn: 'The renovated lab floor in Novum has passed its final inspection; the first tenants move in this spring.',
		bodyEn:
			'The renovated floor offers **1,200 m²** of wet lab space with separate rooms for cell culture.\n\nCompanies interested in space can talk to the establishment office through the hub.',
		titleSv: 'Milstolpe för labblokalerna i Novum',
		leadSv: 'Det renoverade labbplanet i Novum har klarat slutbesiktningen; de första hyresgästerna flyttar in i vår.',
		bodySv:
			'Det renoverade planet har **1 200 m²** våtlabb med separata rum för cellodling.\n\nBolag som är intresserade av lokaler kan prata med etableringskontoret via hubben.',
	},
	{
		daysAgo: 30,
		titleEn: 'The ATMP network met in Flemingsberg',
		leadEn: 'Forty people from companies, the university and the hospital met to plan the hub’s next year.',
		bodyEn:
			'The network agreed on three priorities: shared QC capacity, a training path for GMP staff, and a common way to present Flemingsberg to companies abroad.',
	},
] as const

/** A working day in Stockholm about `daysAhead` from now: a weekend moves to the Monday after (nobody holds a breakfast seminar on a Sunday). */
function dayInStockholm(now: Date, daysAhead: number): string {
	const day = instantToZoned(new Date(now.getTime() + daysAhead * DAY_MS), 'Europe/Stockholm').slice(0, 10)
	const weekday = new Date(`${day}T12:00:00Z`).getUTCDay()
	const toMonday = weekday === 6 ? 2 : weekday === 0 ? 1 : 0
	return new Date(Date.parse(`${day}T12:00:00Z`) + toMonday * DAY_MS).toISOString().slice(0, 10)
}

function demoEvents(now: Date) {
	return [
		{
			titleEn: 'ATMP breakfast seminar: from lab to clinic',
			descriptionEn:
				'Coffee and a short programme on bringing an advanced therapy from the lab into a first clinical trial. Open to everyone in the hub.',
			titleSv: 'ATMP-frukostseminarium: från labb till klinik',
			descriptionSv:
				'Kaffe och ett kort program om hur en avancerad terapi tas från labbet till en första klinisk prövning. Öppet för alla i hubben.',
			startsAt: `${dayInStockholm(now, 9)}T08:00`,
			endsAt: `${dayInStockholm(now, 9)}T09:30`,
			timeZone: 'Europe/Stockholm',
			place: 'Innovation Station, Flemingsberg',
			address: 'Hälsovägen 7, 141 57 Huddinge',
			organiser: 'ATMP Flemingsberg',
			registration: 'portal',
			capacity: '40',
		},
		{
			titleEn: 'GMP cleanroom workshop',
			descriptionEn:
				'A hands-on afternoon on gowning, environmental monitoring and aseptic technique in a grade B cleanroom.',
			titleSv: 'Workshop i GMP-renrum',
			descriptionSv:
				'En praktisk eftermiddag om omklädning, miljöövervakning och aseptisk teknik i ett renrum av klass B.',
			startsAt: `${dayInStockholm(now, 23)}T13:00`,
			endsAt: `${dayInStockholm(now, 23)}T16:30`,
			timeZone: 'Europe/Stockholm',
			place: 'Novum, Flemingsberg',
			organiser: 'ATMP Flemingsberg and Grantorp Biologics',
			registration: 'external',
			registrationUrl: 'https://example.org/gmp-workshop',
		},
		{
			titleEn: 'Webinar: financing an ATMP start-up',
			descriptionEn:
				'Investors and founders on the first funding rounds of advanced-therapy companies. Online, in English.',
			startsAt: `${dayInStockholm(now, 37)}T15:00`,
			endsAt: `${dayInStockholm(now, 37)}T16:00`,
			timeZone: 'Europe/Stockholm',
			onlineUrl: 'https://example.org/atmp-webinar',
			organiser: 'ATMP Flemingsberg',
			registration: 'none',
		},
	]
}

/** Writes the demo news and events as the demo coordinator; nothing when that account is not there. */
export async function seedDemoNewsAndEvents(
	options: { now?: Date; log?: (line: string) => void } = {},
): Promise<{ news: number; events: number }> {
	const now = options.now ?? new Date()
	const user = await prisma().user.findUnique({
		where: { email: COORDINATOR_EMAIL },
		select: { id: true, platformRole: true },
	})
	if (!user) return { news: 0, events: 0 }
	const actor: Actor = { userId: user.id, platformRole: user.platformRole, emailVerified: true, memberships: [] }
	for (const { daysAgo, ...texts } of demoNews) {
		const { id } = await createNewsItem(actor, newsSchema.parse(texts))
		await publishNewsItem(actor, id, new Date(now.getTime() - daysAgo * DAY_MS))
	}
	const registrants = await prisma().user.findMany({
		where: { email: { in: REGISTERED_EMAILS }, emailVerifiedAt: { not: null } },
		select: { id: true, platformRole: true },
		orderBy: { email: 'asc' },
	})
	for (const fields of demoEvents(now)) {
		const { id } = await createEvent(actor, eventSchema.parse(fields))
		await publishEvent(actor, id, now)
		if (fields.registration !== 'portal') continue
		for (const registrant of registrants) {
			await registerForEvent(
				{ userId: registrant.id, platformRole: registrant.platformRole, emailVerified: true, memberships: [] },
				id,
				now,
			)
		}
	}
	const counts = { news: demoNews.length, events: demoEvents(now).length }
	options.log?.(`Demo news and events published: ${counts.news} news items, ${counts.events} events.`)
	return counts
}
