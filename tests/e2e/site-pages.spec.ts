import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { demoAccounts, signedInPage } from './helpers/session.ts'
import { settled } from './helpers/settled.ts'

// The hub's own pages: a visitor finds about, contact and privacy from the
// footer of any page, in English and in Swedish; a coordinator rewrites the
// Swedish about text, is stopped by the field when the title is left empty
// (with the text still there), and Swedish visitors read the new text.
// The projects share one database and may save the same page at once, so a
// save that finds the page changed meanwhile is made again on a fresh copy,
// and the footer journey reads the about page's lead, which no journey edits.

const footerJourneys = [
	{
		lang: 'en',
		pages: [
			{
				link: 'About the hub',
				heading: 'About ATMP Flemingsberg',
				text: 'cell therapy, gene therapy and tissue engineering',
			},
			{ link: 'Contact', heading: 'Contact', text: 'establish@atmp-flemingsberg.example' },
			{ link: 'Privacy and cookies', heading: 'Privacy notice', text: 'Download my data' },
		],
	},
	{
		lang: 'sv',
		pages: [
			{
				link: 'Om navet',
				heading: 'Om ATMP Flemingsberg',
				text: 'cellterapi, genterapi och vävnadstekniska produkter',
			},
			{ link: 'Kontakt', heading: 'Kontakt', text: 'Etableringskontoret' },
			{ link: 'Integritet och kakor', heading: 'Integritetspolicy', text: 'Ladda ner mina uppgifter' },
		],
	},
] as const

for (const journey of footerJourneys) {
	test(`a visitor reaches about, contact and privacy from the footer (${journey.lang}) @phone`, async ({ page }) => {
		test.setTimeout(90_000)
		await page.goto(`/?lang=${journey.lang}`)
		for (const target of journey.pages) {
			await page.getByRole('contentinfo').getByRole('link', { name: target.link, exact: true }).click()
			await expect(page.getByRole('heading', { level: 1, name: target.heading })).toBeVisible({ timeout: 30_000 })
			await expect(page.locator('main')).toContainText(target.text)
			await expect(page).toHaveTitle(new RegExp(`^${target.heading} · ATMP Flemingsberg`))
			await expectAccessible(page)
		}
	})
}

async function openAboutEditor(page: Page) {
	await page.goto('/coordinator/pages?lang=en')
	await expect(page.getByRole('heading', { level: 1, name: 'The hub’s pages' })).toBeVisible()
	await page.getByRole('link', { name: 'Edit About the hub' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Edit: About the hub' })).toBeVisible({ timeout: 30_000 })
	await settled(page)
	return page.getByRole('group', { name: 'In Swedish' })
}

test('a coordinator rewrites the Swedish about text and Swedish visitors read it @phone @staff', async ({
	browser,
}, testInfo) => {
	test.setTimeout(150_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const marker = `Navet i ${testInfo.project.name} ${Date.now()}`
	const page = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })

	await page.goto('/coordinator?lang=en')
	const coordinatorNav = page.getByRole('navigation', { name: 'Coordinator pages' })
	// On a phone the nav is folded into one line that opens to its links.
	if (await coordinatorNav.locator('summary').isVisible()) await coordinatorNav.locator('summary').click()
	await coordinatorNav.getByRole('link', { name: 'Pages' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'The hub’s pages' })).toBeVisible({ timeout: 30_000 })
	await expectAccessible(page)

	// An empty title is refused by its field; the text typed below it is still there.
	let swedish = await openAboutEditor(page)
	await expectAccessible(page)
	const body = `${marker}\n\nEtt nav för avancerade terapier i Flemingsberg.`
	await swedish.getByLabel('Title').fill('')
	await swedish.getByLabel('Text').fill(body)
	await page.getByRole('button', { name: 'Save the page' }).click()
	await expect(swedish.getByText('This field is required.')).toBeVisible({ timeout: 30_000 })
	await expect(swedish.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true')
	await expect(swedish.getByLabel('Text')).toHaveValue(body)
	await expectAccessible(page)

	// Saved, with a way to the page, and a visitor reading Swedish sees the new text. Another project
	// may save the page in between: then the save is refused, or the text replaced, and done again.
	const visitor = await browser.newContext({
		javaScriptEnabled,
		locale: 'sv-SE',
		viewport: testInfo.project.use.viewport,
	})
	const swedishPage = await visitor.newPage()
	for (let attempt = 1; ; attempt++) {
		expect(attempt, 'saved and read within three attempts').toBeLessThanOrEqual(3)
		if (attempt > 1) swedish = await openAboutEditor(page)
		await swedish.getByLabel('Title').fill('Om ATMP Flemingsberg')
		await swedish.getByLabel('Text').fill(body)
		await page.getByRole('button', { name: 'Save the page' }).click()
		const saved = page.getByText('Saved. Visitors read the new text now.')
		const raced = page.getByText('Someone else saved this page while you were editing it')
		await expect(saved.or(raced)).toBeVisible({ timeout: 30_000 })
		if (!(await saved.isVisible())) continue
		await expect(page.getByRole('link', { name: 'View the page in Swedish' })).toBeVisible()
		await expectAccessible(page)
		await swedishPage.goto('/about?lang=sv')
		await expect(swedishPage.getByRole('heading', { level: 1, name: 'Om ATMP Flemingsberg' })).toBeVisible()
		if ((await swedishPage.locator('main').textContent())?.includes(marker)) break
	}
	await expect(swedishPage.locator('main')).toContainText(marker)
	await expectAccessible(swedishPage)
	await visitor.close()
	await page.context().close()
})
