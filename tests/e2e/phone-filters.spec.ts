import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { settled } from './helpers/settled.ts'

// The search's filters on a 390 px phone, with and without JavaScript: the
// panel folds away, and its last button brings the results up instead of
// leaving them below the fold.

test.use({ viewport: { width: 390, height: 844 } })

function results(page: Page) {
	return page.getByRole('region', { name: 'Results' })
}

/** Let React take over the server's HTML first: a click before that would be lost on the JavaScript project. */
async function settle(page: Page) {
	await settled(page)
}

test('on a phone, "Show N results" closes the filters and brings the results into view', async ({
	page,
	javaScriptEnabled,
}) => {
	await page.goto('/search?lang=en')
	await settle(page)
	const filters = page.getByRole('complementary', { name: 'Filters' })
	const panel = filters.locator('details').first()
	await filters.getByText('Filters', { exact: true }).first().click()
	await expect(panel).toHaveAttribute('open', '')
	// Desktop's button is not the phone's.
	await expect(page.getByRole('button', { name: 'Apply filters' })).toBeHidden()

	const everything = (await page.getByRole('status').textContent()) ?? ''
	await filters
		.getByRole('group', { name: 'Listing type' })
		.getByRole('checkbox', { name: /^GMP facility\b/ })
		.check()
	if (javaScriptEnabled) {
		// The filter applies at once; the panel stays open for the next one, and its button counts what it will show.
		await expect(page).toHaveURL(/[?&]type=facility/)
		// The address changes before the answer arrives: wait for the count of the filtered results.
		await expect(page.getByRole('status')).not.toHaveText(everything, { timeout: 15_000 })
		await settle(page)
		const count = /^(\d+) results?$/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]
		expect(Number(count)).toBeGreaterThan(0)
		await expect(panel).toHaveAttribute('open', '')
		await expect(results(page)).not.toBeInViewport()
		await filters.getByRole('button', { name: new RegExp(`^Show ${count} results?$`) }).click()
	} else {
		await filters.getByRole('button', { name: 'Show results', exact: true }).click()
		await expect(page).toHaveURL(/[?&]type=facility.*#results$/)
	}
	await expect(panel).not.toHaveAttribute('open', '')
	await expect(results(page)).toBeInViewport()
	await expect(results(page).getByRole('article').first()).toBeVisible()
	await expectAccessible(page)
	for (const label of await results(page).getByRole('article').locator('.eyebrow').allTextContents()) {
		expect(label.toLowerCase()).toBe('gmp facility')
	}
})

test('on a phone, a date in the filters narrows the facilities and its chip takes it away', async ({
	page,
	javaScriptEnabled,
}) => {
	await page.goto('/facilities?lang=en')
	await settle(page)
	const status = page.getByRole('status')
	const everything = (await status.textContent()) ?? ''
	const filters = page.getByRole('complementary', { name: 'Filters' })
	const panel = filters.locator('details').first()
	await filters.getByText('Filters', { exact: true }).first().click()
	await expect(panel).toHaveAttribute('open', '')
	await filters.getByLabel('Free by').fill('2027-03-01')
	if (javaScriptEnabled) {
		await expect(page).toHaveURL(/[?&]availableBy=2027-03-01/, { timeout: 30_000 })
		await expect(status).not.toHaveText(everything, { timeout: 30_000 })
		await settle(page)
		const count = /^(\d+) results?$/.exec((await status.textContent()) ?? '')?.[1]
		await filters.getByRole('button', { name: new RegExp(`^Show ${count} results?$`) }).click()
	} else {
		await filters.getByRole('button', { name: 'Show results', exact: true }).click()
		await expect(page).toHaveURL(/[?&]availableBy=2027-03-01.*#results$/, { timeout: 30_000 })
	}
	await expect(panel).not.toHaveAttribute('open', '')
	await expect(results(page)).toBeInViewport()
	const number = (text: string) => Number(/^(\d+) results?$/.exec(text)?.[1])
	const free = number((await status.textContent()) ?? '')
	expect(free).toBeGreaterThan(0)
	expect(free).toBeLessThan(number(everything))
	await expectAccessible(page)

	await page
		.getByRole('region', { name: 'Active filters' })
		.getByRole('link', { name: 'Remove filter Free by: 1 March 2027' })
		.click()
	await expect(page).not.toHaveURL(/availableBy/, { timeout: 30_000 })
	await expect(status).toHaveText(everything, { timeout: 30_000 })
})
