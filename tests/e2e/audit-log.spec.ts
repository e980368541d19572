import { expect, test } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { openInTriage, routeTo, submitRequest } from './helpers/requests.ts'
import { demoAccounts, signedInPage } from './helpers/session.ts'
import { settled } from './helpers/settled.ts'

// The coordinator's audit log after a request was routed: the entry reads as
// a sentence naming the coordinator, the request and the provider, the request
// is a link to its page, the filter's choices are words, and all of it reads
// in Swedish too and fits a 390 px phone without sideways scrolling.

test('a coordinator reads who routed which request to whom, in English and Swedish, on a desk and a phone @staff', async ({
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
	await settled(page)
	await page.getByLabel('What happened').selectOption({ label: 'Routed a request to providers' })
	await page.getByRole('button', { name: 'Filter', exact: true }).click()
	await expect(page).toHaveURL(/[?&]action=request\.routed/)
	// The address changes a moment before the filtered list renders; the
	// request's submission leaving the list is what shows the filter applied.
	await expect(page.getByRole('listitem').filter({ hasText: `submitted “${title}”` })).toHaveCount(0)

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

// Filtering without ids: from a listing's page to its history, by a person's
// name or address, with every active filter named in words and removable.
test('a coordinator filters the log by a record and by a person without ever reading an id @staff', async ({
	browser,
}, testInfo) => {
	test.setTimeout(120_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const title = `Audit filter vector (${testInfo.project.name} ${Date.now()})`
	const requesterPage = await signedInPage(browser, demoAccounts.companyAdmin, { javaScriptEnabled })
	await submitRequest(requesterPage, title)
	await requesterPage.context().close()
	const page = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	await openInTriage(page, title)
	await routeTo(page, ['Grantorp Biologics AB'], 'Could this be for you?')

	// From the request's triage page to its history.
	await page.getByRole('link', { name: 'History in the audit log' }).click()
	await expect(page).toHaveURL(/entityId=/, { timeout: 30_000 })
	const aboutRequest = page.getByRole('list', { name: 'Active filters' })
	await expect(aboutRequest).toContainText(`Entries about ${title}`)
	await expect(page.getByRole('listitem').filter({ hasText: `routed “${title}”` })).toBeVisible()

	// The provider's listing page leads to the listing's history.
	await page
		.getByRole('listitem')
		.filter({ hasText: `routed “${title}”` })
		.getByRole('link', { name: 'Grantorp Biologics AB' })
		.click()
	await page.getByRole('link', { name: 'History in the audit log' }).click()
	await expect(page).toHaveURL(/entityType=listing/, { timeout: 30_000 })
	const filters = page.getByRole('list', { name: 'Active filters' })
	await expect(filters).toContainText('Entries about Grantorp Biologics AB')
	expect(await page.locator('main').innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/)
	await expectAccessible(page)

	// A person by part of their name, kept in the address beside the record.
	await settled(page)
	await page.getByLabel('Person').fill('hub coordinator')
	await page.getByRole('button', { name: 'Filter', exact: true }).click()
	await expect(page).toHaveURL(/person=hub\+coordinator/, { timeout: 30_000 })
	await expect(filters).toContainText('Entries by Hub Coordinator (demo)')
	await expect(filters).toContainText('Entries about Grantorp Biologics AB')

	// Removing the record keeps the person.
	await page.getByRole('link', { name: 'Remove the filter: Entries about Grantorp Biologics AB' }).click()
	await expect(page).not.toHaveURL(/entityId=/, { timeout: 30_000 })
	await expect(filters).toContainText('Entries by Hub Coordinator (demo)')
	await expect(filters).not.toContainText('Entries about')
	await expect(page.getByRole('listitem').filter({ hasText: `routed “${title}”` })).toBeVisible()

	// Several people: listed as links, each leading to that person's entries.
	await page.goto('/coordinator/audit?person=demo.atmp-flemingsberg&lang=en')
	await expect(page.getByText('Several people match “demo.atmp-flemingsberg”')).toBeVisible()
	await page.getByRole('link', { name: 'Hub Coordinator (demo)' }).click()
	await expect(page).toHaveURL(/actorId=/, { timeout: 30_000 })
	await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('Entries by Hub Coordinator (demo)')
	await expect(page.getByRole('listitem').filter({ hasText: `routed “${title}”` })).toBeVisible()

	// Nobody: said plainly, in Swedish too.
	await page.goto('/coordinator/audit?person=nobody-by-this-name&lang=sv')
	await expect(page.getByText('Ingen matchar ”nobody-by-this-name”')).toBeVisible()
	await expect(page.getByText('Inga händelser matchar.')).toHaveCount(0)
	await page.setViewportSize({ width: 390, height: 844 })
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
	await expectAccessible(page)
	await page.context().close()
})
