import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { linkIn, waitForMail } from './helpers/mail.ts'
import { openInTriage } from './helpers/requests.ts'
import { demoAccounts, signedInPage } from './helpers/session.ts'
import { settled } from './helpers/settled.ts'

// A listing is no dead end: a visitor finds a GMP facility, asks the hub
// about it, signs up on the way, and the confirmation mail brings her back to
// the request form, prefilled from the facility. She submits; a coordinator
// sees on the triage page which listing the request started from. She is a
// new colleague at the demo CAR-T company, whose admin has invited her: she
// accepts the invitation in another tab once her address is confirmed.
// Runs with and without JavaScript.

// The outbox worker shares two cores with everything else the machine runs.
const mailWait = 60_000

/** With JavaScript, let the page hydrate first: text typed into server HTML that React then replaces is lost. */
async function ready(page: Page) {
	await settled(page)
}

async function logInHere(page: Page, account: { email: string; password: string }) {
	await ready(page)
	await page.getByLabel('E-mail address').fill(account.email)
	await page.getByLabel('Password', { exact: true }).fill(account.password)
	await page.getByRole('button', { name: 'Log in' }).click()
}

/** A made-up word per run and project names her account and her request, so nothing clashes with the other run. */
function newcomer(javaScriptEnabled: boolean) {
	const word = `Vera${javaScriptEnabled ? 'js' : 'nojs'}${Date.now().toString(36)}`
	return { word, account: { email: `${word.toLowerCase()}@example.org`, password: 'a long walk to the hub' } }
}

// Password hashing at full cost and the outbox worker, next to the other project's run on a small machine.
test.describe.configure({ timeout: 180_000 })

test(
	'a visitor asks the hub about a facility, signs up on the way, and the coordinator sees where it started',
	{ tag: '@phone' },
	async ({ browser, page }, testInfo) => {
		const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
		const { word, account } = newcomer(javaScriptEnabled)
		const facilityName = 'Grantorp Cell Therapy Suite 2'

		// Her company's admin invites her.
		const admin = await signedInPage(browser, demoAccounts.companyAdmin, { javaScriptEnabled })
		await admin.goto('/account?lang=en')
		await admin.getByRole('link', { name: 'Manage members' }).click()
		await ready(admin)
		await admin.getByLabel('E-mail address').fill(account.email)
		await admin.getByRole('button', { name: 'Send invitation' }).click()
		const invitation = await waitForMail({
			to: account.email,
			subject: /^Invitation to Visättra Cell Therapeutics AB/,
			timeout: mailWait,
		})
		await admin.context().close()

		// A search that finds nothing offers to ask the hub, with the query as the need.
		await page.goto(`/search?lang=en&q=${word}`)
		await expect(page.getByRole('link', { name: 'Ask the hub', exact: true })).toHaveAttribute(
			'href',
			`/requests/new?need=${word}`,
		)

		// The facility's page asks the hub about it; a visitor is sent to log in, and on to sign up, with the way back.
		await page.goto('/facilities?lang=en')
		await page.getByRole('link', { name: facilityName }).click()
		await expect(page.getByRole('heading', { level: 1, name: facilityName })).toBeVisible()
		await expectAccessible(page)
		await page.getByRole('link', { name: 'Ask the hub about this facility' }).click()
		await expect(page).toHaveURL(/\/login\?redirectTo=%2Frequests%2Fnew%3Ffrom%3D/)
		await page.getByRole('link', { name: 'Create an account' }).click()
		await expect(page).toHaveURL(/\/signup\?redirectTo=%2Frequests%2Fnew%3Ffrom%3D/)
		await ready(page)
		await page.getByLabel('Name').fill('Vera Visitor')
		await page.getByLabel('E-mail address').fill(account.email)
		await page.getByLabel('Password').fill(account.password)
		await page.getByRole('button', { name: 'Create account' }).click()
		await expect(page.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeVisible()

		// The confirmation link carries the request form; once confirmed, the next step leads there through login.
		const confirmation = await waitForMail({
			to: account.email,
			subject: 'Confirm your e-mail address',
			timeout: mailWait,
		})
		const confirmLink = linkIn(confirmation, '/verify-email?token=')
		expect(confirmLink).toContain('&next=%2Frequests%2Fnew%3Ffrom%3D')
		await page.goto(confirmLink)
		await page.getByRole('button', { name: 'Confirm my e-mail address' }).click()
		await expect(page.getByText('Your e-mail address is confirmed')).toBeVisible()
		const next = page.getByRole('main').getByRole('link', { name: 'Log in' })
		await expect(next).toHaveAttribute('href', /^\/login\?redirectTo=%2Frequests%2Fnew%3Ffrom%3D/)

		// In another tab she logs in from the invitation and joins her company.
		const tab = await page.context().newPage()
		await tab.goto(linkIn(invitation, '/invitations/'))
		await tab.getByRole('main').getByRole('link', { name: 'Log in' }).click()
		await logInHere(tab, account)
		await ready(tab)
		await tab.getByRole('button', { name: 'Accept the invitation' }).click()
		await expect(tab.getByRole('heading', { level: 1, name: 'Visättra Cell Therapeutics AB' })).toBeVisible()
		await tab.close()

		// Back in the first tab, the next step lands on the request form, prefilled from the facility.
		await next.click()
		await expect(page).toHaveURL(/\/requests\/new\?from=/)
		await expect(page.getByRole('heading', { level: 1, name: 'New match request' })).toBeVisible()
		await expect(page.getByRole('link', { name: facilityName })).toBeVisible()
		await expectAccessible(page)
		await expect(page.getByLabel('Title')).toHaveValue(`Working with ${facilityName}`)
		await expect(page.getByLabel('Full description')).toHaveValue(new RegExp(facilityName))
		await expect(page.getByRole('group', { name: 'Required cleanroom grades' }).getByLabel(/^Grade B/)).toBeChecked()

		// She names it, adds the teaser providers will see first, and submits.
		const title = `${word}: grade B suite time for an autologous CAR-T product`
		await ready(page)
		await page.getByLabel('Title').fill(title)
		await page
			.getByLabel('Teaser (not confidential)')
			.fill('A Flemingsberg company needs grade B suite time for an autologous CAR-T product next spring.')
		await page.getByRole('button', { name: 'Submit to the hub' }).click()
		await expect(page.getByRole('status')).toContainText('Your request was sent to the hub')
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
		await expect(page.getByText('Started from:')).toContainText(facilityName)

		// The coordinator sees on triage which listing it started from, linked.
		const coordinator = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
		await openInTriage(coordinator, title)
		const startedFrom = coordinator.getByText('Started from:')
		await expect(startedFrom).toBeVisible()
		await expectAccessible(coordinator)
		await startedFrom.getByRole('link', { name: facilityName }).click()
		await expect(coordinator.getByRole('heading', { level: 1, name: facilityName })).toBeVisible()
		await coordinator.context().close()
	},
)
