import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { demoAccounts, signedInPage } from './helpers/session.ts'

// Establishing in Flemingsberg: a visitor goes from the home page to the
// offers, filters them by kind, and opens an offer at the Innovation Station,
// in English and in Swedish; the establishment office curates offers. Runs
// with and without JavaScript, and on a 390 px phone (@phone).

const texts = {
	en: {
		cta: 'See the offers',
		title: 'Establish in Flemingsberg',
		kind: 'Coworking and office space',
		lab: 'Wet lab suite in Novum',
		show: 'Show offers',
		offer: 'Coworking desks at the Innovation Station',
		interested: 'I’m interested',
	},
	sv: {
		cta: 'Se erbjudandena',
		title: 'Etablera dig i Flemingsberg',
		kind: 'Coworking och kontor',
		lab: 'Våtlabb i Novum',
		show: 'Visa erbjudanden',
		offer: 'Kontorsplatser i Innovation Station',
		interested: 'Jag är intresserad',
	},
} as const

async function expectNoSidewaysScroll(page: Page) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
	expect(overflow).toBeLessThanOrEqual(1)
}

for (const lang of ['en', 'sv'] as const) {
	test(`a visitor finds an offer at the Innovation Station from the home page (${lang}) @phone`, async ({ page }) => {
		test.setTimeout(120_000)
		const say = texts[lang]
		await page.goto(`/?lang=${lang}`)
		await page.getByRole('link', { name: say.cta }).click()
		await expect(page.getByRole('heading', { level: 1, name: say.title })).toBeVisible({ timeout: 30_000 })
		const offers = page.getByRole('region', { name: lang === 'en' ? 'Offers' : 'Erbjudanden' })
		await expect(offers.getByRole('link', { name: say.lab })).toBeVisible()
		await expectAccessible(page)
		await expectNoSidewaysScroll(page)

		// One kind: the lab leaves the list, the coworking desks stay; the address says so.
		await page.getByRole('checkbox', { name: new RegExp(`^${say.kind}`) }).check()
		await page.getByRole('button', { name: say.show }).click()
		await expect(page).toHaveURL(/kind=coworking/, { timeout: 30_000 })
		await expect(offers.getByRole('link', { name: say.lab })).toHaveCount(0)
		await expect(page.getByRole('checkbox', { name: new RegExp(`^${say.kind}`) })).toBeChecked()
		await expectAccessible(page)

		await offers.getByRole('link', { name: say.offer }).click()
		await expect(page.getByRole('heading', { level: 1, name: say.offer })).toBeVisible({ timeout: 30_000 })
		await expect(page.getByText('Innovation Station').first()).toBeVisible()
		const interested = page.getByRole('link', { name: say.interested })
		await expect(interested).toHaveAttribute('href', /^\/establish\/enquire\?offer=/)
		await expectAccessible(page)
		await expectNoSidewaysScroll(page)
	})
}

test('a reserved offer is marked, and a taken one leaves the list until the visitor asks for it', async ({ page }) => {
	await page.goto('/establish?lang=en')
	const offers = page.getByRole('region', { name: 'Offers' })
	const reserved = offers.getByRole('listitem').filter({ hasText: 'Small offices for start-ups' })
	await expect(reserved.getByText('Reserved')).toBeVisible()
	await page.goto('/establish?lang=en&taken=1')
	await expect(page.getByRole('checkbox', { name: 'Show taken offers too' })).toBeChecked()
	await expectAccessible(page)
})

test('the establishment office adds an offer, and visitors see it once it is published @staff', async ({
	browser,
}, testInfo) => {
	test.setTimeout(180_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const page = await signedInPage(browser, demoAccounts.establishmentOffice, { javaScriptEnabled })
	await page.goto('/establish/manage?lang=en')
	await expect(page.getByRole('heading', { level: 1, name: 'Establishment offers' })).toBeVisible()
	await expectAccessible(page)
	await page.getByRole('link', { name: 'New offer' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'New establishment offer' })).toBeVisible()

	// Nothing typed: the form says what is missing and keeps nothing.
	await page.getByRole('button', { name: 'Save the offer' }).click()
	const problems = page.getByRole('alert').filter({ hasText: 'problems with this form' })
	await expect(problems.getByRole('link', { name: 'Kind of offer: This field is required.' })).toBeVisible({
		timeout: 30_000,
	})
	await expect(problems.getByRole('link', { name: 'Contact person: This field is required.' })).toBeVisible()
	await expectAccessible(page)

	const title = `Meeting room hire at the Innovation Station ${testInfo.project.name} ${Date.now()}`
	await page.getByLabel('Kind of offer').selectOption('coworking')
	await page.getByLabel('Title in English').fill(title)
	await page.getByLabel('Building or site').selectOption('innovation-station')
	await page.getByLabel('Contact person').fill('Eva Establish')
	await page.getByLabel('Contact e-mail').fill('office@demo.atmp-flemingsberg.example')
	await page.getByLabel('Published').check()
	await page.getByRole('button', { name: 'Save the offer' }).click()
	await expect(page.getByText('The offer is created.')).toBeVisible({ timeout: 30_000 })

	// Reserved in one step from the list; the public page marks it.
	const row = page.getByRole('listitem').filter({ hasText: title })
	await row.getByRole('combobox').selectOption('reserved')
	await row.getByRole('button', { name: 'Set status' }).click()
	await expect(page.getByText('The offer is now “Reserved”.')).toBeVisible({ timeout: 30_000 })
	await expectAccessible(page)

	const visitor = await browser.newPage({ javaScriptEnabled })
	await visitor.goto('/establish?lang=en&kind=coworking')
	const card = visitor.getByRole('listitem').filter({ hasText: title })
	await expect(card.getByText('Reserved')).toBeVisible()
	await card.getByRole('link', { name: title }).click()
	await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 30_000 })
	await expect(visitor.getByText('Someone has reserved this offer.')).toBeVisible()
	await visitor.close()

	// The coordinator's audit log tells the change of status in the offers' own words, in both languages.
	const coordinator = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	for (const [lang, label, from, to] of [
		['en', 'Status of the offer', 'Available', 'Reserved'],
		['sv', 'Erbjudandets status', 'Ledigt', 'Reserverat'],
	] as const) {
		await coordinator.goto(`/coordinator/audit?action=establishmentOffer.statusChanged&lang=${lang}`)
		const entry = coordinator.getByRole('listitem').filter({ hasText: title }).first()
		await entry.locator('summary').first().click()
		const change = entry.locator('dl div').filter({ hasText: label })
		await expect(change).toContainText(new RegExp(`${from}.*→.*${to}`))
		await expect(change).not.toContainText('establish.status')
	}
	await coordinator.close()
})

test('members who are not hub staff get no way into curating offers', async ({ browser }, testInfo) => {
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const page = await signedInPage(browser, demoAccounts.companyAdmin, { javaScriptEnabled })
	const response = await page.goto('/establish/manage?lang=en')
	expect(response?.status()).toBe(403)
	await expect(page.getByText('It is for the establishment office and the hub’s coordinators.')).toBeVisible()
})
