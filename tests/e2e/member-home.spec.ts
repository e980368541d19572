import { expect, test, type Browser, type Page } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { openInTriage, routeTo, submitRequest } from './helpers/requests.ts'
import { demoAccounts, signedInPage } from './helpers/session.ts'
import { settled } from './helpers/settled.ts'

// After logging in, members land on their home: what waits for them, and the
// header's counts of it on every page, on a desktop and on a 390 px phone.
// Runs with and without JavaScript (the config's two projects).

const { companyAdmin: requester, coordinator, facilityMember: grantorp } = demoAccounts

const phone = { width: 390, height: 844 }

async function open(browser: Browser, account: { email: string; password: string }, javaScriptEnabled: boolean) {
	const page = await signedInPage(browser, account, { javaScriptEnabled })
	// No page asked to be returned to: the member home.
	await expect(page).toHaveURL(/\/home$/)
	await expect(page.getByRole('heading', { level: 1, name: 'Your home' })).toBeVisible()
	await expectAccessible(page)
	return page
}

/** The same signed-in person on a phone. */
async function onPhone(browser: Browser, page: Page, javaScriptEnabled: boolean) {
	const context = await browser.newContext({
		locale: 'en-GB',
		javaScriptEnabled,
		viewport: phone,
		storageState: await page.context().storageState(),
	})
	return context.newPage()
}

/** How many requests the header's Requests link says have new answers (0 when it shows no count). */
async function headerNews(page: Page): Promise<number> {
	const text = await page
		.getByRole('banner')
		.getByRole('link', { name: /^Requests/ })
		.first()
		.textContent()
	return Number(/\((\d+) with new answers\)/.exec(text ?? '')?.[1] ?? 0)
}

async function expectTwoRowHeader(page: Page) {
	const box = await page.getByRole('banner').boundingBox()
	// Two rows of 40 px controls with their padding; a third row would add about 45 px.
	expect(box?.height ?? 0).toBeLessThan(125)
}

test('members land on their home, see what waits for them there and in the navigation, on a phone too', async ({
	browser,
}, testInfo) => {
	test.setTimeout(180_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const title = `Vector for a home page test (${testInfo.project.name} ${Date.now()})`

	// The requester's request, and the coordinator routes it to Grantorp.
	const requesterPage = await open(browser, requester, javaScriptEnabled)
	await submitRequest(requesterPage, title)
	const coordinatorPage = await open(browser, coordinator, javaScriptEnabled)
	await coordinatorPage.goto('/coordinator?lang=en')
	// Requests wait for triage, so the overview does not say that nothing waits.
	const queue = coordinatorPage.getByRole('region', { name: 'Waiting for you' })
	await expect(queue).toContainText(/The oldest has waited since|match requests? waits? for triage/)
	await expect(queue).not.toContainText('Nothing is waiting.')
	await openInTriage(coordinatorPage, title)
	await routeTo(coordinatorPage, ['Grantorp Biologics AB'], 'A vector request for you.')

	// Grantorp's member lands on the home: the route waits for their answer, and the header says so.
	const grantorpPage = await open(browser, grantorp, javaScriptEnabled)
	const waiting = grantorpPage.getByRole('region', { name: 'Waiting for your organisation' })
	const route = waiting.getByRole('listitem').filter({ hasText: title })
	await expect(route).toContainText('Accept the terms to read it, then answer')
	await expect(grantorpPage.getByRole('banner').getByRole('link', { name: /^Inbox \(\d+ waiting\)$/ })).toBeVisible()
	await route.getByRole('link', { name: title }).click()
	await settled(grantorpPage)
	await grantorpPage.getByRole('button', { name: 'Accept the terms and read the full request' }).click()
	await grantorpPage.getByLabel('We are interested').check()
	await grantorpPage.getByLabel(/^Message \(required for a question\)/).fill('We have a slot in May.')
	await grantorpPage.getByRole('button', { name: 'Send answer' }).click()
	await expect(grantorpPage.getByRole('status')).toContainText('Your answer was sent.')

	// The requester's home puts the answered request among the news, and the header counts it.
	await requesterPage.goto('/home?lang=en')
	const answered = requesterPage
		.getByRole('region', { name: 'Your requests' })
		.getByRole('listitem')
		.filter({ hasText: title })
	await expect(answered).toContainText('1 new')
	await expect(answered).toContainText('1 provider interested')
	const requestsLink = { name: /^Requests \(\d+ with new answers\)$/ }
	await expect(requesterPage.getByRole('banner').getByRole('link', requestsLink)).toBeVisible()
	await expect(
		requesterPage
			.getByRole('region', { name: 'Recent notifications' })
			.getByRole('button', { name: new RegExp(title.replace(/[()]/g, '\\$&')) }),
	).toBeVisible()

	// On a phone: the same counts in a header of two rows.
	const phonePage = await onPhone(browser, requesterPage, javaScriptEnabled)
	await phonePage.goto('/home?lang=en')
	await expect(phonePage.getByRole('banner').getByRole('link', requestsLink)).toBeVisible()
	await expect(phonePage.getByRole('banner').getByRole('link', { name: /^Inbox/ })).toBeVisible()
	await expectTwoRowHeader(phonePage)
	await expectAccessible(phonePage)

	// Opening the request reads its news: afterwards the home no longer marks it new, and the header
	// counts exactly the requests the home still marks new. (Both come from one page load; comparing
	// with an earlier count would race the other journeys that use the same demo requester.)
	await answered.getByRole('link', { name: title }).click()
	await expect(requesterPage.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 30_000 })
	await requesterPage.getByRole('banner').getByRole('link', { name: 'Home', exact: true }).first().click()
	await expect(requesterPage.getByRole('heading', { level: 1, name: 'Your home' })).toBeVisible({ timeout: 30_000 })
	const yourRequests = requesterPage.getByRole('region', { name: 'Your requests' }).getByRole('listitem')
	const readNow = yourRequests.filter({ hasText: title })
	await expect(readNow).toContainText('1 provider interested')
	await expect(readNow).not.toContainText('1 new')
	// Other journeys answer and read this demo requester's requests meanwhile, and the header and the
	// home are two queries: when one lands between them, the next load agrees again.
	let attempts = 0
	await expect(async () => {
		if (attempts++) await requesterPage.reload()
		const shown = await yourRequests.count()
		const stillNew = await yourRequests.filter({ hasText: /\b\d+ new\b/ }).count()
		const header = await headerNews(requesterPage)
		// The home lists at most eight, those with news first: when it shows eight that are all new, more may be.
		if (stillNew < shown || shown < 8) expect(header).toBe(stillNew)
		else expect(header).toBeGreaterThanOrEqual(stillNew)
	}).toPass({ timeout: 30_000 })
})

test('a signed-in member on the front page is shown the way to their home', async ({ browser }, testInfo) => {
	test.setTimeout(90_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const page = await open(browser, grantorp, javaScriptEnabled)
	await page.goto('/?lang=en')
	await page
		.getByRole('main')
		.getByRole('link', { name: /^Go to your home/ })
		.click()
	await expect(page).toHaveURL(/\/home$/)
})

test('a visitor on a phone can sign up and reach the directory from a header of two rows', async ({
	browser,
}, testInfo) => {
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled, viewport: phone })
	const page = await context.newPage()
	await page.goto('/?lang=en')
	const header = page.getByRole('banner')
	await expect(header.getByRole('link', { name: 'Sign up' })).toBeVisible()
	await expect(header.getByRole('link', { name: 'Log in' })).toBeVisible()
	await expectTwoRowHeader(page)
	await expectAccessible(page)
	// The directory is behind the menu button, a <details> that opens without JavaScript.
	await header.getByText('Menu', { exact: true }).click()
	await header.getByRole('link', { name: 'GMP facilities' }).click()
	await expect(page).toHaveURL(/\/facilities/)
})
