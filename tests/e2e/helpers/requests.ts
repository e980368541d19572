import { expect, type Page } from '@playwright/test'
import { settled } from './settled.ts'

// A match request as the journeys need it: written and submitted by a member
// of the CAR-T start-up, then routed by the coordinator from the suggestions.

/** Writes a request for GMP lentiviral vector titled `title` and submits it; returns its page's path. */
export async function submitRequest(page: Page, title: string): Promise<string> {
	await page.goto('/requests?lang=en')
	await page.getByRole('link', { name: 'New request' }).click()
	await settled(page)
	await page.getByLabel('Title').fill(title)
	await page
		.getByLabel('Teaser (not confidential)')
		.fill('A Flemingsberg company needs GMP lentiviral vector for an early clinical CAR-T trial in 2027.')
	await page
		.getByLabel('Full description')
		.fill('About 20 litres of GMP-grade lentiviral vector by September 2027. Our construct is called CONF-42.')
	await page.getByRole('group', { name: 'Services needed' }).getByLabel('Viral vector production').check()
	await page.getByRole('group', { name: 'Modalities' }).getByLabel('Lentiviral vectors').check()
	await page.getByRole('button', { name: 'Submit to the hub' }).click()
	// Submitting ranks the first suggestions; on a busy machine that outlasts the default five seconds.
	await expect(page.getByRole('status')).toContainText('Your request was sent to the hub', { timeout: 30_000 })
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
	return new URL(page.url()).pathname
}

/** Opens the request on the coordinator's triage page, ready to route. */
export async function openInTriage(page: Page, title: string): Promise<void> {
	await page.goto('/coordinator/requests?lang=en')
	await page.getByRole('link', { name: title }).click()
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
	await settled(page)
}

/** Sends the open triage page's request to the named providers with a note. */
export async function routeTo(page: Page, providers: readonly string[], note: string): Promise<void> {
	for (const provider of providers) await page.getByRole('checkbox', { name: `Send to ${provider}` }).check()
	await page.getByLabel('Note to the providers (optional)').fill(note)
	await page.getByRole('button', { name: 'Send to the selected providers' }).click()
	const sentTo = providers.length === 1 ? '1 provider' : `${providers.length} providers`
	await expect(page.getByRole('status')).toContainText(`The request was sent to ${sentTo}.`)
}
