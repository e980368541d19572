import { expect, test } from '@playwright/test'
import { waitForMail } from './helpers/mail.ts'
import { openInTriage, routeTo, submitRequest } from './helpers/requests.ts'
import { demoAccounts, signedInPage } from './helpers/session.ts'
import { expectAccessible } from './helpers/axe.ts'
import { settled } from './helpers/settled.ts'

// Closing a request cannot be undone and withdraws the providers still
// waiting, so the page asks for the outcome (nothing is chosen for the
// member) and then says what will happen before it does it. Runs with and
// without JavaScript: the question is a plain second form.

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

test(
	'closing a request asks for the outcome, then says who is withdrawn before closing',
	{ tag: '@phone' },
	async ({ browser }, testInfo) => {
		test.setTimeout(120_000)
		const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
		const title = `Vector for a safe close (${testInfo.project.name} ${Date.now()})`

		const requesterPage = await signedInPage(browser, demoAccounts.companyAdmin, { javaScriptEnabled })
		const requestPath = await submitRequest(requesterPage, title)
		await waitForMail({ to: demoAccounts.coordinator.email, subject: new RegExp(escape(title)) })
		const coordinatorPage = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
		await openInTriage(coordinatorPage, title)
		await routeTo(coordinatorPage, ['Grantorp Biologics AB'], 'Could this be for you?')

		await requesterPage.goto(`${requestPath}?lang=en`)
		await settled(requesterPage)
		const closing = requesterPage.getByRole('region', { name: 'Close the request' })
		const outcome = closing.getByLabel('Outcome')
		await expect(outcome).toHaveValue('')

		// No outcome chosen: nothing is closed, and the field says why.
		await closing.getByRole('button', { name: 'Close request' }).click()
		await expect(outcome).toHaveAttribute('aria-invalid', 'true')
		await expect(closing).toContainText('This field is required.')

		// The first post only asks, saying what will happen; going back changes nothing.
		await outcome.selectOption('no_fit')
		await closing.getByRole('button', { name: 'Close request' }).click()
		const question = closing.getByRole('alert').filter({ hasText: 'Close this request?' })
		await expect(question).toContainText('It will be closed with the outcome “No fit”.')
		await expect(question).toContainText('1 provider still waiting will be withdrawn')
		await expectAccessible(requesterPage)
		await question.getByRole('link', { name: 'No, go back' }).click()
		await expect(requesterPage.getByText(/Closed on/)).toHaveCount(0)
		await expect(closing.getByRole('button', { name: 'Close request' })).toBeVisible()

		// Asked again and confirmed: closed, with the outcome chosen.
		await settled(requesterPage)
		await outcome.selectOption('no_fit')
		await closing.getByRole('button', { name: 'Close request' }).click()
		await closing.getByRole('button', { name: 'Yes, close it' }).click()
		await expect(requesterPage.getByRole('status')).toContainText('The request was closed.')
		await expect(requesterPage.getByText(/Closed on .*: No fit/)).toBeVisible()
		await expectAccessible(requesterPage)

		await requesterPage.context().close()
		await coordinatorPage.context().close()
	},
)

// The other steps that cannot be undone ask first too, with and without
// JavaScript, saying what will happen; "No, go back" changes nothing.

test('withdrawing an invitation and removing a member ask first, naming whom', async ({ browser }, testInfo) => {
	test.setTimeout(120_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const page = await signedInPage(browser, demoAccounts.companyAdmin, { javaScriptEnabled })
	await page.goto('/organizations/visattra-cell-therapeutics-ab/members?lang=en')
	await settled(page)

	// An invitation to withdraw.
	const email = `invited-${testInfo.project.name}-${Date.now()}@example.org`
	await page.getByLabel('E-mail').fill(email)
	await page.getByRole('button', { name: 'Send invitation' }).click()
	await expect(page.getByRole('status')).toContainText(`Invitation sent to ${email}.`, { timeout: 30_000 })
	const invitation = page.getByRole('listitem').filter({ hasText: email })

	// The first click only asks; going back keeps the invitation.
	await invitation.getByRole('button', { name: `Withdraw ${email}` }).click()
	const question = page.getByRole('alert').filter({ hasText: `Withdraw the invitation to ${email}?` })
	await expect(question).toContainText('The link we sent stops working at once.', { timeout: 30_000 })
	await expectAccessible(page)
	await question.getByRole('link', { name: 'No, go back' }).click()
	await expect(question).toHaveCount(0)
	await expect(invitation.getByRole('button', { name: `Withdraw ${email}` })).toBeVisible()

	// Asked again and confirmed: withdrawn.
	await settled(page)
	await invitation.getByRole('button', { name: `Withdraw ${email}` }).click()
	await page.getByRole('button', { name: 'Yes, withdraw the invitation' }).click()
	await expect(page.getByRole('status')).toContainText('The invitation has been withdrawn.', { timeout: 30_000 })
	await expect(page.getByRole('listitem').filter({ hasText: email })).toHaveCount(0)

	// Removing a member asks first, naming them and what they lose; going back keeps them.
	const member = page.getByRole('listitem').filter({ hasText: 'Company Member (demo)' })
	await member.getByRole('button', { name: 'Remove Company Member (demo)' }).click()
	const removal = page
		.getByRole('alert')
		.filter({ hasText: 'Remove Company Member (demo) from Visättra Cell Therapeutics AB?' })
	await expect(removal).toContainText('They lose access at once', { timeout: 30_000 })
	await expect(removal.getByRole('button', { name: 'Yes, remove Company Member (demo)' })).toBeVisible()
	await removal.getByRole('link', { name: 'No, go back' }).click()
	await expect(removal).toHaveCount(0)
	await expect(member.getByRole('button', { name: 'Remove Company Member (demo)' })).toBeVisible()
	await page.context().close()
})

test('revoking a verification and archiving a listing ask first, saying what follows', async ({
	browser,
}, testInfo) => {
	test.setTimeout(120_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const page = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	await page.goto('/coordinator/listings?q=Stuvsta+Regulatory+Partners&lang=en')
	await page.getByRole('link', { name: 'Stuvsta Regulatory Partners AB' }).first().click()
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Stuvsta Regulatory Partners AB')
	await settled(page)

	// A verification of this run's own, to revoke.
	const reference = `Inspection ${testInfo.project.name} ${Date.now()}`
	const verification = page.getByRole('region', { name: 'Verification' })
	await verification.getByRole('textbox', { name: /^Reference/ }).fill(reference)
	await verification.getByRole('button', { name: 'Record verification' }).click()
	await expect(page.getByRole('status')).toContainText('Verification recorded.', { timeout: 30_000 })
	const recorded = verification.getByRole('listitem').filter({ hasText: reference })
	// The button's name ends with the reference, read out after "Revoke".
	const revokeButton = new RegExp(`^Revoke\\W+${escape(reference)}$`)
	await recorded.getByRole('button', { name: revokeButton }).click()
	const question = verification.getByRole('alert').filter({ hasText: `Revoke the verification “${reference}”?` })
	await expect(question).toContainText('loses its “Verified” badge', { timeout: 30_000 })
	await expectAccessible(page)
	await question.getByRole('link', { name: 'No, go back' }).click()
	await expect(question).toHaveCount(0)
	await expect(recorded).toContainText('Active')
	await settled(page)
	await recorded.getByRole('button', { name: revokeButton }).click()
	await verification.getByRole('button', { name: 'Yes, revoke' }).click()
	await expect(page.getByRole('status')).toContainText('Verification revoked.', { timeout: 30_000 })
	await expect(recorded).toContainText('Revoked')

	// Archiving asks first; going back leaves the listing in the directory.
	const archive = page.getByRole('region', { name: 'Archive' })
	await archive.getByRole('button', { name: 'Archive listing' }).click()
	const archiving = archive.getByRole('alert').filter({ hasText: 'Archive Stuvsta Regulatory Partners AB?' })
	await expect(archiving).toContainText('It leaves the directory, search and the API at once', { timeout: 30_000 })
	await expect(archiving.getByRole('button', { name: 'Yes, archive' })).toBeVisible()
	await archiving.getByRole('link', { name: 'No, go back' }).click()
	await expect(archiving).toHaveCount(0)
	await expect(archive.getByRole('button', { name: 'Archive listing' })).toBeVisible()
	await page.context().close()
})
