import { expect, test } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { settled } from './helpers/settled.ts'

// A visitor looking for the hub's own offers and events through the site
// search finds them above the listings, and follows one to its page.

test('@phone site search finds the hub’s events and offers, in English and Swedish', async ({ page }) => {
	test.setTimeout(120_000)
	await page.goto('/search?lang=en')
	await settled(page)
	// Other journeys announce breakfast seminars of their own in the same portal: the demo's is the one from lab to clinic.
	await page.getByRole('searchbox').fill('breakfast seminar lab clinic')
	await page.getByRole('button', { name: 'Search', exact: true }).click()
	await expect(page).toHaveURL(/q=breakfast\+seminar\+lab\+clinic/, { timeout: 30_000 })
	const fromTheHub = page.getByRole('region', { name: 'The hub', exact: true })
	const seminar = fromTheHub.getByRole('link', { name: 'ATMP breakfast seminar: from lab to clinic' })
	await expect(seminar).toBeVisible({ timeout: 30_000 })
	await expectAccessible(page)
	await seminar.click()
	await expect(page).toHaveURL(/\/events\//, { timeout: 30_000 })
	await expect(page.getByRole('heading', { level: 1, name: /breakfast seminar/i })).toBeVisible()

	// Other journeys add news and events about the Innovation Station: the demo's desks are asked for by their words.
	await page.goto('/search?lang=sv&q=kontorsplatser+Innovation+Station')
	const fromTheHubSv = page.getByRole('region', { name: 'Navet', exact: true })
	const desks = fromTheHubSv.getByRole('listitem').filter({ hasText: 'Kontorsplatser i Innovation Station' })
	await expect(desks.getByRole('link', { name: 'Kontorsplatser i Innovation Station' })).toBeVisible()
	await expect(desks).toContainText('Etablera dig i Flemingsberg')
	// No listing is called that: the status says the hub's pages answered, not "0 results".
	await expect(page.getByRole('status').filter({ hasText: 'Innovation Station' })).toHaveText(
		'Inget i katalogen för ”kontorsplatser Innovation Station”, men navets egna sidor nedan passar',
	)
	await expectAccessible(page)

	// The lists are for listings only.
	await page.goto('/labs?lang=en&q=breakfast+seminar')
	await expect(page.getByRole('region', { name: 'The hub', exact: true })).toHaveCount(0)
})
