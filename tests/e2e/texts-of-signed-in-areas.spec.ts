import { expect, test, type Page } from '@playwright/test'
import { en } from '../../app/i18n/en/index.ts'
import { coordinator as svCoordinator } from '../../app/i18n/sv/coordinator.ts'
import { demoAccounts, signedInPage } from './helpers/session.ts'
import { expectAccessible } from './helpers/axe.ts'
import { settled } from './helpers/settled.ts'

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

const clicks = [
	{
		who: 'a member',
		account: demoAccounts.companyAdmin,
		lang: 'en',
		from: { path: '/organizations?lang=en', heading: 'Organisations' },
		to: '/requests/new',
		shows: (page: Page) => expect(page.getByRole('heading', { level: 1 })).toHaveText(en['requestForm.newTitle']),
	},
	{
		who: 'a coordinator',
		account: demoAccounts.coordinator,
		lang: 'sv',
		from: { path: '/labs?lang=sv', heading: 'Labb' },
		to: '/coordinator?lang=sv',
		shows: (page: Page) =>
			expect(page.getByRole('navigation', { name: svCoordinator['coordinator.nav.label'] })).toBeVisible(),
	},
] as const

for (const click of clicks) {
	test(`${click.who} who clicks from a public page in ${click.lang} to ${click.to} reads its texts, not keys`, async ({
		browser,
		javaScriptEnabled,
	}) => {
		test.skip(!javaScriptEnabled, 'only a hydrated page navigates in place')
		const page = await signedInPage(browser, click.account, { javaScriptEnabled })
		const scripts = scriptsOf(page)
		await page.goto(click.from.path)
		await expect(page.getByRole('heading', { level: 1, name: click.from.heading })).toBeVisible()
		expect(membersTexts(scripts, click.lang)).toEqual([])

		await navigateInPlace(page, click.to)
		await expect(page.locator('html')).toHaveAttribute('lang', click.lang)
		await click.shows(page)
		expect(await rawKeysOn(page)).toEqual([])
		await expectAccessible(page)
		expect(membersTexts(scripts, click.lang)).toHaveLength(1)
		expect(membersTexts(scripts, click.lang === 'en' ? 'sv' : 'en')).toEqual([])
		await page.context().close()
	})
}

test('a first visit to a page of the coordinator area has its texts before it renders', async ({
	browser,
	javaScriptEnabled,
}) => {
	const page = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	const errors: string[] = []
	page.on('pageerror', (error) => errors.push(error.message))
	await page.goto('/coordinator/requests?lang=en')
	await expect(page.getByRole('navigation', { name: en['coordinator.nav.label'] })).toBeVisible()
	await settled(page)
	expect(await rawKeysOn(page)).toEqual([])
	expect(errors).toEqual([])
	await page.context().close()
})

test('an organisation’s admin who clicks from its public page to its members, and to claim another, reads their texts', async ({
	browser,
	javaScriptEnabled,
}) => {
	test.skip(!javaScriptEnabled, 'only a hydrated page navigates in place')
	const page = await signedInPage(browser, demoAccounts.companyAdmin, { javaScriptEnabled })
	await page.goto('/organizations?lang=en&q=Visättra+Cell+Therapeutics')
	await page.getByRole('link', { name: 'Visättra Cell Therapeutics AB' }).click()
	await page.getByRole('link', { name: en['orgClaim.manageMembers'] }).click()
	await expect(page).toHaveURL(/\/members(\?|$)/)
	await expect(page.getByRole('button', { name: en['orgMembers.inviteSubmit'] })).toBeVisible()
	expect(await rawKeysOn(page)).toEqual([])

	await page.goto('/organizations?lang=en&q=Alby+Bioprocess')
	await page.getByRole('link', { name: 'Alby Bioprocess Engineering AB' }).click()
	await page.getByRole('link', { name: en['orgClaim.link'] }).click()
	await expect(page).toHaveURL(/\/claim(\?|$)/)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Alby Bioprocess Engineering AB/)
	expect(await rawKeysOn(page)).toEqual([])
	await page.context().close()
})

test('a member’s menu and “Save this search” arrive on demand: whole on the first page, after a click in place, never for a visitor', async ({
	browser,
	page,
	javaScriptEnabled,
}) => {
	// A visitor's search page downloads neither.
	const visitorScripts = scriptsOf(page)
	await page.goto('/search?lang=en&q=vector')
	await expect(page.getByRole('link', { name: en['savedSearches.save.signIn'] })).toBeVisible()
	await settled(page)
	expect(visitorScripts.filter((script) => /\/(user-menu|member-save-search-form)-/.test(script))).toEqual([])

	const member = await signedInPage(browser, demoAccounts.companyAdmin, { javaScriptEnabled })
	await member.goto('/search?lang=en&q=vector')
	const menu = member.locator('header details')
	await expect(menu.locator('summary')).toBeVisible()
	await expect(member.locator('summary', { hasText: en['savedSearches.save.title'] })).toBeVisible()
	if (javaScriptEnabled) {
		// Hydrated, not just painted: Escape closes the open menu and gives its button the focus.
		await settled(member)
		await menu.locator('summary').click()
		await expect(menu.getByRole('button', { name: en['userMenu.logout'] })).toBeVisible()
		await member.keyboard.press('Escape')
		await expect(menu).not.toHaveAttribute('open')
		await expect(menu.locator('summary')).toBeFocused()

		await navigateInPlace(member, '/labs?lang=en')
		await expect(member.locator('summary', { hasText: en['savedSearches.save.title'] })).toBeVisible()
	} else {
		await menu.locator('summary').click()
		await expect(menu.getByRole('button', { name: en['userMenu.logout'] })).toBeVisible()
	}
	expect(await rawKeysOn(member)).toEqual([])
	await member.context().close()
})
