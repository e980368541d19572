import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { settled } from './helpers/settled.ts'

// Search as visitors use it, with and without JavaScript, against the seeded
// demo data. Which facet values to pick is read from the page (any value the
// page offers has results), so the tests survive changes to the demo data.

function results(page: Page): Locator {
	return page.getByRole('region', { name: 'Results' })
}

function resultNames(page: Page): Promise<string[]> {
	return results(page).getByRole('article').getByRole('heading').allTextContents()
}

function facet(page: Page, name: string): Locator {
	return page.getByRole('complementary', { name: 'Filters' }).getByRole('group', { name })
}

/** With JavaScript a ticked box applies itself; without, the form's "Apply filters" button sends it. */
async function tick(page: Page, checkbox: Locator, javaScriptEnabled: boolean) {
	await checkbox.check()
	if (!javaScriptEnabled) await page.getByRole('button', { name: 'Apply filters' }).click()
}

/** Let React take over the server's HTML first: a click before that would be lost on the JavaScript project. */
async function settle(page: Page) {
	await settled(page)
}

test.describe('search page', () => {
	test('from the home page box to a result and back, with the search intact', async ({ page, javaScriptEnabled }) => {
		await page.goto('/?lang=en')
		await settle(page)
		const homeSearch = page.getByRole('search')
		await homeSearch.getByRole('searchbox', { name: 'Search the directory' }).fill('lentivrial')
		await homeSearch.getByRole('button', { name: 'Search' }).click()
		await expect(page).toHaveURL(/\/search\?q=lentivrial$/)
		await settle(page)

		await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
		await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “lentivrial”$/)
		// The typo found "lentiviral" and the page marks the word it matched.
		await expect(results(page).locator('mark').first()).toHaveText(/^lentivira/i)
		await expect(results(page).getByRole('article').first()).toBeVisible()

		// Narrow down: GMP facilities, then one of the cleanroom grades those facilities have.
		await tick(page, facet(page, 'Listing type').getByRole('checkbox', { name: /^GMP facility\b/ }), javaScriptEnabled)
		await expect(page).toHaveURL(/[?&]type=facility/)
		await expect(page.getByRole('heading', { level: 1, name: 'Search GMP facilities' })).toBeVisible()
		await expectAccessible(page)
		const grade = facet(page, 'Cleanroom grade').getByRole('checkbox').first()
		const gradeLabel = ((await grade.getAttribute('value')) ?? '').trim()
		expect(gradeLabel).toMatch(/^[A-D]$/)
		await tick(page, grade, javaScriptEnabled)
		await expect(page).toHaveURL(new RegExp(`[?&]grade=${gradeLabel}(&|$)`))
		await expect(page).toHaveURL(/[?&]type=facility/)
		await expect(page).toHaveURL(/[?&]q=lentivrial/)
		await settle(page)

		const activeFilters = page.getByRole('region', { name: 'Active filters' })
		await expect(activeFilters.getByRole('link', { name: 'Remove filter Listing type: GMP facility' })).toBeVisible()
		await expect(
			activeFilters.getByRole('link', { name: new RegExp(`^Remove filter Cleanroom grade: Grade ${gradeLabel}\\b`) }),
		).toBeVisible()
		await expect(results(page).getByRole('article').first()).toBeVisible()
		for (const label of await results(page).getByRole('article').locator('.eyebrow').allTextContents()) {
			expect(label.toLowerCase()).toBe('gmp facility')
		}
		const narrowedUrl = page.url()
		const narrowedNames = await resultNames(page)
		const narrowedStatus = await page.getByRole('status').textContent()

		// Open the first result, then come back.
		const first = results(page).getByRole('article').first().getByRole('heading').getByRole('link')
		const firstName = (await first.textContent())?.trim() ?? ''
		await first.click()
		await expect(page.getByRole('heading', { level: 1, name: firstName })).toBeVisible()
		await page.goBack()

		await expect(page).toHaveURL(narrowedUrl)
		await expect(page.getByRole('searchbox', { name: 'Search the directory' })).toHaveValue('lentivrial')
		await expect(facet(page, 'Listing type').getByRole('checkbox', { name: /^GMP facility\b/ })).toBeChecked()
		await expect(facet(page, 'Cleanroom grade').getByRole('checkbox', { checked: true })).toHaveCount(1)
		await expect(page.getByRole('status')).toHaveText(narrowedStatus ?? '')
		expect(await resultNames(page)).toEqual(narrowedNames)
	})

	test('sorts by name, and the sort is part of the address', async ({ page, javaScriptEnabled }) => {
		await page.goto('/search?type=lab&lang=en')
		await settle(page)
		await page.getByLabel('Sort by').selectOption('name')
		if (!javaScriptEnabled) await page.getByRole('button', { name: 'Sort', exact: true }).click()
		await expect(page).toHaveURL(/[?&]sort=name/)
		await settle(page)
		const names = await resultNames(page)
		expect(names.length).toBeGreaterThan(1)
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')))
	})

	test('pages through results with plain links', async ({ page }) => {
		await page.goto('/search?lang=en')
		const pages = page.getByRole('navigation', { name: 'Pages' })
		await pages.getByRole('link', { name: 'Next' }).click()
		await expect(page).toHaveURL(/[?&]page=2/)
		await expect(pages.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')
	})

	test('zero results: says so and offers ways out', async ({ page }) => {
		await page.goto('/search?q=xylophonequartz&modality=car-t&lang=en')
		await expect(page.getByRole('status')).toHaveText('0 results for “xylophonequartz”')
		const noResults = page.getByRole('region', { name: 'No results for “xylophonequartz”' })
		await expect(noResults.getByText(/Check the spelling/)).toBeVisible()
		await expect(noResults.getByRole('link', { name: 'GMP facilities' })).toHaveAttribute('href', '/facilities')
		await expect(noResults.getByRole('link', { name: 'Search without “xylophonequartz”' })).toHaveAttribute(
			'href',
			'/search?modality=car-t&lang=en',
		)
		await noResults.getByRole('link', { name: 'Remove filter Modality: CAR-T cells' }).click()
		await expect(page).toHaveURL(/\/search\?q=xylophonequartz&lang=en$/)
		await expectAccessible(page)
		await expect(page.getByRole('status')).toHaveText('0 results for “xylophonequartz”')
	})

	test('a bad address gets a 400 page that explains it', async ({ page }) => {
		const response = await page.goto('/search?q=aav&modality=unicorn&lang=en')
		expect(response?.status()).toBe(400)
		await expect(page.getByText('“unicorn” is not a known value for “Modality”.')).toBeVisible()
		await page.getByRole('link', { name: 'Search for “aav” without filters' }).click()
		await expect(page).toHaveURL(/\/search\?q=aav&lang=en$/)
		await expect(page.getByRole('status')).toHaveText(/results? for “aav”/)
	})

	test('per-type entry point: /search?type=facility searches GMP facilities', async ({ page }) => {
		await page.goto('/search?type=facility&lang=en')
		await expect(page).toHaveTitle(/^Search GMP facilities · ATMP Flemingsberg$/)
		await expect(facet(page, 'Listing type').getByRole('checkbox', { name: /^GMP facility\b/ })).toBeChecked()
		for (const label of await results(page).getByRole('article').locator('.eyebrow').allTextContents()) {
			expect(label.toLowerCase()).toBe('gmp facility')
		}
	})

	test('understands the words: says which spelling it searched for, and why a result matched', async ({ page }) => {
		await page.goto('/search?q=sterilty%20testing&lang=en')
		await expect(page.getByText('Showing results for “sterility testing”')).toBeVisible()
		await expect(results(page).getByRole('article').first()).toBeVisible()
		// A Swedish word finds English-written listings, and the card says through which words.
		await page.goto('/search?q=renrum&lang=en')
		await expect(
			results(page)
				.getByText(/Why it matched: .*/)
				.first(),
		).toBeVisible()
	})

	test('in Swedish, labels come from the taxonomy in Swedish', async ({ page }) => {
		await page.goto('/search?type=facility&lang=sv')
		await expect(page.getByRole('heading', { level: 1, name: 'Sök GMP-anläggningar' })).toBeVisible()
		await expectAccessible(page)
		await expect(
			page
				.getByRole('complementary', { name: 'Filter' })
				.getByRole('group', { name: 'Typ av post' })
				.getByRole('checkbox', { name: /^GMP-anläggning\b/ }),
		).toBeChecked()
	})
})

test.describe('free capacity', () => {
	/** "12 results" → 12. */
	async function shownCount(page: Page): Promise<number> {
		return Number(/^(\d+) results?$/.exec((await page.getByRole('status').textContent()) ?? '')?.[1] ?? NaN)
	}

	test('a date in the filters keeps the facilities free by then, and its chip takes it away', async ({
		page,
		javaScriptEnabled,
	}) => {
		await page.goto('/search?lang=en')
		await settle(page)
		const everything = await shownCount(page)
		const filters = page.getByRole('complementary', { name: 'Filters' })
		const field = filters.getByRole('group', { name: 'Free cleanroom capacity' }).getByLabel('Free by')
		await field.fill('2027-03-01')
		if (!javaScriptEnabled) await page.getByRole('button', { name: 'Apply filters' }).click()
		await expect(page).toHaveURL(/[?&]availableBy=2027-03-01(&|$)/, { timeout: 30_000 })
		await expect(page.getByRole('status')).not.toHaveText(`${everything} results`, { timeout: 30_000 })
		await settle(page)
		const free = await shownCount(page)
		expect(free).toBeGreaterThan(0)
		expect(free).toBeLessThan(everything)
		// Only GMP facilities keep suites free.
		for (const label of await results(page).getByRole('article').locator('.eyebrow').allTextContents()) {
			expect(label.toLowerCase()).toBe('gmp facility')
		}
		await expect(field).toHaveValue('2027-03-01')
		await expect(filters.getByText('1 active')).toBeAttached()
		await expectAccessible(page)

		// Narrowing further keeps the date.
		const grade = facet(page, 'Cleanroom grade').getByRole('checkbox').first()
		await tick(page, grade, javaScriptEnabled)
		await expect(page).toHaveURL(/[?&]grade=/, { timeout: 30_000 })
		await expect(page).toHaveURL(/[?&]availableBy=2027-03-01(&|$)/)
		await settle(page)

		const chip = page
			.getByRole('region', { name: 'Active filters' })
			.getByRole('link', { name: 'Remove filter Free by: 1 March 2027' })
		await chip.click()
		await expect(page).not.toHaveURL(/availableBy/, { timeout: 30_000 })
		await expect(page).toHaveURL(/[?&]grade=/)
		await settle(page)
		await expect(field).toHaveValue('')
		await expect(
			page.getByRole('region', { name: 'Active filters' }).getByRole('link', { name: /Free by/ }),
		).toHaveCount(0)
	})

	test('a query that says when offers its period as the filter, in both languages', async ({ page }) => {
		for (const [lang, q, link, chip] of [
			['en', 'grade B cleanroom next spring', /^Show only GMP facilities/, /^Remove filter Free: 1 March/],
			['sv', 'renrum klass B till våren', /^Visa bara GMP-anläggningar/, /^Ta bort filtret Ledig: 1 mars/],
		] as const) {
			await page.goto(`/search?q=${encodeURIComponent(q)}&lang=${lang}`)
			await settle(page)
			// The words of the period ask nothing of a listing's text: the rest of the query finds its results.
			const offer = page.getByRole('main').getByRole('link', { name: link })
			await expect(offer).toBeVisible()
			await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()
			await offer.click()
			await expect(page).toHaveURL(/[?&]availableFrom=\d{4}-03-01&availableTo=\d{4}-05-31(&|$)/, { timeout: 30_000 })
			await expect(
				page
					.getByRole('region', { name: lang === 'en' ? 'Active filters' : 'Valda filter' })
					.getByRole('link', { name: chip }),
			).toBeVisible()
			await expect(offer).toHaveCount(0)
		}
		await expectAccessible(page)
	})

	test('a period from the address is kept in the form and shown in Swedish', async ({ page }) => {
		await page.goto('/facilities?availableFrom=2027-03-01&availableTo=2027-04-30&lang=sv')
		const filters = page.getByRole('complementary', { name: 'Filter' })
		await expect(filters.getByLabel('Ledig från')).toHaveValue('2027-03-01')
		await expect(filters.getByLabel('Ledig till och med')).toHaveValue('2027-04-30')
		await expect(
			page
				.getByRole('region', { name: 'Valda filter' })
				.getByRole('link', { name: /^Ta bort filtret Ledig: 1 mars 2027/ }),
		).toBeVisible()
		await expectAccessible(page)
		// No free capacity on a list without facilities.
		await page.goto('/labs?lang=sv')
		await expect(page.getByLabel('Ledig senast')).toHaveCount(0)
	})
})

test.describe('with JavaScript', () => {
	test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'live updates need JavaScript')

	test('results follow the typing without a page load, and one burst of typing is one history entry', async ({
		page,
	}) => {
		const errors: string[] = []
		page.on('pageerror', (error) => errors.push(error.message))
		page.on('console', (message) => {
			// Remix logs the cut-off answer of a search the page dropped for a newer one (a busy server makes them overlap).
			if (message.type() === 'error' && !message.text().startsWith('AbortError')) errors.push(message.text())
		})
		await page.goto('/search?q=lentivrial&lang=en')
		await settle(page)
		// A full page load would drop this.
		await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }))

		const box = page.getByRole('searchbox', { name: 'Search the directory' })
		await box.fill('')
		// Slow enough for the page to search after every letter: each search replaces the last one's entry.
		await box.pressSequentially('asep', { delay: 400 })
		await expect(page).toHaveURL(/\/search\?q=asep&lang=en$/)
		await box.pressSequentially('tic', { delay: 40 })
		await expect(page).toHaveURL(/\/search\?q=aseptic&lang=en$/)
		await expect(page.getByRole('status')).toHaveText(/results? for “aseptic”/)
		await expect(results(page).locator('mark').first()).toHaveText(/^aseptic/i)
		expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true)
		await expect(page.getByRole('button', { name: 'Apply filters' })).toHaveCount(0)

		await page.goBack()
		await expect(page).toHaveURL(/\/search\?q=lentivrial&lang=en$/)
		await expect(box).toHaveValue('lentivrial')
		await expect(page.getByRole('status')).toHaveText(/results? for “lentivrial”/)
		expect(errors).toEqual([])
	})
	test('on a slow server, typing on before the first results arrive keeps the search before it for back', async ({
		page,
	}) => {
		await page.goto('/search?q=lentivrial&lang=en')
		await settle(page)
		// The burst's first search takes longer to answer than the pause between two letters.
		let searches = 0
		await page.route(/\/search\.data\?/, async (route) => {
			if (searches++ === 0) await new Promise((resolve) => setTimeout(resolve, 2_000))
			// The page may have dropped the slow search by now.
			await route.continue().catch(() => {})
		})
		const box = page.getByRole('searchbox', { name: 'Search the directory' })
		const firstSearch = page.waitForRequest(/\/search\.data\?/)
		await box.fill('asep')
		await firstSearch
		await box.pressSequentially('tic')
		await expect(page).toHaveURL(/\/search\?q=aseptic&lang=en$/)
		await expect(page.getByRole('status')).toHaveText(/results? for “aseptic”/)

		await page.goBack()
		await expect(page).toHaveURL(/\/search\?q=lentivrial&lang=en$/)
		await expect(box).toHaveValue('lentivrial')
	})
})

test.describe('GET /api/v1/listings', () => {
	test.skip(
		({ javaScriptEnabled }) => !javaScriptEnabled,
		'an HTTP API answers the same whatever the browser does with JavaScript: the JavaScript project runs it once',
	)

	test('?q=genterapi&type=facility returns facilities with facet counts', async ({ request }) => {
		const response = await request.get('/api/v1/listings?q=genterapi&type=facility')
		expect(response.status()).toBe(200)
		expect(response.headers()['content-type']).toMatch(/^application\/json/)
		const body = await response.json()
		expect(body.total).toBeGreaterThan(0)
		expect(body.hits.length).toBeGreaterThan(0)
		for (const hit of body.hits) {
			// A facility's item carries its capacity (suites and free ranges), empty when it keeps none.
			expect(Object.keys(hit).sort()).toEqual([
				'capacity',
				'highlights',
				'language',
				'name',
				'ref',
				'summary',
				'translatedLanguage',
				'translatedSummary',
				'type',
				'url',
			])
			expect(hit.type).toBe('facility')
			expect(Array.isArray(hit.capacity.freeRanges)).toBe(true)
			expect(hit.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/facilities\/[^/]+$/)
		}
		expect(body.facets.type.facility).toBe(body.total)
		expect(Object.keys(body.facets)).toEqual(
			expect.arrayContaining(['type', 'modality', 'service', 'phase', 'grade', 'licence', 'kind', 'city']),
		)
		expect(body).toMatchObject({ page: 1, sort: 'relevance', degraded: false })

		const hitPage = await request.get(body.hits[0].url)
		expect(hitPage.status()).toBe(200)
	})

	test('the walkthrough: "grade B cleanroom" finds every Grade B facility in either language, and "lentiviral vector supplier" puts a vector supplier first', async ({
		request,
	}) => {
		// Every page of the answer: the API gives 20 a page.
		const refs = async (query: string) => {
			const found: string[] = []
			for (let page = 1; ; page += 1) {
				const body = await (await request.get(`/api/v1/listings?${query}&page=${page}`)).json()
				found.push(...(body.hits as Array<{ ref: string }>).map((hit) => hit.ref))
				if (page >= body.pageCount) return found
			}
		}
		const gradeB = await refs('type=facility&grade=B')
		expect(gradeB.length).toBeGreaterThan(1)
		for (const q of ['grade B cleanroom', 'renrum klass B'])
			expect(await refs(`q=${encodeURIComponent(q)}&type=facility`), q).toEqual(expect.arrayContaining(gradeB))

		// Those who make lentiviral vectors, by their fields.
		const vectorMakers = await refs(
			'modality=lentiviral&service=viral-vector-production&type=organization&type=lab&type=facility',
		)
		for (const q of ['lentiviral vector supplier', 'leverantör av lentivirala vektorer']) {
			const body = await (await request.get(`/api/v1/listings?q=${encodeURIComponent(q)}`)).json()
			const first = body.hits[0] as { ref: string; type: string }
			expect(first.type, q).not.toBe('expert')
			expect(vectorMakers, q).toContain(first.ref)
		}
	})

	test('bad parameters get a 400 naming the parameter', async ({ request }) => {
		for (const [query, parameter] of [
			['?type=company', 'type'],
			['?modality=car-t&modality=nonsense', 'modality'],
			['?page=-2', 'page'],
			['?sort=cheapest', 'sort'],
		] as const) {
			const response = await request.get(`/api/v1/listings${query}`)
			expect(response.status(), query).toBe(400)
			const body = await response.json()
			expect(body.error.parameter).toBe(parameter)
			expect(body.error.message).toContain(`"${parameter}"`)
		}
	})

	test('quotes, operators and very long text are just text', async ({ request }) => {
		for (const q of [`"lentiviral vector"`, 'aav OR lentiviral', 'type=facility', `' OR 1=1 --`, 'x'.repeat(5000)]) {
			const response = await request.get(`/api/v1/listings?q=${encodeURIComponent(q)}`)
			expect(response.status(), q.slice(0, 40)).toBe(200)
		}
	})
})
