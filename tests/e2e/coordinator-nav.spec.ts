import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { demoAccounts, signedInPage } from './helpers/session.ts'
import { settled } from './helpers/settled.ts'

// The coordinator pages' navigation: thirteen links, which on a 390 px phone
// used to wrap to four rows above every page. There it is one line naming the
// page one is on, which opens (a <details>, so without JavaScript too) to all
// of them; on a desktop the links stay in view as one row.

const words = {
	en: {
		nav: 'Coordinator pages',
		overview: 'Overview',
		funnel: 'Funnel',
		funnelTitle: 'Matchmaking funnel',
		stale: 'Stale listings',
	},
	sv: {
		nav: 'Koordinatorsidor',
		overview: 'Översikt',
		funnel: 'Tratten',
		funnelTitle: 'Matchningstratten',
		stale: 'Inaktuella poster',
	},
} as const

const isPhone = (page: Page) => (page.viewportSize()?.width ?? 1280) < 768

/** Follows a link of the nav as the device shows it: on a phone, the folded menu opens first. */
async function follow(page: Page, lang: keyof typeof words, link: string) {
	const nav = page.getByRole('navigation', { name: words[lang].nav })
	const target = nav.getByRole('link', { name: link, exact: true })
	if (isPhone(page)) {
		await expect(target).toBeHidden()
		await nav.locator('summary').click()
	}
	await target.click()
}

for (const lang of ['en', 'sv'] as const) {
	test(`a coordinator reaches the funnel and the stale listings from the nav (${lang}) @phone @staff`, async ({
		browser,
	}, testInfo) => {
		test.setTimeout(90_000)
		const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
		const page = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
		await page.goto(`/coordinator?lang=${lang}`)
		await settled(page)
		const nav = page.getByRole('navigation', { name: words[lang].nav })
		const box = await nav.boundingBox()
		if (isPhone(page)) {
			// One line, not four rows, and it says where one is.
			expect(box!.height).toBeLessThanOrEqual(64)
			await expect(nav.locator('summary')).toHaveText(`${words[lang].nav}: ${words[lang].overview}`)
		} else {
			await expect(nav.getByRole('link', { name: words[lang].funnel, exact: true })).toBeVisible()
			await expect(nav.locator('summary')).toBeHidden()
		}
		await expectAccessible(page)

		await follow(page, lang, words[lang].funnel)
		await expect(page.getByRole('heading', { level: 1, name: words[lang].funnelTitle })).toBeVisible({
			timeout: 30_000,
		})
		await expect(nav.getByRole('link', { name: words[lang].funnel, exact: true, includeHidden: true })).toHaveAttribute(
			'aria-current',
			'page',
		)
		if (isPhone(page)) {
			// The next page starts with the menu folded, naming the page now open.
			await expect(nav.locator('summary')).toHaveText(`${words[lang].nav}: ${words[lang].funnel}`)
			await expect(nav.getByRole('link', { name: words[lang].stale, exact: true })).toBeHidden()
		}
		await expectAccessible(page)

		await follow(page, lang, words[lang].stale)
		await expect(page.getByRole('heading', { level: 1, name: words[lang].stale })).toBeVisible({ timeout: 30_000 })
		if (isPhone(page)) await expect(nav.locator('summary')).toHaveText(`${words[lang].nav}: ${words[lang].stale}`)
		await expectAccessible(page)
		await page.context().close()
	})
}
