import { expect, test } from '@playwright/test'
import { settled } from './helpers/settled.ts'

// A form checks itself in the browser with the schema its action uses, but
// the schema (and Zod) arrive on the form's first use, not with the page
// (decision 027): a visitor who only reads never downloads them, and a field
// left before they arrive is checked the moment they do.

test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, 'checks in the browser need JavaScript')

test('the sign-up form fetches its checks on first use and still checks a field left before they arrived', async ({
	page,
}) => {
	const scriptsAfterLoad: string[] = []
	let pageLoaded = false
	// Scripts asked for after the page loaded arrive late, as on a slow mobile connection.
	await page.route('**/assets/*.js', async (route) => {
		if (!pageLoaded) return route.continue()
		scriptsAfterLoad.push(new URL(route.request().url()).pathname)
		await new Promise((resolve) => setTimeout(resolve, 1_500))
		await route.continue()
	})

	await page.goto('/signup?lang=en')
	await settled(page)
	pageLoaded = true

	// Reading the page fetches nothing more.
	await page.getByRole('heading', { level: 1 }).click()
	await page.waitForTimeout(300)
	expect(scriptsAfterLoad).toEqual([])

	// The first field used asks for the checks; leaving a wrong address before they arrive...
	const email = page.getByLabel('E-mail address')
	await email.fill('not an address')
	await page.getByLabel('Name').focus()
	await expect.poll(() => scriptsAfterLoad.length).toBeGreaterThan(0)

	// ...is answered once they have: the message under the field, the field marked.
	await expect(page.getByText('Enter an e-mail address such as name@example.org.')).toBeVisible({ timeout: 10_000 })
	await expect(email).toHaveAttribute('aria-invalid', 'true')

	// From then on the field is checked as it is typed, with no round trip.
	await email.fill('elsa@example.org')
	await expect(page.getByText('Enter an e-mail address such as name@example.org.')).toHaveCount(0)
	await expect(email).not.toHaveAttribute('aria-invalid', 'true')
})

test('a form sent before its checks arrive is checked by the server, and nothing typed is lost', async ({ page }) => {
	let pageLoaded = false
	// The checks never arrive in time: the server answers first.
	await page.route('**/assets/*.js', async (route) => {
		if (!pageLoaded) return route.continue()
		await new Promise((resolve) => setTimeout(resolve, 20_000))
		await route.continue().catch(() => undefined)
	})
	await page.goto('/signup?lang=en')
	await settled(page)
	pageLoaded = true

	await page.getByLabel('Name').fill('Elsa Testsson')
	await page.getByLabel('E-mail address').fill('not an address')
	await page.getByRole('button', { name: 'Create account' }).click()

	await expect(page.getByText('Enter an e-mail address such as name@example.org.')).toBeVisible()
	await expect(page.getByLabel('Name')).toHaveValue('Elsa Testsson')
	await expect(page.getByLabel('E-mail address')).toHaveValue('not an address')
})
