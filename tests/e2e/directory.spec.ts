import { expect, test, type Browser, type Page } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'

// The public directory as a visitor sees it, against the seeded demo data.
// Listings are found by role and visible text, never by slug, so the tests
// survive changes to the demo data set.

const english = {
	lang: 'en',
	nav: { organizations: 'Organisations', facilities: 'GMP facilities' },
	facilitiesSection: /^GMP facilities/,
	cleanroomGrades: 'Cleanroom grades',
	grade: /^Grade [A-D]\b/,
	licences: 'Licences',
	capacityDate: /^Available from \d{1,2} \p{L}+ \d{4}$/u,
	homeHeading: 'Find partners for advanced therapies in Flemingsberg',
}

const swedish = {
	lang: 'sv',
	nav: { organizations: 'Organisationer', facilities: 'GMP-anläggningar' },
	facilitiesSection: /^GMP-anläggningar/,
	cleanroomGrades: 'Renrumsklasser',
	grade: /^Klass [A-D]\b/,
	licences: 'Tillstånd',
	capacityDate: /^Ledig från \d{1,2} \p{L}+ \d{4}$/u,
	homeHeading: 'Hitta partner för avancerade terapier i Flemingsberg',
}

type Language = typeof english

interface BrowseTarget {
	organization: string
	/** Which page of /organizations lists it. */
	listPage: number
	facility: string
}

let target: BrowseTarget | undefined

/**
 * An organisation with a GMP facility that states cleanroom grades, licences
 * and a capacity date, found the way a visitor would: by opening pages.
 */
async function findBrowseTarget(browser: Browser): Promise<BrowseTarget> {
	if (target) return target
	const context = await browser.newContext({ locale: 'en-GB' })
	const probe = await context.newPage()
	try {
		for (let listPage = 1; listPage < 20; listPage++) {
			const response = await probe.goto(`/organizations?lang=en&page=${listPage}`)
			if (!response?.ok()) break
			const cards = probe.getByRole('main').getByRole('article').getByRole('heading').getByRole('link')
			const organizations = await Promise.all(
				(await cards.all()).map(async (link) => ({
					name: (await link.textContent())?.trim() ?? '',
					href: (await link.getAttribute('href')) ?? '',
				})),
			)
			for (const organization of organizations) {
				await probe.goto(organization.href)
				const section = probe.getByRole('region', { name: english.facilitiesSection })
				if ((await section.count()) === 0) continue
				const facilities = await Promise.all(
					(await section.getByRole('heading').getByRole('link').all()).map(async (link) => ({
						name: (await link.textContent())?.trim() ?? '',
						href: (await link.getAttribute('href')) ?? '',
					})),
				)
				for (const facility of facilities) {
					await probe.goto(facility.href)
					const grades = await probe
						.getByRole('region', { name: english.cleanroomGrades })
						.getByRole('listitem')
						.count()
					const licences = await probe.getByRole('region', { name: english.licences }).getByRole('listitem').count()
					const dated = await probe.getByText(english.capacityDate).count()
					if (grades > 0 && licences > 0 && dated > 0) {
						target = { organization: organization.name, listPage, facility: facility.name }
						return target
					}
				}
			}
		}
	} finally {
		await context.close()
	}
	throw new Error('The demo data has no organisation with a dated, graded and licensed GMP facility')
}

async function browseToFacility(page: Page, language: Language, browseTarget: BrowseTarget) {
	await page
		.getByRole('navigation', { name: language.lang === 'sv' ? 'Huvudmeny' : 'Main' })
		.getByRole('link', { name: language.nav.organizations })
		.click()
	await expect(page.getByRole('heading', { level: 1, name: language.nav.organizations })).toBeVisible()
	await expectAccessible(page)
	if (browseTarget.listPage > 1) {
		await page.getByRole('link', { name: new RegExp(`^(Page|Sida) ${browseTarget.listPage}$`) }).click()
		await expect(
			page.getByRole('link', { name: new RegExp(`^(Page|Sida) ${browseTarget.listPage}$`) }),
		).toHaveAttribute('aria-current', 'page')
	}
	await page.getByRole('main').getByRole('link', { name: browseTarget.organization, exact: true }).click()
	await expect(page.getByRole('heading', { level: 1, name: browseTarget.organization })).toBeVisible()

	await page
		.getByRole('region', { name: language.facilitiesSection })
		.getByRole('link', { name: browseTarget.facility, exact: true })
		.click()
	await expect(page.getByRole('heading', { level: 1, name: browseTarget.facility })).toBeVisible()
	await expectAccessible(page)
	// The facility page names its host organisation and back-links to it.
	await expect(page.getByRole('link', { name: browseTarget.organization, exact: true }).first()).toBeVisible()

	const grades = page.getByRole('region', { name: language.cleanroomGrades }).getByRole('listitem')
	await expect(grades.first()).toHaveText(language.grade)
	await expect(page.getByRole('region', { name: language.licences }).getByRole('listitem').first()).toBeVisible()
	await expect(page.getByText(language.capacityDate)).toBeVisible()
	await expect(page.locator('html')).toHaveAttribute('lang', language.lang)
}

test.describe('home page', () => {
	test('shows live, non-zero counts for all four listing types', async ({ page }) => {
		await page.goto('/?lang=en')
		await expect(page).toHaveTitle(/ATMP Flemingsberg/)
		const counts = page.getByRole('region', { name: 'Browse the directory' })
		for (const title of ['Organisations', 'Labs and research groups', 'GMP facilities', 'Experts']) {
			const link = counts.getByRole('link', { name: new RegExp(title) })
			await expect(link).toBeVisible()
			const count = Number((await link.textContent())?.match(/\d[\d\s,.]*/)?.[0]?.replace(/\D/g, ''))
			expect(count, `${title} count`).toBeGreaterThan(0)
		}
	})

	test('has a search box that submits to /search', async ({ page }) => {
		await page.goto('/?lang=en')
		const search = page.getByRole('search')
		await search.getByRole('searchbox', { name: 'Search the directory' }).fill('CAR-T')
		await search.getByRole('button', { name: 'Search' }).click()
		await expect(page).toHaveURL(/\/search\?q=CAR-T$/)
	})
})

test.describe('browsing from the home page to a GMP facility', () => {
	// Each walk first finds a facility to browse to, then checks every page it passes with axe.
	test.describe.configure({ timeout: 90_000 })

	test('in English', async ({ page, browser }) => {
		const browseTarget = await findBrowseTarget(browser)
		await page.goto('/?lang=en')
		await expect(page.getByRole('heading', { level: 1, name: english.homeHeading })).toBeVisible()
		await browseToFacility(page, english, browseTarget)
	})

	test('in Swedish via ?lang=sv', async ({ page, browser }) => {
		const browseTarget = await findBrowseTarget(browser)
		await page.goto('/?lang=sv')
		await expect(page.getByRole('heading', { level: 1, name: swedish.homeHeading })).toBeVisible()
		await expectAccessible(page)
		await browseToFacility(page, swedish, browseTarget)
	})

	test('in Swedish via the language switch, which the next pages remember', async ({ page, browser }) => {
		const browseTarget = await findBrowseTarget(browser)
		await page.goto('/?lang=en')
		await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Svenska' }).click()
		await expect(page.getByRole('heading', { level: 1, name: swedish.homeHeading })).toBeVisible()
		await expect(page).toHaveURL(/\?lang=sv$/)
		await browseToFacility(page, swedish, browseTarget)
	})
})

test.describe('lists', () => {
	test('page through organisations with plain links', async ({ page }) => {
		await page.goto('/organizations?lang=en')
		await expect(page.getByRole('status')).toHaveText(/^\d+ results$/)
		const pagination = page.getByRole('navigation', { name: 'Pages' })
		await expect(pagination.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page')
		await pagination.getByRole('link', { name: 'Next' }).click()
		await expect(page).toHaveURL(/[?&]page=2/)
		await expect(pagination.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')
		await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()
	})

	test('a page past the end says so and leads back to the first', async ({ page }) => {
		await page.goto('/organizations?page=9999&lang=en')
		await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible()
		await expect(page.getByText('This page is past the last result.')).toBeVisible()
		await expectAccessible(page)
		await page.getByRole('link', { name: 'Go to the first page' }).click()
		await expect(page).toHaveURL(/\/organizations\?lang=en$/)
		await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()
	})
})

test.describe('not found', () => {
	test('an unknown address shows the 404 page with status 404', async ({ page }) => {
		const response = await page.goto('/no-such-page/at-all?lang=en')
		expect(response?.status()).toBe(404)
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
		await expect(page).toHaveTitle(/Page not found/)
		await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible()
	})

	test('an unknown listing is not found, in Swedish too', async ({ page }) => {
		const response = await page.goto('/facilities/no-such-facility?lang=sv')
		expect(response?.status()).toBe(404)
		await expect(page.getByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeVisible()
	})
})
