import { expect, test, type Browser, type Page } from '@playwright/test'
import { settled } from './settled.ts'

// Signing in the way people do: through /login. Each test signs in once per
// role and keeps the page, so the login rate limit never sees a burst.

export const demoAccounts = {
	companyAdmin: { email: 'company-admin@demo.atmp-flemingsberg.example', password: 'demo-company-admin-2026' },
	coordinator: { email: 'coordinator@demo.atmp-flemingsberg.example', password: 'demo-coordinator-2026' },
	facilityMember: { email: 'facility-member@demo.atmp-flemingsberg.example', password: 'demo-facility-member-2026' },
	establishmentOffice: { email: 'office@demo.atmp-flemingsberg.example', password: 'demo-office-2026' },
} as const

export async function logIn(page: Page, account: { email: string; password: string }) {
	await page.goto('/login?lang=en')
	// With JavaScript, let the form hydrate first: typing into server HTML that React then replaces is lost.
	await settled(page)
	await page.getByLabel('E-mail').fill(account.email)
	await page.getByLabel('Password').fill(account.password)
	await page.getByRole('button', { name: 'Log in' }).click()
	await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 })
}

/** A fresh browser context (own cookies) with the test project's device and JavaScript setting, nobody signed in. */
export async function projectPage(browser: Browser, options: { javaScriptEnabled: boolean }): Promise<Page> {
	// The project's device too, so a journey on the phone project is on a phone for every role.
	const { viewport, userAgent, isMobile, hasTouch, deviceScaleFactor } = test.info().project.use
	const context = await browser.newContext({
		viewport,
		userAgent,
		isMobile,
		hasTouch,
		deviceScaleFactor,
		locale: 'en-GB',
		javaScriptEnabled: options.javaScriptEnabled,
	})
	return context.newPage()
}

/** A fresh browser context (own cookies) signed in as the account, with the test project's device and JavaScript setting. */
export async function signedInPage(
	browser: Browser,
	account: { email: string; password: string },
	options: { javaScriptEnabled: boolean },
): Promise<Page> {
	const page = await projectPage(browser, options)
	await logIn(page, account)
	return page
}
