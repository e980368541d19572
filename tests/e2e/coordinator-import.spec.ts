import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { expectAccessible } from './helpers/axe.ts'
import { demoAccounts, signedInPage } from './helpers/session.ts'
import { settled } from './helpers/settled.ts'

// A coordinator's spreadsheet round trip: export the facilities as CSV, change
// one facility's summary the way Swedish Excel saves a file (";" between
// cells, CRLF, a BOM), upload it, read the preview (exactly one update),
// confirm, and find the change on the facility's public page. A broken file
// shows its rows and fields and cannot be confirmed. English and Swedish,
// with and without JavaScript, on a desk and a phone.

const saveDelay = 30_000

async function downloadFacilitiesCsv(page: Page): Promise<string[][]> {
	await page.goto('/coordinator/export?lang=en')
	await expect(page.getByRole('heading', { level: 1, name: 'Export' })).toBeVisible()
	await settled(page)
	await expectAccessible(page)
	const listings = page.getByRole('region', { name: 'Listings' })
	await listings.getByLabel('Listings').selectOption('facility')
	await listings.getByLabel('Format').selectOption('csv')
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		listings.getByRole('button', { name: 'Download' }).click(),
	])
	const text = readFileSync((await download.path())!, 'utf8')
	expect(text.startsWith('\uFEFF')).toBe(true)
	return parse(text, { bom: true }) as string[][]
}

async function upload(page: Page, fileName: string, rows: string[][]) {
	await page.goto('/coordinator/import?lang=en')
	await expect(page.getByRole('heading', { level: 1, name: 'Import listings' })).toBeVisible()
	await settled(page)
	const content = `\uFEFF${stringify(rows, { delimiter: ';', record_delimiter: 'windows' })}`
	await page.getByLabel('File (.csv or .json)').setInputFiles({
		name: fileName,
		mimeType: 'text/csv',
		buffer: Buffer.from(content, 'utf8'),
	})
	await page.getByRole('button', { name: 'Check the file' }).click()
	await expect(page).toHaveURL(/\/coordinator\/import\?upload=/, { timeout: saveDelay })
}

test('a coordinator exports facilities, edits one in a spreadsheet, previews, confirms and sees it published @phone @staff', async ({
	browser,
}, testInfo) => {
	test.setTimeout(180_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const page = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })

	const [header, ...facilities] = await downloadFacilitiesCsv(page)
	// Each project edits its own facility, so journeys running side by side never meet.
	const projectIndex = ['chromium', 'chromium-no-js', 'phone'].indexOf(testInfo.project.name)
	const row = facilities[Math.max(0, projectIndex) % facilities.length]!
	const ref = row[header!.indexOf('ref')]!
	// A listing written in Swedish shows its translated summary on the English page: both say the same here.
	const summary = `Cleanroom suites for cell therapy, updated (${testInfo.project.name} ${Date.now()})`
	row[header!.indexOf('summary')] = summary
	row[header!.indexOf('translatedSummary')] = summary

	await upload(page, 'anläggningar.csv', [header!, row])
	await expect(page.getByRole('heading', { level: 2, name: 'Preview of anläggningar.csv' })).toBeVisible()
	await expect(page.getByTestId('import-counts')).toHaveText('0 new, 1 updated, 0 unchanged, 0 rejected')
	await expect(page.getByRole('row').filter({ hasText: ref })).toContainText('Updated')
	await expectAccessible(page)
	const previewUrl = page.url()

	// The same preview in Swedish, and on a phone without sideways scrolling.
	await page.goto(`${previewUrl}&lang=sv`)
	await expect(page.getByRole('heading', { level: 2, name: 'Förhandsgranskning av anläggningar.csv' })).toBeVisible()
	await expect(page.getByTestId('import-counts')).toHaveText('0 nya, 1 uppdaterade, 0 oförändrade, 0 avvisade')
	await page.setViewportSize({ width: 390, height: 844 })
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
	await expectAccessible(page)
	await page.setViewportSize(testInfo.project.use.viewport ?? { width: 1280, height: 720 })

	// Back in English (?lang=sv saved Swedish as the coordinator's language).
	await page.goto(`${previewUrl}&lang=en`)
	await settled(page)
	await page.getByRole('button', { name: 'Confirm import' }).click()
	await expect(page.getByText('The import is finished.')).toBeVisible({ timeout: saveDelay })
	await expect(page.getByTestId('import-counts')).toHaveText('0 new, 1 updated, 0 unchanged, 0 rejected')

	await page.goto(`/listings/ref/${ref}?lang=en`)
	await expect(page.getByText(summary)).toBeVisible()

	// Uploading the same file again changes nothing.
	await upload(page, 'anläggningar.csv', [header!, row])
	await expect(page.getByTestId('import-counts')).toHaveText('0 new, 0 updated, 1 unchanged, 0 rejected')
	await expect(page.getByRole('button', { name: 'Confirm import' })).toHaveCount(0)

	await page.context().close()
})

test('a broken file is shown row by row and field by field and cannot be confirmed @phone @staff', async ({
	browser,
}, testInfo) => {
	test.setTimeout(120_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const page = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	const stamp = `${testInfo.project.name}-${Date.now()}`
	await upload(page, 'broken.csv', [
		['type', 'ref', 'name', 'modalities', 'availableFrom'],
		['facility', `fac-bad-code-${stamp}`, 'Bad code suite', 'car-x', ''],
		['facility', `fac-no-name-${stamp}`, '', '', ''],
		['facility', `fac-bad-date-${stamp}`, 'Bad date suite', '', '2027-02-30'],
		['facility', `fac-ragged-${stamp}`],
	])
	await expect(page.getByTestId('import-counts')).toHaveText('0 new, 0 updated, 0 unchanged, 4 rejected')
	await expect(page.getByText('A file with rejected rows is not imported at all')).toBeVisible()
	await expect(page.getByRole('button', { name: 'Confirm import' })).toHaveCount(0)
	const rows = page.getByRole('row')
	await expect(rows.filter({ hasText: `fac-bad-code-${stamp}` })).toContainText('modalities')
	await expect(rows.filter({ hasText: `fac-no-name-${stamp}` })).toContainText('Name is required')
	await expect(rows.filter({ hasText: `fac-bad-date-${stamp}` })).toContainText('availableFrom')
	await expect(rows.filter({ hasText: 'This row has 2 cells where the header has 5.' })).toContainText('5')
	await expectAccessible(page)

	await page.goto(`${page.url()}&lang=sv`)
	await expect(page.getByText('En fil med avvisade rader importeras inte alls')).toBeVisible()
	await expect(page.getByRole('row').filter({ hasText: `fac-no-name-${stamp}` })).toContainText('Avvisad')
	await expectAccessible(page)
	await page.context().close()
})

test('a coordinator uploads a JSON interchange file with an establishment offer, previews it, confirms and finds the offer published @phone @staff', async ({
	browser,
}, testInfo) => {
	test.setTimeout(180_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const page = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	// Each project imports its own records, so journeys running side by side never meet.
	const stamp = `${testInfo.project.name}-${Date.now()}`
	const slug = `desks-${stamp}`
	const title = `Desks by the window (${stamp})`
	const file = {
		format: 'atmp-hub-listings',
		version: 1,
		organizations: [{ ref: `org-json-${stamp}`, name: `JSON Import Org ${stamp}`, kind: 'company' }],
		offers: [
			{
				slug,
				kind: 'coworking',
				titleEn: title,
				titleSv: `Skrivbord vid fönstret (${stamp})`,
				site: 'innovation-station',
				sizeValue: 4,
				sizeUnit: 'desks',
				contactName: 'Eva Establish',
				contactEmail: 'eva@example.org',
				status: 'available',
				published: true,
			},
		],
	}
	await page.goto('/coordinator/import?lang=en')
	await expect(page.getByRole('heading', { level: 1, name: 'Import listings' })).toBeVisible()
	await settled(page)
	await page.getByLabel('File (.csv or .json)').setInputFiles({
		name: 'export.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(file, null, 2), 'utf8'),
	})
	await page.getByRole('button', { name: 'Check the file' }).click()
	await expect(page).toHaveURL(/\/coordinator\/import\?upload=/, { timeout: saveDelay })
	await expect(page.getByRole('heading', { level: 2, name: 'Preview of export.json' })).toBeVisible()
	await expect(page.getByTestId('import-counts')).toHaveText('2 new, 0 updated, 0 unchanged, 0 rejected')
	const offerRow = page.getByRole('row').filter({ hasText: slug })
	await expect(offerRow).toContainText('Establishment offer')
	await expect(offerRow).toContainText('New')
	await expectAccessible(page)
	const previewUrl = page.url()

	// The same preview in Swedish, and on a phone without sideways scrolling.
	await page.goto(`${previewUrl}&lang=sv`)
	await expect(page.getByRole('row').filter({ hasText: slug })).toContainText('Etableringserbjudande')
	await page.setViewportSize({ width: 390, height: 844 })
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
	await expectAccessible(page)
	await page.setViewportSize(testInfo.project.use.viewport ?? { width: 1280, height: 720 })

	await page.goto(`${previewUrl}&lang=en`)
	await settled(page)
	await page.getByRole('button', { name: 'Confirm import' }).click()
	await expect(page.getByText('The import is finished.')).toBeVisible({ timeout: saveDelay })
	await expect(page.getByTestId('import-counts')).toHaveText('2 new, 0 updated, 0 unchanged, 0 rejected')

	await page.goto(`/establish/${slug}?lang=en`)
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
	await page.context().close()
})
