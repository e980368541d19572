import { expect, test, type Page } from '@playwright/test'
import { linkIn, waitForMail } from './helpers/mail.ts'
import { demoAccounts, signedInPage } from './helpers/session.ts'
import { expectAccessible } from './helpers/axe.ts'
import { settled } from './helpers/settled.ts'

// The revision workflow end to end, against the seeded demo data: the admin
// of org-0001 proposes a GMP facility, a coordinator corrects and approves
// it, it appears in the directory, and a later edit waits for review while
// the approved version stays public. Runs with and without JavaScript.

function uniqueName(projectName: string) {
	return `E2E Suite ${projectName.includes('no-js') ? 'NoJS' : 'JS'} ${Date.now().toString(36)}`
}

async function openFacilityAsVisitor(page: Page, name: string) {
	await page.goto('/facilities?lang=en')
	await page.getByRole('main').getByRole('link', { name, exact: true }).click()
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

test('a proposed facility is reviewed, published, and later edits wait for review @staff', async ({
	browser,
}, testInfo) => {
	test.setTimeout(90_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const name = uniqueName(testInfo.project.name)
	const proposedSummary = 'One grade B suite for autologous CAR-T, with QC lab on site.'
	const correctedSummary = 'One grade B suite for autologous CAR-T manufacturing, with a QC lab on site.'

	// The organisation admin proposes a new GMP facility.
	const member = await signedInPage(browser, demoAccounts.companyAdmin, { javaScriptEnabled })
	await member.goto('/my-listings?lang=en')
	await member.getByRole('link', { name: 'Add a GMP facility' }).click()
	await expect(member.getByRole('heading', { level: 1, name: 'New GMP facility' })).toBeVisible()
	await expectAccessible(member)
	await settled(member)

	// A first try without a name: nothing is saved, the message sits by the field, typed values stay.
	await member.getByLabel('Summary', { exact: true }).fill(proposedSummary)
	await member.getByRole('checkbox', { name: /^Grade B/ }).check()
	await member.getByRole('button', { name: 'Submit for review' }).click()
	const summary = member.getByRole('alert').filter({ hasText: 'problem' })
	await expect(summary).toContainText('Name: This field is required.')
	await expect(member.getByRole('textbox', { name: /^Name/ })).toHaveAttribute('aria-invalid', 'true')
	await expect(member.getByLabel('Summary', { exact: true })).toHaveValue(proposedSummary)
	await expect(member.getByRole('checkbox', { name: /^Grade B/ })).toBeChecked()

	await member.getByRole('textbox', { name: /^Name/ }).fill(name)
	await member.getByRole('checkbox', { name: 'CAR-T cells' }).check()
	await member.getByRole('button', { name: 'Submit for review' }).click()
	await expect(member).toHaveURL(/\/my-listings\?submitted=/)
	await expect(member.getByRole('status')).toContainText('Sent for review')
	const row = member.getByRole('article', { name })
	await expect(row).toContainText('Waiting for review')

	// Not public while it waits.
	const visitor = await (await browser.newContext({ locale: 'en-GB', javaScriptEnabled })).newPage()
	await visitor.goto('/facilities?lang=en')
	await expect(visitor.getByRole('link', { name, exact: true })).toHaveCount(0)

	// A coordinator corrects the summary and approves.
	const coordinator = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	await coordinator.goto('/coordinator/reviews?lang=en')
	await coordinator.getByRole('link', { name, exact: true }).click()
	await expect(coordinator.getByRole('heading', { level: 1, name: `Review: ${name}` })).toBeVisible()
	await expectAccessible(coordinator)
	await expect(coordinator.getByRole('table')).toContainText(proposedSummary)
	await settled(coordinator)
	await coordinator.getByText('Approve with edits').click()
	const editForm = coordinator.locator('form#approve-edited')
	await editForm.getByLabel('Summary', { exact: true }).fill(correctedSummary)
	await editForm.getByRole('button', { name: 'Publish corrected version' }).click()
	await expect(coordinator).toHaveURL(/\/coordinator\/reviews\?done=approved/)
	await expectAccessible(coordinator)
	await expect(coordinator.getByRole('status')).toContainText('Approved and published')

	// The author hears by mail, over SMTP, with a link to their listings.
	const published = await waitForMail({ to: demoAccounts.companyAdmin.email, subject: `Published: ${name}` })
	expect(published.text).toContain(`Your change to ${name} was approved and is now published.`)
	expect(linkIn(published, '/my-listings')).toMatch(/\/my-listings$/)

	// Now in the directory, with the coordinator's correction.
	await openFacilityAsVisitor(visitor, name)
	await expect(visitor.getByText(correctedSummary)).toBeVisible()

	// The admin edits it again: the change waits for review, the approved version stays public.
	await member.goto('/my-listings?lang=en')
	await expect(member.getByRole('article', { name })).toContainText('Published')
	await member
		.getByRole('article', { name })
		.getByRole('link', { name: /^Edit\s*:/ })
		.click()
	await expect(member.getByLabel('Summary', { exact: true })).toHaveValue(correctedSummary)
	await settled(member)
	await member.getByLabel('Summary', { exact: true }).fill('A summary that has not been reviewed yet.')
	await member.getByRole('button', { name: 'Submit for review' }).click()
	await expect(member).toHaveURL(/\/my-listings\?submitted=/)
	await expect(member.getByRole('article', { name })).toContainText('waiting for review')

	await openFacilityAsVisitor(visitor, name)
	await expect(visitor.getByText(correctedSummary)).toBeVisible()
	await expect(visitor.getByText('A summary that has not been reviewed yet.')).toHaveCount(0)

	await member.context().close()
	await coordinator.context().close()
	await visitor.context().close()
})
