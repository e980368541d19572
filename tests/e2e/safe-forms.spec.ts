import { expect, test } from '@playwright/test'
import { waitForMail } from './helpers/mail.ts'
import { openInTriage, routeTo, submitRequest } from './helpers/requests.ts'
import { demoAccounts, signedInPage } from './helpers/session.ts'
import { expectAccessible } from './helpers/axe.ts'

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
		await requesterPage.waitForLoadState('networkidle')
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
		await requesterPage.waitForLoadState('networkidle')
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
