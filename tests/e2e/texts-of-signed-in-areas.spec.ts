import { expect, test, type Page } from '@playwright/test'
import { en } from '../../app/i18n/en/index.ts'
import { coordinator as svCoordinator } from '../../app/i18n/sv/coordinator.ts'
import { demoAccounts, signedInPage } from './helpers/session.ts'

// A public page ships only the public texts of its language; the texts of
// the member and coordinator areas arrive when a page of theirs opens, before
// it renders: after a click on a hydrated public page as on a first visit.

const keys = Object.keys(en)

/** Every message key that the page shows as it is: a text that never arrived. */
async function rawKeysOn(page: Page): Promise<string[]> {
	const text = await page.locator('body').innerText()
	return keys.filter((key) => text.includes(key))
}

function scriptsOf(page: Page): string[] {
	const scripts: string[] = []
	page.on('response', (response) => {
		if (response.url().endsWith('.js')) scripts.push(new URL(response.url()).pathname)
	})
	return scripts
}

/** Opens a path the way a link does on a hydrated page: no page load. */
async function navigateInPlace(page: Page, to: string) {
	await page.waitForFunction(
		() =>
			(window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized,
	)
	await page.evaluate(() => Object.assign(window, { sameDocument: true }))
	await page.evaluate(
		(path) =>
			(window as unknown as { __remixRouter: { navigate: (to: string) => Promise<void> } }).__remixRouter.navigate(
				path,
			),
		to,
	)
	await expect(page).toHaveURL(new RegExp(`${to.replace(/[?]/g, '\\?')}$`))
	expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true)
}

const membersTexts = (scripts: string[], lang: string) =>
	scripts.filter((script) => new RegExp(`/assets/${lang}-members-[\\w-]+\\.js$`).test(script))

test('a member who clicks from a public page into a new request reads its texts, not keys', async ({
	browser,
	javaScriptEnabled,
}) => {
	test.skip(!javaScriptEnabled, 'only a hydrated page navigates in place')
	const page = await signedInPage(browser, demoAccounts.companyAdmin, { javaScriptEnabled })
	const scripts = scriptsOf(page)
	await page.goto('/organizations?lang=en')
	await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible()
	expect(membersTexts(scripts, 'en')).toEqual([])

	await navigateInPlace(page, '/requests/new')
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['requestForm.newTitle'])
	expect(await rawKeysOn(page)).toEqual([])
	expect(membersTexts(scripts, 'en')).toHaveLength(1)
	await page.context().close()
})

test('a coordinator who clicks from a Swedish public page into the coordinator area reads Swedish texts', async ({
	browser,
	javaScriptEnabled,
}) => {
	test.skip(!javaScriptEnabled, 'only a hydrated page navigates in place')
	const page = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	const scripts = scriptsOf(page)
	await page.goto('/labs?lang=sv')
	await expect(page.getByRole('heading', { level: 1, name: 'Labb' })).toBeVisible()

	await navigateInPlace(page, '/coordinator?lang=sv')
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
	await expect(page.getByRole('navigation', { name: svCoordinator['coordinator.nav.label'] })).toBeVisible()
	expect(await rawKeysOn(page)).toEqual([])
	expect(membersTexts(scripts, 'sv')).toHaveLength(1)
	expect(membersTexts(scripts, 'en')).toEqual([])
	await page.context().close()
})

test('a first visit to a page of the coordinator area has its texts before it renders', async ({
	browser,
	javaScriptEnabled,
}) => {
	const page = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	const errors: string[] = []
	page.on('pageerror', (error) => errors.push(error.message))
	await page.goto('/coordinator/requests?lang=en')
	await expect(page.getByRole('navigation', { name: en['coordinator.nav.label'] })).toBeVisible()
	if (javaScriptEnabled) await page.waitForLoadState('networkidle')
	expect(await rawKeysOn(page)).toEqual([])
	expect(errors).toEqual([])
	await page.context().close()
})
