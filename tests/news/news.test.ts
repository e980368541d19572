import { XMLParser } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import * as newsFeedRoute from '../../app/routes/news[.]atom.ts'
import * as newsPage from '../../app/routes/news.$slug.tsx'
import * as newsListPage from '../../app/routes/news._index.tsx'
import { createNewsItem } from '../../app/domain/news/create-news-item.server.ts'
import { newsSchema, type NewsInput } from '../../app/domain/news/news-schema.ts'
import { publishNewsItem } from '../../app/domain/news/publish-news-item.server.ts'
import { updateNewsItem } from '../../app/domain/news/update-news-item.server.ts'
import { withdrawNewsItem } from '../../app/domain/news/withdraw-news-item.server.ts'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { RuleError } from '../../app/domain/rules.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { call, requestAs } from '../authorization/route-calls.ts'
import { createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

// News as a coordinator writes it and as a reader (a browser, a feed reader)
// gets it: drafts and withdrawn items are nowhere, the slug stays once
// published, and the Atom feed says what a reader would show.

withTestDatabase()
let coordinator: Actor

beforeAll(async () => {
	coordinator = await createUser({ platformRole: 'coordinator' })
})

function input(values: Record<string, string>): NewsInput {
	const parsed = newsSchema.safeParse(values)
	if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues))
	return parsed.data
}

const english = {
	titleEn: 'New coworking desks at the Innovation Station',
	leadEn: 'Twenty desks, open to ATMP start-ups from March.',
	bodyEn: 'The desks sit on **floor 3**.\n\nBook a tour: [contact us](https://example.org/contact).',
}

async function page(path: string, lang = 'en') {
	return call(
		path.startsWith('/news/') ? newsPage.loader : newsListPage.loader,
		requestAs(undefined, `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`),
		path.startsWith('/news/') ? { slug: path.slice('/news/'.length) } : {},
	)
}

describe('the news form', () => {
	it('needs one language complete and a started language finished', () => {
		// Nothing written: the English fields ask for one language or the other, not to "complete this language".
		const none = newsSchema.safeParse({})
		expect(none.error?.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`)).toEqual([
			'titleEn publishing.check.oneLanguage',
			'leadEn publishing.check.oneLanguage',
			'bodyEn publishing.check.oneLanguage',
		])
		const halfSwedish = newsSchema.safeParse({ ...english, titleSv: 'Nya platser' })
		expect(halfSwedish.success).toBe(false)
		expect(halfSwedish.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(['bodySv', 'leadSv'])
		expect(newsSchema.safeParse({ titleSv: 'Nyhet', leadSv: 'Ingress', bodySv: 'Text' }).success).toBe(true)
	})

	it('refuses a title longer than the limit with a message that names the limit', () => {
		const long = newsSchema.safeParse({ ...english, titleEn: 'x'.repeat(161) })
		expect(long.error?.issues[0]?.message).toBe('publishing.check.tooLong?max=160')
	})
})

describe('publishing news', () => {
	it('gives two items with the same long title addresses of their own', async () => {
		const title = `${'Cleanroom '.repeat(20)}open day`.slice(0, 160)
		const first = await createNewsItem(coordinator, input({ ...english, titleEn: title }))
		const second = await createNewsItem(coordinator, input({ ...english, titleEn: title }))
		const third = await createNewsItem(coordinator, input({ ...english, titleEn: title }))
		const slugs = await prisma().newsItem.findMany({
			where: { id: { in: [first.id, second.id, third.id] } },
			select: { slug: true },
		})
		expect(new Set(slugs.map((row) => row.slug)).size).toBe(3)
	})

	it('keeps a draft away from readers, shows it once published, and hides it again when withdrawn', async () => {
		const { id } = await createNewsItem(coordinator, input(english))
		const { slug } = await prisma().newsItem.findUniqueOrThrow({ where: { id } })
		expect(slug).toBe('new-coworking-desks-at-the-innovation-station')
		expect((await page(`/news/${slug}`)).status).toBe(404)

		await publishNewsItem(coordinator, id)
		const shown = await page(`/news/${slug}`)
		expect(shown.status).toBe(200)
		const article = (shown.body as { article: { title: string; bodyHtml: string; description: string } }).article
		expect(article.title).toBe(english.titleEn)
		expect(article.bodyHtml).toContain('<strong>floor 3</strong>')
		expect(article.description).toBe(english.leadEn)
		await expect(publishNewsItem(coordinator, id)).rejects.toThrow(RuleError)

		await withdrawNewsItem(coordinator, id)
		expect((await page(`/news/${slug}`)).status).toBe(404)
		const list = (await page('/news')).body as { items: Array<{ slug: string }> }
		expect(list.items.map((item) => item.slug)).not.toContain(slug)
		expect(await prisma().auditEntry.count({ where: { entityId: id } })).toBe(3)
	})

	it('lets the slug follow the title until publication, then keeps it', async () => {
		const { id } = await createNewsItem(coordinator, input({ ...english, titleEn: 'A first title' }))
		expect((await updateNewsItem(coordinator, id, input({ ...english, titleEn: 'A better title' }))).slug).toBe(
			'a-better-title',
		)
		await publishNewsItem(coordinator, id)
		expect((await updateNewsItem(coordinator, id, input({ ...english, titleEn: 'Renamed later' }))).slug).toBe(
			'a-better-title',
		)
		const again = await createNewsItem(coordinator, input({ ...english, titleEn: 'A better title' }))
		expect((await prisma().newsItem.findUniqueOrThrow({ where: { id: again.id } })).slug).toBe('a-better-title-2')
	})

	it('shows a Swedish-only item to an English reader with its language noted', async () => {
		const { id } = await createNewsItem(
			coordinator,
			input({ titleSv: 'Milstolpe för labblokalerna i Novum', leadSv: 'Byggstart i vår.', bodySv: 'Mer text.' }),
		)
		const { slug } = await publishNewsItem(coordinator, id)
		const shown = (await page(`/news/${slug}`, 'en')).body as { article: { title: string; onlyIn: string | null } }
		expect(shown.article).toMatchObject({ title: 'Milstolpe för labblokalerna i Novum', onlyIn: 'sv' })
	})
})

describe('the Atom feed', () => {
	it('is Atom 1.0 with the published items, their leads as summaries and rendered bodies as content', async () => {
		const hostile = {
			titleEn: 'Hostile <script>alert(1)</script> & "quotes"',
			leadEn: 'A lead with <b>tags</b> & ampersands',
			bodyEn: 'Body <img src=x onerror=alert(1)> and [a link](javascript:alert(1))',
		}
		const { id } = await createNewsItem(coordinator, input(hostile))
		const { slug } = await publishNewsItem(coordinator, id)
		const draft = await createNewsItem(coordinator, input({ ...english, titleEn: 'A draft nobody sees' }))

		const response = (await newsFeedRoute.loader({
			request: new Request('http://hub.test/news.atom?lang=en'),
			params: {},
			context: {},
		})) as Response
		expect(response.headers.get('Content-Type')).toBe('application/atom+xml; charset=utf-8')
		expect(response.headers.get('Cache-Control')).toContain('public')
		const xml = await response.text()
		const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).feed
		expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom')
		expect(feed.title).toBe('ATMP Flemingsberg news')
		expect(Date.parse(feed.updated)).not.toBeNaN()
		const entries = [feed.entry].flat()
		expect(entries.map((entry: { title: string }) => entry.title)).not.toContain('A draft nobody sees')
		const entry = entries.find((candidate: { id: string }) => candidate.id.endsWith(`/news/${slug}`))
		expect(entry.title['#text'] ?? entry.title).toBe(hostile.titleEn)
		expect(entry.link.href).toMatch(new RegExp(`^https?://[^/]+/news/${slug}\\?lang=en$`))
		expect(entry.summary['#text'] ?? entry.summary).toBe(hostile.leadEn)
		const content = entry.content['#text'] ?? entry.content
		expect(content).toContain('&lt;img src=x onerror=alert(1)&gt;')
		expect(content).not.toContain('<img')
		expect(content).not.toContain('href="javascript:')
		expect(draft.id).toBeTruthy()
	})

	it('is in Swedish with ?lang=sv', async () => {
		const response = (await newsFeedRoute.loader({
			request: new Request('http://hub.test/news.atom?lang=sv'),
			params: {},
			context: {},
		})) as Response
		const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(await response.text()).feed
		expect(feed.title).toBe('Nyheter från ATMP Flemingsberg')
	})
})
