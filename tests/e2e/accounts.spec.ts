import { expect, test, type Page } from '@playwright/test'
import { linkIn, waitForMail } from './helpers/mail.ts'
import { expectAccessible } from './helpers/axe.ts'

// A person signs up, reads the confirmation link in the mail the portal sent
// over SMTP, confirms, logs in, sees their account and logs out. Runs with and
// without JavaScript (the config's two projects): every step is a link or a
// plain form.

async function logIn(page: Page, email: string, password: string) {
	await page.getByLabel('E-mail address').fill(email)
	await page.getByLabel('Password', { exact: true }).fill(password)
	await page.getByRole('button', { name: 'Log in' }).click()
	// The password check is deliberately slow (scrypt at full cost); on a busy machine it outlasts
	// the default five seconds, and the next assertion would fail on load, not on behaviour.
	await expect(page.getByRole('button', { name: 'Logging in…' })).toHaveCount(0, { timeout: 30_000 })
	await page.waitForLoadState('load')
}

async function logOut(page: Page) {
	// The user menu is a <details> element: it opens without JavaScript too.
	await page.locator('header details > summary').click()
	await page.getByRole('button', { name: 'Log out' }).click()
	await expect(page.getByRole('banner').getByRole('link', { name: 'Log in' })).toBeVisible()
}

test('sign up, confirm the address from the mail, log in, see the account, log out', async ({ page }, testInfo) => {
	// Five password checks at full scrypt cost on a small machine, next to the other project's run.
	test.setTimeout(120_000)
	const email = `e2e-${testInfo.project.name}-${Date.now()}@example.org`
	const password = 'a long walk along the river'

	await page.goto('/signup?lang=en')
	await page.getByLabel('Name').fill('Elsa Testsson')
	await page.getByLabel('E-mail address').fill(email)
	await page.getByLabel('Password').fill(password)
	await page.getByRole('button', { name: 'Create account' }).click()
	// The password is hashed at full scrypt cost, as in logIn: a busy machine outlasts the default five seconds.
	await expect(page.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeVisible({ timeout: 30_000 })
	await expectAccessible(page)
	await expect(page.getByText(`We sent a message to ${email}.`)).toBeVisible()

	// A wrong password: a message on the field, nothing else given away.
	await page.goto('/login?lang=en')
	await logIn(page, email, 'not my password at all')
	const passwordField = page.getByLabel('Password', { exact: true })
	await expect(page.getByText('The e-mail address or the password is not correct.')).toBeVisible()
	await expect(passwordField).toHaveAttribute('aria-invalid', 'true')
	await expectAccessible(page)

	// Unconfirmed accounts can log in, and are asked to confirm.
	await logIn(page, email, password)
	await expect(page.getByText('Please confirm your e-mail address.')).toBeVisible()
	await logOut(page)

	const mail = await waitForMail({ to: email, subject: 'Confirm your e-mail address' })
	expect(mail.text).toContain('Hello Elsa Testsson,')
	await page.goto(linkIn(mail, '/verify-email?token='))
	await page.getByRole('button', { name: 'Confirm my e-mail address' }).click()
	await expect(page.getByText('Your e-mail address is confirmed')).toBeVisible()
	await expectAccessible(page)

	// A new account's next step is its organisation: logging in from here leads to /my-listings.
	await page.getByRole('main').getByRole('link', { name: 'Log in' }).click()
	await logIn(page, email, password)
	await expect(page.getByRole('heading', { level: 1, name: 'My listings' })).toBeVisible()
	await page.goto('/account?lang=en')
	await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible()
	await expectAccessible(page)
	await expect(page.getByText(`Logged in as Elsa Testsson (${email})`)).toBeVisible()
	await expect(page.getByText('Confirmed', { exact: true })).toBeVisible()
	await expect(page.getByText('Please confirm your e-mail address.')).toHaveCount(0)
	// The saved searches' card says what the settings do in a whole sentence, then links to them.
	const savedSearches = page.getByRole('region', { name: 'Saved searches', exact: true })
	await expect(savedSearches).toContainText(
		'whether it comes by mail now, in a digest, in the portal only, or not at all.',
	)
	await expect(savedSearches.getByRole('link', { name: 'Saved searches and notification settings' })).toBeVisible()

	await logOut(page)
	await page.goto('/account')
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount$/)
})

test('the header offers log in and sign up to visitors, and the account pages need a session', async ({ page }) => {
	await page.goto('/?lang=en')
	const header = page.getByRole('banner')
	await expect(header.getByRole('link', { name: 'Log in' })).toBeVisible()
	await expect(header.getByRole('link', { name: 'Sign up' })).toBeVisible()
	await page.goto('/admin/mail')
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Fadmin%2Fmail$/)
	await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible()
	await expectAccessible(page)
})
