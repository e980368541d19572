import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'
import { expectAccessible } from './helpers/axe.ts'

// What a search engine reads, against the seeded demo data: robots.txt, the
// sitemap, and a facility page's canonical address, share card and schema.org
// data. Listings are found the way a visitor finds them, never by slug.

interface SitemapUrl {
	loc: string
	lastmod?: string
	'xhtml:link': Array<{ rel: string; hreflang: string; href: string }>
}

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	isArray: (name) => name === 'url' || name === 'xhtml:link',
})

async function sitemap(request: APIRequestContext, headers: Record<string, string> = {}): Promise<SitemapUrl[]> {
	const response = await request.get('/sitemap.xml', { headers })
	expect(response.status()).toBe(200)
	expect(response.headers()['content-type']).toMatch(/^application\/xml/)
	return parser.parse(await response.text()).urlset.url as SitemapUrl[]
}

/** The first facility the GMP facilities list shows a visitor: its name and path. */
async function firstFacility(page: Page): Promise<{ name: string; path: string }> {
	await page.goto('/facilities?lang=en')
	const link = page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link')
	return {
		name: ((await link.textContent()) ?? '').trim(),
		path: new URL((await link.getAttribute('href'))!, page.url()).pathname,
	}
}

async function metaContent(page: Page, attribute: 'name' | 'property', key: string): Promise<string | null> {
	return page.locator(`head meta[${attribute}="${key}"]`).first().getAttribute('content')
}

test.describe('pages search engines can read', () => {
	test('robots.txt keeps crawlers out of the signed-in areas and names the sitemap', async ({ request, baseURL }) => {
		const response = await request.get('/robots.txt')
		expect(response.status()).toBe(200)
		const robots = await response.text()
		for (const area of [
			'/coordinator/',
			'/account/',
			'/admin/',
			'/my-listings/',
			'/requests/',
			'/inbox/',
			'/home/',
			'/notifications/',
			'/api/',
		])
			expect(robots).toContain(`Disallow: ${area}`)
		expect(robots).toContain('Allow: /api/docs')
		expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
	})

	test('the sitemap lists a published facility with its alternates and no members-only listing', async ({
		page,
		request,
		baseURL,
	}) => {
		const urls = await sitemap(request)
		const facility = await firstFacility(page)
		const english = urls.find((url) => url.loc === `${baseURL}${facility.path}?lang=en`)
		expect(english, `${facility.name} in the sitemap`).toBeDefined()
		expect(english!.lastmod).toMatch(/^\d{4}-\d\d-\d\dT/)
		expect(english!['xhtml:link']).toEqual([
			{ rel: 'alternate', hreflang: 'en', href: `${baseURL}${facility.path}?lang=en` },
			{ rel: 'alternate', hreflang: 'sv', href: `${baseURL}${facility.path}?lang=sv` },
			{ rel: 'alternate', hreflang: 'x-default', href: `${baseURL}${facility.path}` },
		])
		expect(urls.map((url) => url.loc)).toContain(`${baseURL}${facility.path}?lang=sv`)

		// Nothing the sitemap names is closed to a visitor: a members-only expert, a draft or a merged
		// listing would answer 404 (tests/seo checks each kind against the database).
		const experts = urls.filter((url) => url.loc.startsWith(`${baseURL}/experts/`) && url.loc.endsWith('?lang=en'))
		expect(experts.length).toBeGreaterThan(0)
		for (const expert of experts) expect((await request.get(expert.loc)).status(), expert.loc).toBe(200)
	})

	test('a facility page names its canonical address, its share card and its schema.org place, in both languages @phone', async ({
		page,
		baseURL,
	}) => {
		const blocked: string[] = []
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) blocked.push(message.text())
		})
		const facility = await firstFacility(page)
		for (const [lang, ogLocale, other] of [
			['en', 'en_GB', 'sv_SE'],
			['sv', 'sv_SE', 'en_GB'],
		] as const) {
			await page.goto(`${facility.path}?lang=${lang}`)
			const canonical = `${baseURL}${facility.path}?lang=${lang}`
			await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', canonical)
			expect(await metaContent(page, 'property', 'og:url')).toBe(canonical)
			expect(await metaContent(page, 'property', 'og:title')).toContain(facility.name)
			expect(await metaContent(page, 'property', 'og:description')).toBeTruthy()
			expect(await metaContent(page, 'property', 'og:type')).toBe('website')
			expect(await metaContent(page, 'property', 'og:site_name')).toBe('ATMP Flemingsberg')
			expect(await metaContent(page, 'property', 'og:locale')).toBe(ogLocale)
			expect(await metaContent(page, 'property', 'og:locale:alternate')).toBe(other)
			expect(await metaContent(page, 'name', 'twitter:card')).toMatch(/^summary/)
			expect(await page.locator('head meta[name="robots"]').count()).toBe(0)

			const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
			expect(scripts).toHaveLength(1)
			const place = JSON.parse(scripts[0]!) as Record<string, unknown>
			expect(place).toMatchObject({
				'@context': 'https://schema.org',
				'@type': 'Place',
				name: facility.name,
				url: canonical,
			})
			await expectAccessible(page)
		}
		expect(blocked).toEqual([])
	})

	test('the home page describes the hub and its search', async ({ page, baseURL }) => {
		await page.goto('/?lang=sv')
		await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/?lang=sv`)
		const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
			'@graph': Array<Record<string, unknown>>
		}
		expect(graph['@graph'].map((node) => node['@type'])).toEqual(['Organization', 'WebSite'])
		expect(JSON.stringify(graph)).toContain(`${baseURL}/search?q={search_term_string}`)
		await expectAccessible(page)
	})

	test('a search with a query is canonical to itself but kept out of the index', async ({ page, baseURL }) => {
		await page.goto('/search?q=cell&lang=en')
		await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/search?q=cell&lang=en`)
		expect(await metaContent(page, 'name', 'robots')).toBe('noindex, follow')
	})

	test('a forged Host changes no address in the sitemap, robots.txt or a page', async ({ request, page, baseURL }) => {
		const forged = { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' }
		const urls = await sitemap(request, forged)
		expect(urls.length).toBeGreaterThan(10)
		expect(urls.every((url) => url.loc.startsWith(`${baseURL}/`))).toBe(true)
		expect(await (await request.get('/robots.txt', { headers: forged })).text()).not.toContain('evil.example')
		const facility = await firstFacility(page)
		const html = await (await request.get(`${facility.path}?lang=en`, { headers: forged })).text()
		expect(html).toContain(`<link rel="canonical" href="${baseURL}${facility.path}?lang=en"/>`)
		expect(html).not.toContain('evil.example')
	})
})
