import { expect, test, type Page } from '@playwright/test'
import { linkIn, waitForMail } from './helpers/mail.ts'
import { demoAccounts, logIn, signedInPage } from './helpers/session.ts'
import { expectAccessible } from './helpers/axe.ts'
import { settled } from './helpers/settled.ts'

// The whole path of a new provider: a new user goes from sign-up to a published,
// searchable listing with one coordinator approval, entirely in the browser.
// Sign up, confirm from the mail received over SMTP, register a new
// organisation, propose a GMP facility for it; a coordinator approves the
// facility with one correction, which publishes the organisation too; both
// are found on /search; a later edit waits for review while the approved
// version stays public. Runs with and without JavaScript.

/** With JavaScript, let the page hydrate first: text typed into server HTML that React then replaces is lost. */
async function ready(page: Page) {
	await settled(page)
}

test('sign-up to a published, searchable facility and its new organisation with one approval', async ({
	browser,
	page,
}, testInfo) => {
	// Password hashing at full cost and the outbox worker, next to the other project's run on a small machine.
	test.setTimeout(180_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	// A page whose browser render differs from the server's is thrown away and rendered again, and a click
	// made meanwhile is lost: the new provider's pages hydrate without a fault.
	const pageErrors: string[] = []
	page.on('pageerror', (error) => pageErrors.push(error.message))
	// One made-up word names everything this run creates, so search finds exactly it.
	const word = `Kvarnholm${javaScriptEnabled ? 'js' : 'nojs'}${Date.now().toString(36)}`
	const email = `${word.toLowerCase()}@example.org`
	const password = 'a quiet morning by the lake'
	// Characters that mean something in HTML: they must show as typed, nothing more.
	const organizationName = `${word} Cell & Gene <Therapeutics> AB`
	const facilityName = `${word} Clean Suite`
	const proposedSummary = 'One grade B suite for autologous cell therapy.'
	const correctedSummary = 'One grade B suite for autologous CAR-T manufacturing, with a QC lab on site.'

	// Sign up, and confirm the address from the mail the portal sent over SMTP.
	await page.goto('/signup?lang=en')
	await ready(page)
	await page.getByLabel('Name').fill('Karin Kvarnholm')
	await page.getByLabel('E-mail address').fill(email)
	await page.getByLabel('Password').fill(password)
	await page.getByRole('button', { name: 'Create account' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeVisible()
	const confirmation = await waitForMail({ to: email, subject: 'Confirm your e-mail address' })
	await page.goto(linkIn(confirmation, '/verify-email?token='))
	await page.getByRole('button', { name: 'Confirm my e-mail address' }).click()
	await expect(page.getByText('Your e-mail address is confirmed')).toBeVisible()
	await expect(page.getByText('Next, put your organisation in the directory')).toBeVisible()

	// Log in: the next step is the user's listings, where a new organisation starts.
	await page.getByRole('main').getByRole('link', { name: 'Log in' }).click()
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Fmy-listings/)
	await ready(page)
	await page.getByLabel('E-mail address').fill(email)
	await page.getByLabel('Password', { exact: true }).fill(password)
	await page.getByRole('button', { name: 'Log in' }).click()
	// The password check is deliberately slow (scrypt at full cost); on a busy machine it outlasts five seconds.
	await expect(page.getByRole('heading', { level: 1, name: 'My listings' })).toBeVisible({ timeout: 30_000 })

	// Register the organisation; a first try without a name and with a bad web address saves nothing.
	await page.getByRole('link', { name: 'Register a new organisation' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Register your organisation' })).toBeVisible()
	await expectAccessible(page)
	await expect(page.getByText('You become the organisation’s administrator.')).toBeVisible()
	await ready(page)
	await page.getByLabel('Type of organisation').selectOption('company')
	await page.getByLabel('Website').fill('not a web address')
	await page.getByRole('button', { name: 'Submit for review' }).click()
	const problems = page.getByRole('alert').filter({ hasText: 'problem' })
	await expect(problems).toContainText('Name: This field is required.')
	await expect(problems).toContainText('Website')
	await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveAttribute('aria-invalid', 'true')
	await expect(page.getByLabel('Type of organisation')).toHaveValue('company')
	await page.goto('/my-listings?lang=en')
	await expect(page.getByRole('link', { name: 'Register a new organisation' })).toBeVisible()

	await page.getByRole('link', { name: 'Register a new organisation' }).click()
	await ready(page)
	await page.getByRole('textbox', { name: /^Name/ }).fill(organizationName)
	await page.getByLabel('Type of organisation').selectOption('company')
	// An address, not degrees: the position is folded away and filled from the campus building.
	await expect(page.getByLabel('Latitude')).toBeHidden()
	await expect(page.getByText('Set the position on the map by hand (optional)')).toBeVisible()
	await page.getByLabel('Street address').fill('hälsovägen 7')
	await page.getByLabel('Postcode').fill('14157')
	await page.getByLabel('City').fill('Huddinge')
	await page.getByRole('button', { name: 'Submit for review' }).click()
	await expect(page).toHaveURL(/\/my-listings\?registered=/)
	await expect(page.getByRole('status')).toContainText('Your organisation is registered and waits for review.')
	const organizationSection = page.getByRole('region', { name: organizationName })
	await expect(organizationSection.getByRole('heading', { level: 2, name: organizationName })).toBeVisible()
	await expect(organizationSection).toContainText('Administrator')
	await expect(organizationSection.getByRole('article', { name: organizationName })).toContainText('Waiting for review')

	// Add a GMP facility for it at once.
	await organizationSection.getByRole('link', { name: 'Add a GMP facility' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'New GMP facility' })).toBeVisible()
	await expectAccessible(page)
	await expect(page.getByText(`For ${organizationName}`)).toBeVisible()
	await ready(page)
	await page.getByRole('textbox', { name: /^Name/ }).fill(facilityName)
	await page.getByLabel('Summary', { exact: true }).fill(proposedSummary)
	await page.getByRole('checkbox', { name: /^Grade B/ }).check()
	await page.getByRole('checkbox', { name: 'CAR-T cells' }).check()
	await page.getByRole('button', { name: 'Submit for review' }).click()
	await expect(page).toHaveURL(/\/my-listings\?submitted=/)
	const facilityRow = page.getByRole('region', { name: organizationName }).getByRole('article', { name: facilityName })
	await expect(facilityRow).toContainText('Waiting for review')

	// Nothing of it is public yet.
	const visitor = await (await browser.newContext({ locale: 'en-GB', javaScriptEnabled })).newPage()
	await visitor.goto(`/search?lang=en&q=${word}`)
	await expect(visitor.getByRole('link', { name: facilityName })).toHaveCount(0)

	// A coordinator approves the facility with one correction; the review says the organisation goes with it.
	const coordinator = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	await coordinator.goto('/coordinator/reviews?lang=en')
	const queueItem = coordinator
		.getByRole('listitem')
		.filter({ has: coordinator.getByRole('link', { name: facilityName }) })
	await expect(queueItem).toContainText(`with the new organisation ${organizationName}`)
	await queueItem.getByRole('link', { name: facilityName }).click()
	await expect(coordinator.getByRole('heading', { level: 1, name: `Review: ${facilityName}` })).toBeVisible()
	await expectAccessible(coordinator)
	await expect(
		coordinator.getByText(`Approving this also publishes the new organisation ${organizationName}.`).first(),
	).toBeVisible()
	const organizationFields = coordinator.getByRole('region', { name: `The new organisation: ${organizationName}` })
	await expect(organizationFields.getByRole('table')).toContainText(organizationName)
	await expect(organizationFields.getByRole('table')).toContainText('Huddinge')
	await ready(coordinator)
	await coordinator.getByText('Approve with edits').click()
	const editForm = coordinator.locator('form#approve-edited')
	await expect(editForm.getByLabel('Summary', { exact: true })).toHaveValue(proposedSummary)
	await editForm.getByLabel('Summary', { exact: true }).fill(correctedSummary)
	await editForm.getByRole('button', { name: 'Publish corrected version' }).click()
	await expect(coordinator).toHaveURL(/\/coordinator\/reviews\?done=approved-with-organization/)
	await expect(coordinator.getByRole('status')).toContainText(
		'Approved and published, together with its new organisation.',
	)

	// The author hears about both, over SMTP.
	await waitForMail({ to: email, subject: `Published: ${facilityName}` })
	await waitForMail({ to: email, subject: `Published: ${organizationName}` })

	// Both are found on /search once the outbox worker has indexed them.
	await expect(async () => {
		await visitor.goto(`/search?lang=en&q=${word}`)
		const results = visitor.getByRole('region', { name: 'Results' })
		await expect(results.getByRole('link', { name: facilityName, exact: true })).toBeVisible({ timeout: 1_000 })
		await expect(results.getByRole('link', { name: organizationName, exact: true })).toBeVisible({ timeout: 1_000 })
	}).toPass({ timeout: 20_000 })
	await visitor.getByRole('region', { name: 'Results' }).getByRole('link', { name: facilityName, exact: true }).click()
	await expect(visitor.getByRole('heading', { level: 1, name: facilityName })).toBeVisible()
	await expectAccessible(visitor)
	await expect(visitor.getByText(correctedSummary)).toBeVisible()
	await expect(visitor.getByText(proposedSummary)).toHaveCount(0)
	const facilityPath = new URL(visitor.url()).pathname
	await visitor.goto(`/search?lang=en&q=${word}`)
	await visitor
		.getByRole('region', { name: 'Results' })
		.getByRole('link', { name: organizationName, exact: true })
		.click()
	await expect(visitor.getByRole('heading', { level: 1, name: organizationName })).toBeVisible()
	await expect(visitor.locator('address')).toHaveText(/hälsovägen 7\s*141 57 Huddinge/)
	await expect(visitor.getByText('Novum', { exact: true })).toBeVisible()
	await expect(visitor.getByRole('link', { name: 'Show on OpenStreetMap' })).toBeVisible()

	// The user edits the published facility: the change waits for review, the approved version stays public.
	await page.goto('/my-listings?lang=en')
	const published = page.getByRole('article', { name: facilityName })
	await expect(published).toContainText('Published')
	await ready(page)
	await expect(published.getByRole('link', { name: /^Edit capacity/ })).toBeVisible()
	expect(pageErrors).toEqual([])
	await published.getByRole('link', { name: /^Edit\s*:/ }).click()
	await expect(page.getByLabel('Summary', { exact: true })).toHaveValue(correctedSummary)
	await ready(page)
	await page.getByLabel('Summary', { exact: true }).fill('Two grade B suites from next spring, not reviewed yet.')
	await page.getByRole('button', { name: 'Submit for review' }).click()
	await expect(page).toHaveURL(/\/my-listings\?submitted=/)
	await expect(page.getByRole('article', { name: facilityName })).toContainText('waiting for review')

	await visitor.goto(facilityPath)
	await expect(visitor.getByText(correctedSummary)).toBeVisible()
	await expect(visitor.getByText('not reviewed yet')).toHaveCount(0)
	await coordinator.goto('/coordinator/reviews?lang=en')
	await expect(coordinator.getByRole('link', { name: facilityName })).toBeVisible()

	expect(pageErrors).toEqual([])
	await coordinator.context().close()
	await visitor.context().close()
})

test('registering an organisation needs a session, and is for users who belong to none yet', async ({ page }) => {
	await page.goto('/my-listings/new?type=organization')
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Fmy-listings%2Fnew%3Ftype%3Dorganization$/)
	// The demo company admin already belongs to an organisation: no second one through this page.
	await logIn(page, demoAccounts.companyAdmin)
	await page.goto('/my-listings?lang=en')
	await expect(page.getByRole('link', { name: 'Register a new organisation' })).toHaveCount(0)
	const response = await page.goto('/my-listings/new?type=organization')
	expect(response?.status()).toBe(403)
})
