import { expect, test, type Browser, type Page } from '@playwright/test'
import { demoUsers } from '../../prisma/seed/demo-users.ts'

// A person signs up, reads the confirmation link (here: from the development
// mailbox, through the platform admin's /admin/mail), confirms, logs in, sees
// their account and logs out. Runs with and without JavaScript (the config's
// two projects): every step is a link or a plain form.

const platformAdmin = demoUsers.find((user) => user.platformRole === 'platform_admin')!

async function logIn(page: Page, email: string, password: string) {
	await page.getByLabel('E-mail address').fill(email)
	await page.getByLabel('Password', { exact: true }).fill(password)
	await page.getByRole('button', { name: 'Log in' }).click()
}

async function logOut(page: Page) {
	// The user menu is a <details> element: it opens without JavaScript too.
	await page.locator('header details > summary').click()
	await page.getByRole('button', { name: 'Log out' }).click()
	await expect(page.getByRole('banner').getByRole('link', { name: 'Log in' })).toBeVisible()
}

/** The link in the newest mail with this subject to this address, read as the platform admin. */
async function linkFromMailbox(browser: Browser, to: string, subject: string, linkPattern: RegExp): Promise<string> {
	const context = await browser.newContext({ locale: 'en-GB' })
	const admin = await context.newPage()
	try {
		await admin.goto('/login?lang=en')
		await logIn(admin, platformAdmin.email, platformAdmin.password)
		await expect(admin.getByRole('banner').getByRole('link', { name: 'Log in' })).toHaveCount(0)
		// Delivered by the worker into the mailbox, or still waiting in the outbox: both are listed.
		await expect(async () => {
			await admin.goto('/admin/mail')
			await expect(admin.getByRole('row').filter({ hasText: to }).filter({ hasText: subject })).not.toHaveCount(0)
		}).toPass({ timeout: 15_000 })
		await admin.getByRole('row').filter({ hasText: to }).filter({ hasText: subject }).first().getByRole('link').click()
		await expect(admin.getByRole('heading', { level: 1, name: subject })).toBeVisible()
		const href = await admin.getByRole('link', { name: linkPattern }).getAttribute('href')
		if (!href) throw new Error(`No link matching ${linkPattern} in the mail to ${to}`)
		return href
	} finally {
		await context.close()
	}
}

test('sign up, confirm the address from the mail, log in, see the account, log out', async ({
	page,
	browser,
}, testInfo) => {
	// Five password checks at full scrypt cost on a small machine, next to the other project's run.
	test.setTimeout(120_000)
	const email = `e2e-${testInfo.project.name}-${Date.now()}@example.org`
	const password = 'a long walk along the river'

	await page.goto('/signup?lang=en')
	await page.getByLabel('Name').fill('Elsa Testsson')
	await page.getByLabel('E-mail address').fill(email)
	await page.getByLabel('Password').fill(password)
	await page.getByRole('button', { name: 'Create account' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeVisible()
	await expect(page.getByText(`We sent a message to ${email}.`)).toBeVisible()

	// A wrong password: a message on the field, nothing else given away.
	await page.goto('/login?lang=en')
	await logIn(page, email, 'not my password at all')
	const passwordField = page.getByLabel('Password', { exact: true })
	await expect(page.getByText('The e-mail address or the password is not correct.')).toBeVisible()
	await expect(passwordField).toHaveAttribute('aria-invalid', 'true')

	// Unconfirmed accounts can log in, and are asked to confirm.
	await logIn(page, email, password)
	await expect(page.getByText('Please confirm your e-mail address.')).toBeVisible()
	await logOut(page)

	const link = await linkFromMailbox(browser, email, 'Confirm your e-mail address', /\/verify-email\?token=/)
	await page.goto(link)
	await page.getByRole('button', { name: 'Confirm my e-mail address' }).click()
	await expect(page.getByText('Your e-mail address is confirmed')).toBeVisible()

	await page.getByRole('main').getByRole('link', { name: 'Log in' }).click()
	await logIn(page, email, password)
	await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible()
	await expect(page.getByText(`Logged in as Elsa Testsson (${email})`)).toBeVisible()
	await expect(page.getByText('Confirmed', { exact: true })).toBeVisible()
	await expect(page.getByText('Please confirm your e-mail address.')).toHaveCount(0)

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
})
