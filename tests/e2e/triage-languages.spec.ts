import { expect, test } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { openInTriage, submitRequest } from './helpers/requests.ts'
import { demoAccounts, signedInPage } from './helpers/session.ts'

// The coordinator's provider search on a triage page reads like the public
// cards: a listing's summary in the coordinator's language where it has one,
// else its own with "Only in Swedish" beside it.

test('the triage search shows each summary in the coordinator’s language, or says it is only in the other @staff', async ({
	browser,
}, testInfo) => {
	test.setTimeout(120_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const title = `Triage languages vector (${testInfo.project.name} ${Date.now()})`
	const requesterPage = await signedInPage(browser, demoAccounts.companyAdmin, { javaScriptEnabled })
	await submitRequest(requesterPage, title)
	await requesterPage.context().close()
	const page = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	await openInTriage(page, title)
	const triage = new URL(page.url()).pathname

	// Grantorp Biologics is written in Swedish with an English version.
	await page.goto(`${triage}?q=Grantorp+Biologics&lang=en`)
	const search = page.getByRole('region', { name: 'Add another provider' })
	const grantorp = search
		.getByRole('listitem')
		.filter({ has: page.getByRole('link', { name: 'Grantorp Biologics AB' }) })
	await expect(grantorp.locator('p[lang="en"]')).toContainText('CDMO in Flemingsberg for lentiviral vectors')
	await expect(grantorp).not.toContainText('Only in Swedish')
	await page.goto(`${triage}?q=Grantorp+Biologics&lang=sv`)
	const searchSv = page.getByRole('region', { name: 'Lägg till en annan leverantör' })
	const grantorpSv = searchSv
		.getByRole('listitem')
		.filter({ has: page.getByRole('link', { name: 'Grantorp Biologics AB' }) })
	await expect(grantorpSv.locator('p[lang="sv"]')).toContainText('CDMO i Flemingsberg')
	await expect(grantorpSv).not.toContainText('Endast på engelska')

	// Kästa Cell Therapy Unit is in Swedish only: an English reader is told.
	await page.goto(`${triage}?q=K%C3%A4sta+Cell+Therapy+Unit&lang=en`)
	const kasta = search
		.getByRole('listitem')
		.filter({ has: page.getByRole('link', { name: 'Kästa Cell Therapy Unit' }) })
	await expect(kasta.locator('p[lang="sv"]')).toContainText('GMP-anläggning med renrum')
	await expect(kasta).toContainText('Only in Swedish')
	await expectAccessible(page)
	await page.context().close()
})
