import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { submitRequest } from './helpers/requests.ts'
import { demoAccounts, signedInPage } from './helpers/session.ts'
import { settled } from './helpers/settled.ts'

// The coordinator's matchmaking funnel: from the coordinator pages' nav to
// the page, a month chosen in the period form (a plain GET form, with or
// without JavaScript), the funnel's chart and table, and a table downloaded
// as CSV that a spreadsheet opens with the same figure. Other journeys submit
// requests in the same run, so figures are compared as "at least".

/** This month as the hub's clocks read it, "2026-12". */
function hubMonth(): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit' })
		.format(new Date())
		.slice(0, 7)
}

async function submittedOnPage(page: Page, stage: string): Promise<number> {
	const row = page
		.locator('[data-table="funnel"] tbody tr')
		.filter({ has: page.getByRole('rowheader', { name: stage, exact: true }) })
	const text = (await row.locator('td').first().innerText()).replace(/\D/g, '')
	return Number(text)
}

for (const lang of ['en', 'sv'] as const) {
	const words = {
		en: {
			nav: 'Funnel',
			title: 'Matchmaking funnel',
			show: 'Show',
			month: 'Month',
			aMonth: 'A month',
			submit: 'Show the period',
			submitted: 'Submitted',
			header: 'Stage,Requests,Of the stage before (%),Of submitted (%)',
			download: 'Download this table (CSV)',
			chart: 'Requests that reached each stage',
		},
		sv: {
			nav: 'Tratten',
			title: 'Matchningstratten',
			show: 'Visa',
			month: 'Månad',
			aMonth: 'En månad',
			submit: 'Visa perioden',
			submitted: 'Inskickad',
			header: 'Steg,Förfrågningar,Av steget före (%),Av inskickade (%)',
			download: 'Ladda ner tabellen (CSV)',
			chart: 'Förfrågningar som nådde varje steg',
		},
	}[lang]

	test(`a coordinator reads the funnel of this month and downloads its table (${lang}) @phone @staff`, async ({
		browser,
	}, testInfo) => {
		test.setTimeout(180_000)
		const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
		const requester = await signedInPage(browser, demoAccounts.companyAdmin, { javaScriptEnabled })
		await submitRequest(requester, `Funnel vector (${testInfo.project.name} ${lang} ${Date.now()})`)
		await requester.context().close()

		const page = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
		await page.goto(`/coordinator?lang=${lang}`)
		// On a phone the coordinator pages' nav is folded into one line that opens to its links.
		const menu = page
			.getByRole('navigation', { name: lang === 'en' ? 'Coordinator pages' : 'Koordinatorsidor' })
			.locator('summary')
		if (await menu.isVisible()) await menu.click()
		await page.getByRole('navigation').getByRole('link', { name: words.nav, exact: true }).click()
		await expect(page.getByRole('heading', { level: 1, name: words.title })).toBeVisible({ timeout: 30_000 })

		// Choosing a month: the period lands in the address, so the view can be shared.
		await settled(page)
		await page.getByLabel(words.show, { exact: true }).selectOption({ label: words.aMonth })
		await page.getByLabel(words.month, { exact: true }).fill(hubMonth())
		await page.getByRole('button', { name: words.submit }).click()
		await expect(page).toHaveURL(new RegExp(`period=month&month=${hubMonth()}`), { timeout: 30_000 })

		await expect(page.getByRole('img', { name: words.chart })).toBeVisible()
		const table = page.locator('[data-table="funnel"]')
		await expect(table.getByRole('columnheader').first()).toHaveText(words.header.split(',')[0]!)
		const submitted = await submittedOnPage(page, words.submitted)
		expect(submitted).toBeGreaterThanOrEqual(1)
		await expectAccessible(page)

		// A 390 px phone: the page itself never scrolls sideways (tables scroll in their own box).
		await page.setViewportSize({ width: 390, height: 844 })
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
		await expect(page.getByRole('img', { name: words.chart })).toBeVisible()

		// The funnel's table as a spreadsheet reads it: a byte-order mark, the page's headers, the same figure.
		const download = page.waitForEvent('download')
		await page.getByRole('link', { name: words.download }).first().click()
		const file = await download
		expect(file.suggestedFilename()).toMatch(/^matchmaking-funnel-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.csv$/)
		const csv = await readFile((await file.path())!, 'utf8')
		expect(csv.startsWith(`\uFEFF${words.header}\r\n`)).toBe(true)
		const row = csv.split('\r\n').find((line) => line.startsWith(`${words.submitted},`))!
		expect(Number(row.split(',')[1])).toBeGreaterThanOrEqual(submitted)

		await page.context().close()
	})
}
