// Site search finds the hub's own pages: offers, events and news, as a
// visitor may see them, in English and Swedish, with a typo in a title.
import { beforeAll, describe, expect, it } from 'vitest'
import { PAST_EVENT_DAYS, searchHubContent } from '../../app/domain/search/hub-content.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import * as pageRoute from '../../app/routes/search.tsx'
import type { SearchPageData } from '../../app/http/search.server.ts'
import { PostgresSearchEngine } from '../../search/postgres/engine.server.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()

const now = new Date('2026-12-04T12:00:00Z')
const days = (n: number) => new Date(now.getTime() + n * 86_400_000)
const contact = { contactName: 'Eva Establish', contactEmail: 'eva@example.org' }

beforeAll(async () => {
	await prisma().establishmentOffer.createMany({
		data: [
			{
				slug: 'desks-at-the-innovation-station',
				kind: 'coworking',
				titleEn: 'Desks at the Innovation Station',
				titleSv: 'Skrivbord på Innovation Station',
				descriptionEn: 'Coworking desks by the commuter station.',
				published: true,
				...contact,
			},
			{
				slug: 'land-for-production',
				kind: 'land',
				titleEn: 'Land for a production building',
				descriptionSv: 'Kontakta etableringskontoret.',
				titleSv: 'Mark för en produktionsbyggnad',
				published: true,
				...contact,
			},
			{ slug: 'taken-lab', kind: 'lab', titleEn: 'Zebrafish lab bench', status: 'taken', published: true, ...contact },
			{ slug: 'draft-lab', kind: 'lab', titleEn: 'Quokka lab bench', published: false, ...contact },
		],
	})
	const event = { organiser: 'The hub', timeZone: 'Europe/Stockholm' }
	await prisma().hubEvent.createMany({
		data: [
			{
				slug: 'breakfast-seminar',
				titleEn: 'ATMP breakfast seminar: from lab to clinic',
				titleSv: 'Frukostseminarium om ATMP',
				startsAt: days(10),
				endsAt: days(10),
				status: 'published',
				...event,
			},
			{
				slug: 'old-seminar',
				titleEn: 'Walrus seminar',
				startsAt: days(-PAST_EVENT_DAYS - 5),
				endsAt: days(-PAST_EVENT_DAYS - 5),
				status: 'published',
				...event,
			},
			{
				slug: 'recent-seminar',
				titleEn: 'Narwhal seminar',
				startsAt: days(-3),
				endsAt: days(-3),
				status: 'published',
				...event,
			},
			{
				slug: 'cancelled-seminar',
				titleEn: 'Okapi seminar',
				startsAt: days(3),
				endsAt: days(3),
				status: 'cancelled',
				...event,
			},
			{ slug: 'draft-seminar', titleEn: 'Axolotl seminar', startsAt: days(3), endsAt: days(3), ...event },
		],
	})
	await prisma().newsItem.createMany({
		data: [
			{
				slug: 'novum-lab-floor',
				titleEn: 'A renovated lab floor at Novum',
				titleSv: 'Ett renoverat labbplan i Novum',
				bodySv: 'Bolag som är intresserade av lokaler kan prata med etableringskontoret via hubben.',
				status: 'published',
				publishedAt: days(-2),
			},
			{ slug: 'draft-news', titleEn: 'Capybara news', status: 'draft' },
		],
	})
})

const titles = async (q: string, locale: 'en' | 'sv' = 'en') =>
	(await searchHubContent(q, locale, now)).map((hit) => hit.title)

describe('hub content in site search', () => {
	it('finds offers by name, kind and description words', async () => {
		expect(await titles('Innovation Station')).toEqual(['Desks at the Innovation Station'])
		expect(await titles('coworking')).toEqual(['Desks at the Innovation Station'])
		expect(await titles('land')).toContain('Land for a production building')
	})

	it('finds Swedish words, inflected, across offers and news, with Swedish titles on Swedish pages', async () => {
		const found = await searchHubContent('etableringskontor', 'sv', now)
		expect(found.map((hit) => [hit.kind, hit.title]).sort()).toEqual([
			['news', 'Ett renoverat labbplan i Novum'],
			['offer', 'Mark för en produktionsbyggnad'],
		])
		expect(found.find((hit) => hit.kind === 'news')).toMatchObject({ url: '/news/novum-lab-floor', titleLocale: 'sv' })
	})

	it('finds an event by its title, with a typo in a long word, and links to it', async () => {
		const [seminar] = await searchHubContent('breakfast seminar', 'en', now)
		expect(seminar).toMatchObject({ kind: 'event', url: '/events/breakfast-seminar', past: false, cancelled: false })
		expect(await titles('breakfsat seminar')).toEqual(['ATMP breakfast seminar: from lab to clinic'])
	})

	it('keeps out what a visitor would not expect: taken offers, drafts, events long past; marks cancelled and recent past ones', async () => {
		for (const q of ['zebrafish', 'quokka', 'axolotl', 'capybara', 'walrus']) expect(await titles(q)).toEqual([])
		expect(await searchHubContent('narwhal', 'en', now)).toMatchObject([{ past: true }])
		expect(await searchHubContent('okapi', 'en', now)).toMatchObject([{ cancelled: true }])
	})

	it('answers nothing for no words, and safely for query syntax', async () => {
		expect(await searchHubContent('  ', 'en', now)).toEqual([])
		for (const q of ["') OR 1=1 --", 'a:* & !b', '"seminar', 'seminar | land']) {
			await expect(searchHubContent(q, 'en', now)).resolves.toBeInstanceOf(Array)
		}
		expect(await titles('seminar | land')).toEqual([])
	})
})

describe('the /search page', () => {
	const load = async (url: string) => {
		const result = await pageRoute.loader({ request: new Request(`http://hub.test${url}`), params: {}, context: {} })
		return result.data as SearchPageData
	}

	it('shows matching hub pages above the first page of an all-types search, in the page’s language', async () => {
		await new PostgresSearchEngine().configure()
		expect((await load('/search?q=coworking')).hubContent.map((hit) => hit.url)).toEqual([
			'/establish/desks-at-the-innovation-station',
		])
		expect((await load('/search?q=frukostseminarium&lang=sv')).hubContent).toMatchObject([
			{ kind: 'event', title: 'Frukostseminarium om ATMP', titleLocale: 'sv' },
		])
	})

	it('leaves them out of the lists, searches within one type, later pages and searches without words', async () => {
		for (const url of ['/experts?q=coworking', '/search?q=coworking&type=lab', '/search?q=coworking&page=2', '/search'])
			expect((await load(url)).hubContent).toEqual([])
	})
})
