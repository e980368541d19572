import { expect, test } from '@playwright/test'
import { demoAccounts, signedInPage } from './helpers/session.ts'
import { expectAccessible } from './helpers/axe.ts'
import { settled } from './helpers/settled.ts'

// An organisation admin gives a partner system a token: from the account
// page to the token page, create one that may read the organisation's
// requests, copy it from the one page that shows it, read the demo requests
// with it, and revoke it after the confirmation step. Both projects share one
// database, so each names its own token.

test('an organisation admin creates a token, reads requests with it and revokes it', async ({ browser }, testInfo) => {
	test.setTimeout(90_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const name = `Foundation CRM (${testInfo.project.name})`
	const page = await signedInPage(browser, demoAccounts.companyAdmin, { javaScriptEnabled })
	await page.goto('/account?lang=en')
	await page.getByRole('link', { name: 'API tokens' }).first().click()
	await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible()
	await expectAccessible(page)
	await settled(page)

	// Without a scope the form says what is missing.
	await page.getByLabel('Name').fill(name)
	await page.getByRole('button', { name: 'Create the token' }).click()
	await expect(page.getByText('Choose at least one thing it may read.').first()).toBeVisible()

	await page.getByLabel('Name').fill(name)
	await page.getByRole('checkbox', { name: 'Match requests' }).check()
	await page.getByRole('button', { name: 'Create the token' }).click()
	const created = page.getByRole('status').filter({ hasText: `Your new token “${name}”` })
	await expect(created).toContainText('shows it only this once')
	const token = await page.getByLabel('The token').inputValue()
	expect(token).toMatch(/^atmp_[0-9a-f]{8}_/)

	const read = await page.request.get('/api/v1/requests', { headers: { Authorization: `Bearer ${token}` } })
	expect(read.status()).toBe(200)
	const { requests } = (await read.json()) as { requests: Array<{ organization: { name: string } }> }
	expect(requests.length).toBeGreaterThan(0)
	expect(requests.every((request) => request.organization.name === 'Visättra Cell Therapeutics AB')).toBe(true)

	// Once: the page read again lists the token by its prefix only.
	await page.goto('/account/api-tokens?lang=en')
	const row = page.getByRole('row', { name: new RegExp(name.replace(/[()]/g, '\\$&')) })
	await expect(row).toContainText(token.slice(0, 13))
	await expect(page.getByText(token)).toHaveCount(0)

	// Revoking asks first; only the confirmation revokes.
	await row.getByRole('link', { name: /Revoke/ }).click()
	await expect(page.getByRole('heading', { name: `Revoke “${name}”?` })).toBeVisible()
	await expectAccessible(page)
	expect((await page.request.get('/api/v1/requests', { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(
		200,
	)
	await page.getByRole('button', { name: 'Revoke the token' }).click()
	await expect(page.getByText('The token was revoked.')).toBeVisible()
	await expect(page.getByRole('row', { name: new RegExp(name.replace(/[()]/g, '\\$&')) })).toContainText('Revoked')
	const refused = await page.request.get('/api/v1/requests', { headers: { Authorization: `Bearer ${token}` } })
	expect(refused.status()).toBe(401)
	await page.context().close()
})
