import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { settled } from './helpers/settled.ts'

// The directory's lists (/facilities, /labs, …) are the search page with the
// listing type fixed: a visitor filters a list, the address holds the
// filters, and the same words and filters can be taken to every type. Which
// values to tick is read from the page, so the journeys survive changes to
// the demo data.

function results(page: Page): Locator {
	return page.getByRole('region', { name: 'Results' })
}

function filters(page: Page): Locator {
	return page.getByRole('complementary', { name: 'Filters' })
}

/** Let React take over the server's HTML first: a click before that would be lost on the JavaScript project. */
async function settle(page: Page) {
	await settled(page)
}

/** On a phone the filters are folded away behind "Filters". */
async function openFilters(page: Page) {
	const summary = filters(page).locator('summary').first()
	if (await summary.isVisible()) {
		await summary.click()
		await expect(filters(page).locator('details').first()).toHaveAttribute('open', '')
	}
}

/**
 * The page's address: its path, and these parameters (others may be there
 * too: a form sent without JavaScript also sends its empty box and sort).
 */
async function expectAddress(page: Page, pathname: string, params: Record<string, string>) {
	await expect
		.poll(
			() => {
				const url = new URL(page.url())
				return {
					pathname: url.pathname,
					...Object.fromEntries(Object.keys(params).map((name) => [name, url.searchParams.get(name)])),
				}
			},
			{ timeout: 30_000 },
		)
		.toEqual({ pathname, ...params })
}

/** Ticks a filter the way the visitor's device does, and waits for the filtered page. */
async function tick(
	page: Page,
	checkbox: Locator,
	javaScriptEnabled: boolean,
	pathname: string,
	params: Record<string, string>,
) {
	await checkbox.check()
	if (!javaScriptEnabled) {
		const phone = await filters(page).getByRole('button', { name: 'Show results', exact: true }).isVisible()
		await filters(page)
			.getByRole('button', { name: phone ? 'Show results' : 'Apply filters', exact: true })
			.click()
	}
	await expectAddress(page, pathname, params)
	await settle(page)
}

/** The number of results a facet value says choosing it gives ("Grade B, 3 results"). */
async function countOf(checkbox: Locator): Promise<number> {
	const name = await checkbox.evaluate((box) => box.closest('label')?.textContent ?? '')
	return Number(/, (\d+) results?$/.exec(name.trim())?.[1])
}

async function eyebrows(page: Page): Promise<string[]> {
	return results(page).getByRole('article').locator('.eyebrow').allTextContents()
}

test('@phone a visitor filters GMP facilities by grade, keeps the filter on reload and takes it to all types', async ({
	page,
	javaScriptEnabled,
}) => {
	test.setTimeout(90_000)
	await page.goto('/facilities?lang=en')
	await settle(page)
	await expect(page.getByRole('heading', { level: 1, name: 'GMP facilities' })).toBeVisible()
	await expect(page).toHaveTitle(/^GMP facilities · ATMP Flemingsberg$/)
	await expect(page.getByRole('searchbox', { name: 'Search GMP facilities' })).toBeVisible()
	await expect(page.getByRole('status')).toHaveText(/^\d+ results$/)
	// The type is the page's: nothing to choose there.
	await expect(filters(page).getByRole('group', { name: 'Listing type' })).toHaveCount(0)
	await expectAccessible(page)

	await openFilters(page)
	const grade = filters(page).getByRole('group', { name: 'Cleanroom grade' }).getByRole('checkbox').first()
	const gradeCode = (await grade.getAttribute('value')) ?? ''
	expect(gradeCode).toMatch(/^[A-D]$/)
	const expected = await countOf(grade)
	expect(expected).toBeGreaterThan(0)
	await tick(page, grade, javaScriptEnabled, '/facilities', { grade: gradeCode, lang: 'en' })

	await expect(page.getByRole('heading', { level: 1, name: 'GMP facilities' })).toBeVisible()
	await expect(page.getByRole('status')).toHaveText(`${expected} result${expected === 1 ? '' : 's'}`)
	await expect(
		page
			.getByRole('region', { name: 'Active filters' })
			.getByRole('link', { name: new RegExp(`^Remove filter Cleanroom grade: Grade ${gradeCode}\\b`) }),
	).toBeVisible()
	expect(new Set((await eyebrows(page)).map((label) => label.toLowerCase()))).toEqual(new Set(['gmp facility']))
	const names = await results(page).getByRole('article').getByRole('heading').allTextContents()
	await expectAccessible(page)

	// The address is the filter: a reload shows the same.
	await page.reload()
	await settle(page)
	await expectAddress(page, '/facilities', { grade: gradeCode, lang: 'en' })
	await openFilters(page)
	await expect(
		filters(page).getByRole('group', { name: 'Cleanroom grade' }).getByRole('checkbox', { checked: true }),
	).toHaveCount(1)
	await expect(
		filters(page).getByRole('group', { name: 'Cleanroom grade' }).getByRole('checkbox').first(),
	).toBeChecked()
	expect(await results(page).getByRole('article').getByRole('heading').allTextContents()).toEqual(names)

	// The result is what the filter promised: its page names the grade.
	const first = results(page).getByRole('article').first().getByRole('heading').getByRole('link')
	const firstName = (await first.textContent())?.trim() ?? ''
	await first.click()
	await expect(page.getByRole('heading', { level: 1, name: firstName })).toBeVisible()
	await expect(page.getByRole('region', { name: 'Cleanroom grades' })).toContainText(`Grade ${gradeCode}`)
	await page.goBack()
	await expectAddress(page, '/facilities', { grade: gradeCode, lang: 'en' })
	await settle(page)

	// Words too, then the same words and filter across every type.
	const box = page.getByRole('searchbox', { name: 'Search GMP facilities' })
	await box.fill('cleanroom')
	await box.press('Enter')
	await expectAddress(page, '/facilities', { q: 'cleanroom', grade: gradeCode, lang: 'en' })
	await settle(page)
	await page.getByRole('link', { name: 'Search all listing types' }).click()
	await expect(page).toHaveURL(new RegExp(`/search\\?q=cleanroom&grade=${gradeCode}&lang=en$`), { timeout: 30_000 })
	await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
	await expect(page.getByRole('searchbox', { name: 'Search the directory' })).toHaveValue('cleanroom')
	await openFilters(page)
	await expect(filters(page).getByRole('group', { name: 'Listing type' })).toBeVisible()
})

test('labs filter by modality, and the address says so', async ({ page, javaScriptEnabled }) => {
	await page.goto('/labs?lang=en')
	await settle(page)
	await expect(page.getByRole('heading', { level: 1, name: 'Labs and research groups' })).toBeVisible()
	const labType = (await eyebrows(page))[0]
	expect(labType).toBeTruthy()

	await openFilters(page)
	const modality = filters(page).getByRole('group', { name: 'Modality' }).getByRole('checkbox').first()
	const code = (await modality.getAttribute('value')) ?? ''
	const expected = await countOf(modality)
	expect(expected).toBeGreaterThan(0)
	await tick(page, modality, javaScriptEnabled, '/labs', { modality: code, lang: 'en' })

	await expect(page.getByRole('heading', { level: 1, name: 'Labs and research groups' })).toBeVisible()
	await expect(page.getByRole('status')).toHaveText(`${expected} result${expected === 1 ? '' : 's'}`)
	for (const label of await eyebrows(page)) expect(label).toBe(labType)
	await expectAccessible(page)
})

test('a list in Swedish, with its alternate-language links carrying the filters', async ({ page }) => {
	await page.goto('/facilities?grade=B&lang=sv')
	await expect(page.getByRole('heading', { level: 1, name: 'GMP-anläggningar' })).toBeVisible()
	await expect(page).toHaveTitle(/^GMP-anläggningar · /)
	await expect(page.getByRole('link', { name: 'Sök bland alla typer av poster' })).toHaveAttribute(
		'href',
		'/search?grade=B&lang=sv',
	)
	const alternate = (lang: string) => page.locator(`link[rel="alternate"][hreflang="${lang}"]`)
	await expect(alternate('en')).toHaveAttribute('href', /\/facilities\?grade=B&lang=en$/)
	await expect(alternate('x-default')).toHaveAttribute('href', /\/facilities\?grade=B$/)
	await expectAccessible(page)
})

test('a list’s address that is not a search explains itself, with a way back to the list', async ({ page }) => {
	const response = await page.goto('/experts?modality=unicorn&lang=en')
	expect(response?.status()).toBe(400)
	await expect(page.getByRole('heading', { level: 1, name: 'Experts' })).toBeVisible()
	await expect(page.getByText('“unicorn” is not a known value for “Modality”.')).toBeVisible()
	await page.getByRole('link', { name: 'Start a new search' }).click()
	await expect(page).toHaveURL(/\/experts\?lang=en$/)
	await expect(page.getByRole('status')).toHaveText(/^\d+ results$/)
})
