import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { sitemapDocument, sitemapFile } from '../../app/domain/seo/build-sitemap.server.ts'
import { isPrivatePath, robotsTxt } from '../../app/domain/seo/crawl-rules.ts'
import { addressIn, isIndexable } from '../../app/domain/seo/page-address.ts'
import { pageTags } from '../../app/domain/seo/page-tags.ts'
import { MAX_URLS_PER_FILE, sitemapFiles, type SitemapSource } from '../../app/domain/seo/sitemap.ts'

// The sitemap's shape without a database: sources are made up here, so a
// sitemap of 100,000 listings costs no rows.

const origin = 'https://hub.example.org'
const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name),
})

/** A source of `count` pages named /things/<n>, all changed on one day. */
function madeUp(name: string, count: number, reads: number[] = []): SitemapSource {
	return {
		name,
		count: async () => count,
		async list({ offset, limit }) {
			reads.push(limit)
			return Array.from({ length: Math.max(0, Math.min(limit, count - offset)) }, (_, index) => ({
				path: `/${name}/${offset + index}`,
				lastmod: new Date('2026-11-30T10:00:00Z'),
			}))
		},
	}
}

async function text(pieces: AsyncIterable<string> | null): Promise<string> {
	if (!pieces) throw new Error('no such sitemap file')
	let whole = ''
	for await (const piece of pieces) whole += piece
	return whole
}

interface Url {
	loc: string
	lastmod?: string
	'xhtml:link': Array<{ rel: string; hreflang: string; href: string }>
}

describe('the sitemap', () => {
	it('lists each page once per language, each naming both languages and the x-default', async () => {
		const xml = await text(await sitemapDocument({ origin, sources: [madeUp('things', 2)] }))
		const urls = parser.parse(xml).urlset.url as Url[]
		expect(urls.map((url) => url.loc)).toEqual([
			`${origin}/things/0?lang=en`,
			`${origin}/things/0?lang=sv`,
			`${origin}/things/1?lang=en`,
			`${origin}/things/1?lang=sv`,
		])
		expect(urls[1]!.lastmod).toBe('2026-11-30T10:00:00.000Z')
		expect(urls[1]!['xhtml:link']).toEqual([
			{ rel: 'alternate', hreflang: 'en', href: `${origin}/things/0?lang=en` },
			{ rel: 'alternate', hreflang: 'sv', href: `${origin}/things/0?lang=sv` },
			{ rel: 'alternate', hreflang: 'x-default', href: `${origin}/things/0` },
		])
	})

	it('escapes what XML would read as markup', async () => {
		const source: SitemapSource = {
			name: 'odd',
			count: async () => 1,
			list: async () => [{ path: '/odd/a&b<c>', lastmod: null }],
		}
		const xml = await text(await sitemapDocument({ origin, sources: [source] }))
		expect(xml).not.toContain('a&b')
		expect((parser.parse(xml).urlset.url as Url[])[0]!.loc).toBe(`${origin}/odd/a&b<c>?lang=en`)
	})

	it('at 100,000 listings becomes an index of files of at most 50,000 addresses, which together list every page', async () => {
		const reads: number[] = []
		const sources = [madeUp('home', 5), madeUp('listings', 100_000, reads)]
		const index = parser.parse(await text(await sitemapDocument({ origin, sources })))
		const files = (index.sitemapindex.sitemap as Array<{ loc: string }>).map((entry) => entry.loc)
		expect(files).toEqual([1, 2, 3, 4, 5].map((number) => `${origin}/sitemap/${number}.xml`))

		let addresses = 0
		for (let number = 1; number <= files.length; number++) {
			const xml = await text(await sitemapFile({ origin, sources, number }))
			const inFile = xml.split('<loc>').length - 1
			expect(inFile).toBeLessThanOrEqual(MAX_URLS_PER_FILE)
			addresses += inFile
		}
		expect(addresses).toBe(2 * 100_005)
		// Read from the database a batch at a time, never a whole file of rows at once.
		expect(Math.max(...reads)).toBeLessThanOrEqual(1000)
		expect(await sitemapFile({ origin, sources, number: 6 })).toBeNull()
	}, 120_000)

	it('with files split small, lists every page exactly once across them', async () => {
		const sources = [madeUp('home', 3), madeUp('listings', 8)]
		const index = parser.parse(await text(await sitemapDocument({ origin, sources, maxUrls: 6 })))
		expect(index.sitemapindex.sitemap).toHaveLength(4)
		const seen: string[] = []
		for (let number = 1; number <= 4; number++) {
			const urls = parser.parse(await text(await sitemapFile({ origin, sources, number, maxUrls: 6 }))).urlset
				.url as Url[]
			expect(urls.length).toBeLessThanOrEqual(6)
			seen.push(...urls.map((url) => url.loc))
		}
		expect(seen).toHaveLength(22)
		expect(new Set(seen).size).toBe(22)
	})

	it('has no numbered files while everything fits in /sitemap.xml', async () => {
		expect(await sitemapFile({ origin, sources: [madeUp('things', 3)], number: 1 })).toBeNull()
	})

	it('splits sources across files at the limit, in order', () => {
		expect(sitemapFiles([3, 4], 5)).toEqual([
			[
				{ source: 0, offset: 0, limit: 3 },
				{ source: 1, offset: 0, limit: 2 },
			],
			[{ source: 1, offset: 2, limit: 2 }],
		])
		expect(sitemapFiles([0, 0], 5)).toEqual([[]])
	})
})

describe('robots.txt', () => {
	const robots = robotsTxt(origin)

	it('keeps crawlers out of the signed-in and staff areas and names the sitemap', () => {
		for (const area of [
			'/coordinator',
			'/account',
			'/admin',
			'/my-listings',
			'/requests',
			'/inbox',
			'/home',
			'/notifications',
		])
			expect(robots).toContain(`Disallow: ${area}/`)
		expect(robots).toContain('Disallow: /api/')
		expect(robots).toContain('Allow: /api/docs')
		expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`)
	})

	it('tells the private areas from the public pages', () => {
		expect(isPrivatePath('/requests/new')).toBe(true)
		expect(isPrivatePath('/home')).toBe(true)
		expect(isPrivatePath('/api/v1/listings')).toBe(true)
		expect(isPrivatePath('/api/docs')).toBe(false)
		expect(isPrivatePath('/facilities/novum')).toBe(false)
		expect(isPrivatePath('/homepage-news')).toBe(false)
		expect(isPrivatePath('/')).toBe(false)
	})
})

describe('page addresses', () => {
	it('name the page in its language, without a trailing slash, keeping the query', () => {
		expect(addressIn(origin, { pathname: '/facilities/' }, 'sv')).toBe(`${origin}/facilities?lang=sv`)
		expect(addressIn(origin, { pathname: '/', search: '?lang=en' }, 'sv')).toBe(`${origin}/?lang=sv`)
		expect(addressIn(origin, { pathname: '/search', search: '?q=cell&page=2' }, 'en')).toBe(
			`${origin}/search?q=cell&page=2&lang=en`,
		)
	})

	it('are indexed when plain or paged, not when a query or filter chose the results', () => {
		expect(isIndexable('')).toBe(true)
		expect(isIndexable('?lang=sv&page=3')).toBe(true)
		expect(isIndexable('?q=lentiviral')).toBe(false)
		expect(isIndexable('?grade=A&page=2')).toBe(false)
	})
})

describe("a page's tags for search engines and share cards", () => {
	const tagsOf = (address: string, locale = 'en', extras = {}) =>
		pageTags({ origin, locale, siteName: 'ATMP Flemingsberg', url: new URL(address, 'http://evil.example') }, extras)

	it('name the page from PUBLIC_URL in its language, whatever host the request came to', () => {
		const { path, tags } = tagsOf('http://evil.example/facilities/novum-suite/?utm_source=mail', 'sv')
		expect(path).toBe('/facilities/novum-suite/')
		expect(tags).toContainEqual({ tagName: 'link', rel: 'canonical', href: `${origin}/facilities/novum-suite?lang=sv` })
		expect(tags).toContainEqual({ property: 'og:url', content: `${origin}/facilities/novum-suite?lang=sv` })
		expect(tags).toContainEqual({ property: 'og:locale', content: 'sv_SE' })
		expect(tags).toContainEqual({ property: 'og:locale:alternate', content: 'en_GB' })
		expect(JSON.stringify(tags)).not.toContain('evil.example')
		expect(JSON.stringify(tags)).not.toContain('noindex')
	})

	it('keep a search in its canonical but keep it out of the index; paging alone stays indexed', () => {
		const search = tagsOf('/search?q=cell&type=facility').tags
		expect(search).toContainEqual({
			tagName: 'link',
			rel: 'canonical',
			href: `${origin}/search?q=cell&type=facility&lang=en`,
		})
		expect(search).toContainEqual({ name: 'robots', content: 'noindex, follow' })
		const paged = tagsOf('/facilities?page=2').tags
		expect(paged).toContainEqual({ tagName: 'link', rel: 'canonical', href: `${origin}/facilities?page=2&lang=en` })
		expect(paged.some((tag) => 'name' in tag && tag.name === 'robots')).toBe(false)
	})

	it("carry a listing's picture as a large card, its kind and its JSON-LD", () => {
		const image = { src: `${origin}/images/a-1200.webp`, width: 1200, height: 800, alt: 'The suite' }
		const structuredData = { '@context': 'https://schema.org' as const, '@type': 'Person', name: 'A' }
		const { tags } = tagsOf('/experts/a', 'en', { kind: 'profile', image, structuredData })
		expect(tags).toContainEqual({ property: 'og:type', content: 'profile' })
		expect(tags).toContainEqual({ property: 'og:image', content: image.src })
		expect(tags).toContainEqual({ property: 'og:image:alt', content: 'The suite' })
		expect(tags).toContainEqual({ name: 'twitter:card', content: 'summary_large_image' })
		expect(tags).toContainEqual({ 'script:ld+json': structuredData })
	})
})
