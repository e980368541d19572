import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'

// Each page ships the texts of its own language only; the browser loads them
// before React takes over the server's HTML. Switching language is a full page
// load, so the other language's texts arrive with the page that needs them.

const languages = {
	en: { nav: 'Main', labs: 'Labs', organizations: 'Organisations' },
	sv: { nav: 'Huvudmeny', labs: 'Labb', organizations: 'Organisationer' },
} as const

type Lang = keyof typeof languages

/** The languages whose texts the page downloaded, in order (a page may load several parts of one language). */
function languageChunks(scripts: string[]): string[] {
	const languages = scripts.map((url) => /\/assets\/(en|sv)-[\w-]+\.js$/.exec(url)?.[1])
	return [...new Set(languages.filter((lang) => lang !== undefined))]
}

function watch(page: Page) {
	const errors: string[] = []
	const scripts: string[] = []
	page.on('pageerror', (error) => errors.push(error.message))
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text())
	})
	page.on('response', (response) => {
		if (response.url().endsWith('.js')) scripts.push(response.url())
	})
	return { errors, scripts }
}

function routerReady(page: Page) {
	return page.waitForFunction(
		() =>
			(window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized,
	)
}

/** Hydrated: Remix's router runs, and a link opens the next page without a page load. */
async function expectHydrated(page: Page, lang: Lang) {
	await routerReady(page)
	await page.evaluate(() => Object.assign(window, { sameDocument: true }))
	await page
		.getByRole('navigation', { name: languages[lang].nav })
		.getByRole('link', { name: languages[lang].labs })
		.click()
	await expect(page.getByRole('heading', { level: 1, name: languages[lang].labs })).toBeVisible()
	expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true)
	await expect(page.locator('html')).toHaveAttribute('lang', lang)
}

for (const lang of ['en', 'sv'] as const) {
	test(`a page in ${lang} hydrates with only its own language's texts`, async ({ page, javaScriptEnabled }) => {
		test.skip(!javaScriptEnabled, 'hydration needs JavaScript')
		const { errors, scripts } = watch(page)
		await page.goto(`/organizations?lang=${lang}`)
		await expect(page.getByRole('heading', { level: 1, name: languages[lang].organizations })).toBeVisible()
		await expectHydrated(page, lang)
		expect(languageChunks(scripts)).toEqual([lang])
		expect(errors).toEqual([])
	})
}

test('the language switch opens the same page in the other language, which hydrates too', async ({
	page,
	javaScriptEnabled,
}) => {
	const { errors, scripts } = watch(page)
	await page.goto('/organizations?lang=en')
	if (javaScriptEnabled) await routerReady(page)
	await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Svenska' }).click()
	await expect(page).toHaveURL(/\/organizations\?lang=sv$/)
	await expect(page.getByRole('heading', { level: 1, name: languages.sv.organizations })).toBeVisible()
	await expectAccessible(page)
	if (javaScriptEnabled) {
		await expectHydrated(page, 'sv')
		expect(languageChunks(scripts)).toEqual(['en', 'sv'])
	}

	// The choice is remembered: the next visit without ?lang= is in Swedish.
	await page.goto('/organizations')
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
	await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'English' }).click()
	await expect(page.getByRole('heading', { level: 1, name: languages.en.organizations })).toBeVisible()
	await expect(page.locator('html')).toHaveAttribute('lang', 'en')
	if (javaScriptEnabled) await expectHydrated(page, 'en')
	expect(errors).toEqual([])
})

test('a page that changes language without a page load fetches that language and renders in it', async ({
	page,
	javaScriptEnabled,
}) => {
	test.skip(!javaScriptEnabled, 'only a hydrated page navigates in place')
	const { errors, scripts } = watch(page)
	await page.goto('/organizations?lang=en')
	await routerReady(page)
	await page.evaluate(() => Object.assign(window, { sameDocument: true }))
	// As when a member saves Swedish as their language on the account page: the root loader answers in Swedish.
	await page.evaluate(() =>
		(window as unknown as { __remixRouter: { navigate: (to: string) => Promise<void> } }).__remixRouter.navigate(
			'/organizations?lang=sv',
		),
	)
	await expect(page.getByRole('heading', { level: 1, name: languages.sv.organizations })).toBeVisible()
	await expect(page.getByRole('navigation', { name: languages.sv.nav })).toBeVisible()
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
	expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true)
	expect(languageChunks(scripts)).toEqual(['en', 'sv'])
	expect(errors).toEqual([])
})

test('a listing written in Swedish with an English version reads in the visitor’s language; one only in Swedish says so', async ({
	page,
}) => {
	// The listing's own texts; the cards of an organisation's facilities below have notes of their own.
	const ownNote = (text: string) => page.locator('p:not(article p)', { hasText: text })
	// Grantorp Biologics (demo data) is written in Swedish and has an English version.
	await page.goto('/organizations/grantorp-biologics-ab?lang=en')
	await expect(page.locator('p[lang="en"]', { hasText: 'CDMO in Flemingsberg for lentiviral vectors' })).toBeVisible()
	await expect(
		page.locator('div[lang="en"]', { hasText: 'Grantorp Biologics AB is a contract development' }),
	).toBeVisible()
	await expect(ownNote('Only in Swedish')).toHaveCount(0)

	await page.goto('/organizations/grantorp-biologics-ab?lang=sv')
	await expect(page.locator('p[lang="sv"]', { hasText: 'CDMO i Flemingsberg inom lentivirala vektorer' })).toBeVisible()
	await expect(ownNote('Endast på engelska')).toHaveCount(0)

	// Kästa Cell Therapy Unit is in Swedish only: an English reader gets it, marked as Swedish, with a note.
	await page.goto('/facilities/kasta-cell-therapy-unit?lang=en')
	await expect(page.locator('p[lang="sv"]', { hasText: 'GMP-anläggning med renrum klass A/B/D' })).toBeVisible()
	await expect(ownNote('Only in Swedish')).toHaveCount(2)
})
