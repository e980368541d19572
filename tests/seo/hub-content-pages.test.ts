// What a news item's, an event's and an offer's page tell search engines and
// share cards: a NewsArticle, an Event and a Place in schema.org terms, with
// the page's own canonical address and, where there is a picture, og:image.
import { beforeAll, describe, expect, it } from 'vitest'
import type { PageTag } from '../../app/domain/seo/page-tags.ts'
import * as offerPage from '../../app/routes/establish.$slug.tsx'
import * as eventPage from '../../app/routes/events.$slug.tsx'
import * as newsPage from '../../app/routes/news.$slug.tsx'
import { prisma } from '../../app/utils/db.server.ts'
import { call, requestAs } from '../authorization/route-calls.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()

const pictureKey = `${'a'.repeat(32)}-1200x800`

beforeAll(async () => {
	await prisma().newsItem.create({
		data: {
			slug: 'desks-open',
			titleEn: 'Desks open at the Innovation Station',
			leadEn: 'Twenty desks for ATMP start-ups.',
			bodyEn: 'Body.',
			titleSv: 'Skrivplatser öppnar på Innovation Station',
			leadSv: 'Tjugo platser för ATMP-bolag.',
			bodySv: 'Text.',
			imageKey: pictureKey,
			imageAlt: 'Desks by a window',
			status: 'published',
			publishedAt: new Date('2026-11-20T08:00:00Z'),
		},
	})
	await prisma().hubEvent.createMany({
		data: [
			{
				slug: 'gmp-breakfast',
				titleEn: 'GMP breakfast',
				descriptionEn: 'Coffee and **cleanrooms**.',
				startsAt: new Date('2027-03-01T07:30:00Z'),
				endsAt: new Date('2027-03-01T09:00:00Z'),
				place: 'Novum',
				address: 'Hälsovägen 7, Huddinge',
				onlineUrl: 'https://meet.example.org/gmp',
				organiser: 'ATMP Flemingsberg',
				registration: 'external',
				registrationUrl: 'https://example.org/register',
				status: 'published',
			},
			{
				slug: 'cancelled-webinar',
				titleEn: 'Cancelled webinar',
				descriptionEn: 'Online only.',
				startsAt: new Date('2027-04-01T12:00:00Z'),
				endsAt: new Date('2027-04-01T13:00:00Z'),
				onlineUrl: 'https://meet.example.org/webinar',
				organiser: 'ATMP Flemingsberg',
				status: 'cancelled',
			},
		],
	})
	await prisma().establishmentOffer.create({
		data: {
			slug: 'novum-lab-bench',
			kind: 'lab',
			titleEn: 'A lab bench in Novum',
			descriptionEn: 'Two metres of bench with a fume hood.',
			address: 'Hälsovägen 7',
			lat: 59.2206,
			lng: 17.9381,
			contactName: 'Eva Establish',
			contactEmail: 'office@example.org',
			published: true,
		},
	})
})

async function tagsOf(page: { loader: unknown }, path: string, slug: string) {
	const outcome = await call(page.loader, requestAs(undefined, path), { slug })
	expect(outcome.status).toBe(200)
	return (outcome.body as { seo: PageTag[] }).seo
}

const jsonLd = (tags: PageTag[]) => tags.flatMap((tag) => ('script:ld+json' in tag ? [tag['script:ld+json']] : []))
const property = (tags: PageTag[], name: string) =>
	tags.flatMap((tag) => ('property' in tag && tag.property === name ? [tag.content] : []))
const canonical = (tags: PageTag[]) =>
	tags.flatMap((tag) => ('rel' in tag && tag.rel === 'canonical' ? [tag.href] : []))[0]

describe("the hub's own pages for search engines", () => {
	it('a news item is a NewsArticle in the reader’s language, published by the hub, with its picture', async () => {
		const tags = await tagsOf(newsPage, '/news/desks-open?lang=sv', 'desks-open')
		expect(canonical(tags)).toMatch(/\/news\/desks-open\?lang=sv$/)
		expect(property(tags, 'og:type')).toEqual(['article'])
		expect(property(tags, 'og:image')[0]).toMatch(new RegExp(`/images/${pictureKey}-1200\\.webp$`))
		expect(jsonLd(tags)).toEqual([
			expect.objectContaining({
				'@type': 'NewsArticle',
				headline: 'Skrivplatser öppnar på Innovation Station',
				inLanguage: 'sv',
				datePublished: '2026-11-20T08:00:00.000Z',
				publisher: expect.objectContaining({ '@type': 'Organization' }),
				image: expect.stringMatching(/^https?:\/\//),
			}),
		])
	})

	it('an event is an Event at its place and online, scheduled, with where to register', async () => {
		const tags = await tagsOf(eventPage, '/events/gmp-breakfast?lang=en', 'gmp-breakfast')
		expect(jsonLd(tags)).toEqual([
			expect.objectContaining({
				'@type': 'Event',
				name: 'GMP breakfast',
				startDate: '2027-03-01T07:30:00.000Z',
				endDate: '2027-03-01T09:00:00.000Z',
				eventStatus: 'https://schema.org/EventScheduled',
				eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
				location: [
					expect.objectContaining({ '@type': 'Place', name: 'Novum' }),
					{ '@type': 'VirtualLocation', url: 'https://meet.example.org/gmp' },
				],
				organizer: { '@type': 'Organization', name: 'ATMP Flemingsberg' },
				offers: { '@type': 'Offer', url: 'https://example.org/register' },
			}),
		])
		const cancelled = jsonLd(await tagsOf(eventPage, '/events/cancelled-webinar?lang=en', 'cancelled-webinar'))
		expect(cancelled[0]).toMatchObject({
			eventStatus: 'https://schema.org/EventCancelled',
			eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
			location: { '@type': 'VirtualLocation' },
		})
	})

	it('an offer is a Place with its address and position, never its contact’s e-mail', async () => {
		const tags = await tagsOf(offerPage, '/establish/novum-lab-bench?lang=en', 'novum-lab-bench')
		expect(canonical(tags)).toMatch(/\/establish\/novum-lab-bench\?lang=en$/)
		const [place] = jsonLd(tags)
		expect(place).toMatchObject({
			'@type': 'Place',
			name: 'A lab bench in Novum',
			address: { streetAddress: 'Hälsovägen 7' },
			geo: { latitude: 59.2206, longitude: 17.9381 },
		})
		expect(JSON.stringify(tags)).not.toContain('office@example.org')
	})
})
