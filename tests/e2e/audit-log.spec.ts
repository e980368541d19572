import { expect, test } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { openInTriage, routeTo, submitRequest } from './helpers/requests.ts'
import { demoAccounts, signedInPage } from './helpers/session.ts'

// The coordinator's audit log after a request was routed: the entry reads as
// a sentence naming the coordinator, the request and the provider, the request
// is a link to its page, the filter's choices are words, and all of it reads
// in Swedish too and fits a 390 px phone without sideways scrolling.

test('a coordinator reads who routed which request to whom, in English and Swedish, on a desk and a phone', async ({
	browser,
}, testInfo) => {
	test.setTimeout(120_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const title = `Audit log vector (${testInfo.project.name} ${Date.now()})`

	const requesterPage = await signedInPage(browser, demoAccounts.companyAdmin, { javaScriptEnabled })
	await submitRequest(requesterPage, title)
	const page = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	await openInTriage(page, title)
	await routeTo(page, ['Grantorp Biologics AB'], 'Could this be for you?')

	// Filtering by what happened: a choice in words, kept in the address.
	await page.goto('/coordinator/audit?lang=en')
	await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible()
	await page.waitForLoadState('networkidle')
	await page.getByLabel('What happened').selectOption({ label: 'Routed a request to providers' })
	await page.getByRole('button', { name: 'Filter', exact: true }).click()
	await expect(page).toHaveURL(/[?&]action=request\.routed/)

	const entry = page.getByRole('listitem').filter({ hasText: title })
	await expect(entry).toContainText(`Hub Coordinator (demo) routed “${title}” to Grantorp Biologics AB`)
	await expect(entry).not.toContainText('request.routed')
	await expect(entry.getByRole('link', { name: 'Grantorp Biologics AB' })).toBeVisible()
	await expectAccessible(page)

	// On a phone the whole sentence shows and the page does not scroll sideways.
	await page.setViewportSize({ width: 390, height: 844 })
	await expect(entry).toContainText(`routed “${title}”`)
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
	await page.setViewportSize({ width: 1280, height: 720 })

	// The request's name leads to its page.
	await entry.getByRole('link', { name: `“${title}”` }).click()
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()

	// The same entry in Swedish, with Swedish filter choices.
	await page.goto('/coordinator/audit?action=request.routed&lang=sv')
	await expect(page.getByRole('heading', { level: 1, name: 'Händelselogg' })).toBeVisible()
	await expect(page.getByLabel('Vad som hände')).toHaveValue('request.routed')
	await expect(page.getByLabel('Vad som hände').locator('option:checked')).toHaveText(
		'Skickade en förfrågan till leverantörer',
	)
	await expect(page.getByRole('listitem').filter({ hasText: title })).toContainText(
		`Hub Coordinator (demo) skickade ”${title}” till Grantorp Biologics AB`,
	)
	await page.setViewportSize({ width: 390, height: 844 })
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
	await expectAccessible(page)

	await requesterPage.context().close()
	await page.context().close()
})
