import { expect, test, type Page } from '@playwright/test'
import { demoAccounts, logIn } from './helpers/session.ts'

// The enforced Content-Security-Policy must not cost a single feature: the
// built pages hydrate and navigate on the client with every script allowed by
// its nonce, and the browser reports no violation on the way.

async function watchViolations(page: Page): Promise<string[]> {
	const violations: string[] = []
	page.on('console', (message) => {
		if (message.type() === 'error' && /Content Security Policy|Content-Security-Policy/i.test(message.text()))
			violations.push(message.text())
	})
	await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text))
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation
			report(
				`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
			)
		})
	})
	return violations
}

async function hydrated(page: Page) {
	await page.waitForFunction(
		() =>
			(window as unknown as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter?.state.initialized,
	)
}

test('a visitor and a coordinator go through the portal without a CSP violation', async ({
	page,
	javaScriptEnabled,
}) => {
	test.skip(!javaScriptEnabled, 'hydration needs JavaScript')
	const violations = await watchViolations(page)

	const home = await page.goto('/?lang=en')
	expect(home?.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-/)
	await hydrated(page)
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Labs' }).click()
	await expect(page).toHaveURL(/\/labs/)
	await page.goto('/search?q=vector')
	await hydrated(page)

	await logIn(page, demoAccounts.coordinator)
	await page.goto('/coordinator/requests')
	await hydrated(page)
	await page.goto('/account')
	await hydrated(page)

	expect(violations).toEqual([])
})
