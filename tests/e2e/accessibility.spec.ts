import { expect, test, type Page } from '@playwright/test'
import { publicPages } from '../public-pages.ts'
import { expectAccessible } from './helpers/axe.ts'
import { openInTriage, submitRequest } from './helpers/requests.ts'
import { demoAccounts, logIn } from './helpers/session.ts'

// Beyond the pages the journeys pass through: every kind of page a visitor,
// a member and a coordinator opens, in both languages, checked with axe. The
// server renders the same markup with or without JavaScript, so the desktop
// and phone projects with JavaScript are enough here.

// Each in both languages below, and a search that finds nothing, which has its own ways out.
const visitorPages = [...publicPages.filter((path) => !path.includes('lang=')), '/search?q=xylophonequartz']
const signedInPages = [
	'/account',
	'/account/api-tokens',
	'/my-listings',
	'/requests',
	'/requests/new',
	'/inbox',
	'/notifications',
	'/coordinator',
	'/coordinator/requests',
	'/coordinator/reviews',
	'/coordinator/listings',
	'/coordinator/audit',
	'/coordinator/claims',
	'/coordinator/api-tokens',
	'/coordinator/pages',
	'/coordinator/pages/about',
	'/admin/mail',
]
const withLanguage = (path: string, lang: string) => `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`

/** On a phone nothing may push the page wider than the screen: the reader would scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
	const width = page.viewportSize()?.width ?? 0
	if (width >= 640) return
	expect(await page.evaluate(() => document.documentElement.scrollWidth), `width of ${page.url()}`).toBeLessThanOrEqual(
		width,
	)
}

for (const lang of ['en', 'sv']) {
	test.describe(`in ${lang}`, { tag: '@phone' }, () => {
		test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'the same server markup is checked with JavaScript')

		test('the public pages have no serious accessibility fault', async ({ page }) => {
			test.setTimeout(120_000)
			for (const path of visitorPages) {
				await page.goto(withLanguage(path, lang))
				await expectAccessible(page)
				await expectNoSidewaysScroll(page)
			}
		})

		test('the pages of members and coordinators have no serious accessibility fault', async ({ page }) => {
			test.setTimeout(180_000)
			await logIn(page, demoAccounts.coordinator)
			for (const path of signedInPages) {
				await page.goto(withLanguage(path, lang))
				await expectAccessible(page)
				await expectNoSidewaysScroll(page)
			}
		})
	})
}

// Before JavaScript a page shows controls that hydration replaces (the search's "Sort" button beside
// its list): on a phone they too must fit. A width check only; axe reads the same markup above.
test.describe('before JavaScript, on a phone', () => {
	test.skip(({ javaScriptEnabled }) => javaScriptEnabled, 'with JavaScript the journeys above check the width')
	test.use({ viewport: { width: 390, height: 844 } })

	for (const lang of ['en', 'sv']) {
		test(`nothing pushes a page wider than the screen (${lang})`, async ({ page }) => {
			test.setTimeout(120_000)
			for (const path of [...visitorPages, '/search?q=cell+therapy']) {
				await page.goto(withLanguage(path, lang))
				await expectNoSidewaysScroll(page)
			}
			await logIn(page, demoAccounts.coordinator)
			for (const path of signedInPages) {
				await page.goto(withLanguage(path, lang))
				await expectNoSidewaysScroll(page)
			}
		})
	}
})

// Names are whatever people type: a Swedish compound is longer than a phone's line at a heading's size.
// Its word must wrap where it is shown (the request's page, the member's and the coordinator's lists,
// triage), not push the page sideways.
test.describe('a long word in what people write', { tag: '@phone' }, () => {
	test.skip(({ isMobile }) => !isMobile, 'only a phone’s screen is narrower than the word')

	test('wraps on a phone wherever it is shown', async ({ page }, testInfo) => {
		test.setTimeout(120_000)
		const title = `Cellterapitillverkningsanläggningsutvärderingen ${testInfo.project.name} ${Date.now()}`
		await logIn(page, demoAccounts.companyAdmin)
		const requestPage = await submitRequest(page, title)
		await expectNoSidewaysScroll(page)
		for (const lang of ['en', 'sv']) {
			await page.goto(withLanguage('/requests', lang))
			await expect(page.getByText(title)).toBeVisible()
			await expectNoSidewaysScroll(page)
			await page.goto(withLanguage(requestPage, lang))
			await expectNoSidewaysScroll(page)
		}
		await page.context().clearCookies()
		await logIn(page, demoAccounts.coordinator)
		await page.goto('/coordinator/requests?lang=en')
		await expectNoSidewaysScroll(page)
		await openInTriage(page, title)
		await expectNoSidewaysScroll(page)
	})
})
