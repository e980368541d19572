import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { linkIn, waitForMail } from './helpers/mail.ts'
import { demoAccounts, projectPage, signedInPage } from './helpers/session.ts'
import { settled } from './helpers/settled.ts'

// Issue 14's first "Done when": a visitor goes from the home page to an offer
// at the Innovation Station, says "I'm interested", confirms the enquiry from
// the mail, the establishment office answers it in the portal, the visitor
// reads the answer through the mail's link, and the office closes it with an
// outcome. English and Swedish, with and without JavaScript, on a phone too.

const texts = {
	en: {
		cta: 'See the offers',
		offer: 'Coworking desks at the Innovation Station',
		interested: 'I’m interested',
		formTitle: 'Talk to the establishment office',
		company: 'Company',
		need: 'What do you need?',
		name: 'Your name',
		email: 'Email',
		send: 'Send to the establishment office',
		checkMail: 'Check your e-mail',
		confirmSubject: 'Confirm your enquiry to the establishment office',
		confirm: 'Confirm and send to the office',
		confirmed: 'Your enquiry is with the establishment office',
		queue: 'Enquiries',
		message: 'Message',
		answer: 'Send answer',
		answered: 'Your answer is on its way to the enquirer.',
		answerSubject: /^The establishment office has answered: /,
		outcome: 'Outcome',
		closedSubject: /^The establishment office has closed your enquiry: /,
		outcomeEstablished: 'Established in Flemingsberg',
		close: 'Close…',
		confirmHeading: 'Close this enquiry?',
		confirmClose: 'Close the enquiry',
		closed: 'The enquiry is closed.',
		closedStatus: 'Closed',
	},
	sv: {
		cta: 'Se erbjudandena',
		offer: 'Kontorsplatser i Innovation Station',
		interested: 'Jag är intresserad',
		formTitle: 'Tala med etableringskontoret',
		company: 'Företag',
		need: 'Vad behöver ni?',
		name: 'Ditt namn',
		email: 'E-post',
		send: 'Skicka till etableringskontoret',
		checkMail: 'Titta i din e-post',
		confirmSubject: 'Bekräfta din förfrågan till etableringskontoret',
		confirm: 'Bekräfta och skicka till kontoret',
		confirmed: 'Din förfrågan har nått etableringskontoret',
		queue: 'Förfrågningar',
		message: 'Meddelande',
		answer: 'Skicka svar',
		answered: 'Ditt svar är på väg till den som frågade.',
		answerSubject: /^Etableringskontoret har svarat: /,
		outcome: 'Utfall',
		closedSubject: /^Etableringskontoret har avslutat din förfrågan: /,
		outcomeEstablished: 'Etablerade sig i Flemingsberg',
		close: 'Avsluta…',
		confirmHeading: 'Avsluta den här förfrågan?',
		confirmClose: 'Avsluta förfrågan',
		closed: 'Förfrågan är avslutad.',
		closedStatus: 'Avslutad',
	},
} as const

async function expectNoSidewaysScroll(page: Page) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
	expect(overflow).toBeLessThanOrEqual(1)
}

for (const lang of ['en', 'sv'] as const) {
	test(`a visitor's enquiry about an Innovation Station offer is confirmed, answered and closed (${lang}) @phone`, async ({
		browser,
	}, testInfo) => {
		test.setTimeout(240_000)
		const say = texts[lang]
		const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
		const stamp = `${testInfo.project.name} ${Date.now()}`
		const company = `Enquiring Bio ${lang} ${stamp}`
		const email = `enquirer-${lang}-${testInfo.project.name}-${Date.now()}@example.org`
		const answer = `Welcome to the Innovation Station (${stamp}). Shall we meet on Tuesday?`

		const visitor = await projectPage(browser, { javaScriptEnabled })
		await visitor.goto(`/?lang=${lang}`)
		await visitor.getByRole('link', { name: say.cta }).click()
		await visitor.getByRole('link', { name: say.offer }).first().click()
		await expect(visitor.getByRole('heading', { level: 1, name: say.offer })).toBeVisible({ timeout: 30_000 })
		await visitor.getByRole('link', { name: say.interested }).click()
		await expect(visitor.getByRole('heading', { level: 1, name: say.formTitle })).toBeVisible({ timeout: 30_000 })
		await expect(visitor.getByRole('link', { name: new RegExp(say.offer) })).toBeVisible()
		await expectAccessible(visitor)
		await expectNoSidewaysScroll(visitor)
		await settled(visitor)
		await visitor.getByLabel(say.company).fill(company)
		await visitor.getByLabel(say.need).fill('Four desks from March, and a meeting room now and then.')
		await visitor.getByLabel(say.name).fill('Kim Enquirer')
		await visitor.getByRole('textbox', { name: new RegExp(`^${say.email}`) }).fill(email)
		await visitor.getByRole('button', { name: say.send }).click()
		await expect(visitor.getByRole('heading', { level: 1, name: say.checkMail })).toBeVisible({ timeout: 30_000 })
		await expect(visitor.getByText(email)).toBeVisible()
		await expectAccessible(visitor)

		// Confirmed from the mail: only now does it reach the office.
		const confirmMail = await waitForMail({ to: email, subject: say.confirmSubject, timeout: 30_000 })
		await visitor.goto(linkIn(confirmMail, '/establish/enquiries/link/'))
		await expectAccessible(visitor)
		await visitor.getByRole('button', { name: say.confirm }).click()
		await expect(visitor.getByText(say.confirmed).first()).toBeVisible({ timeout: 30_000 })

		const office = await signedInPage(browser, demoAccounts.establishmentOffice, { javaScriptEnabled })
		await office.goto(`/establish/enquiries?lang=${lang}`)
		await expect(office.getByRole('heading', { level: 1, name: say.queue })).toBeVisible({ timeout: 30_000 })
		await expectAccessible(office)
		await office.getByRole('link', { name: company }).click()
		await expect(office.getByRole('heading', { level: 1, name: company })).toBeVisible({ timeout: 30_000 })
		await expectAccessible(office)
		await expectNoSidewaysScroll(office)
		await settled(office)
		await office.getByLabel(say.message).fill(answer)
		await office.getByRole('button', { name: say.answer }).click()
		await expect(office.getByText(say.answered)).toBeVisible({ timeout: 30_000 })

		// The visitor reads the answer through the link in the answer's mail.
		const answerMail = await waitForMail({ to: email, subject: say.answerSubject, timeout: 30_000 })
		expect(answerMail.text).toContain(answer)
		await visitor.goto(linkIn(answerMail, '/establish/enquiries/link/'))
		await expect(visitor.getByText(answer)).toBeVisible({ timeout: 30_000 })
		await expectAccessible(visitor)
		await expectNoSidewaysScroll(visitor)

		// The office closes it with an outcome, after saying yes to the question.
		await office.getByLabel(say.outcome, { exact: true }).selectOption('established')
		await office.getByRole('button', { name: say.close }).click()
		await expect(office.getByRole('heading', { name: say.confirmHeading })).toBeVisible({ timeout: 30_000 })
		await expectAccessible(office)
		await office.getByRole('button', { name: say.confirmClose }).click()
		await expect(office.getByText(say.closed, { exact: true })).toBeVisible({ timeout: 30_000 })
		await expect(office.getByText(say.closedStatus, { exact: true }).first()).toBeVisible()

		// The visitor hears the outcome in their language, with a link back to the closed thread.
		const closedMail = await waitForMail({ to: email, subject: say.closedSubject, timeout: 30_000 })
		expect(closedMail.text).toContain(say.outcomeEstablished)
		await visitor.goto(linkIn(closedMail, '/establish/enquiries/link/'))
		await expect(visitor.getByText(say.closedStatus, { exact: true }).first()).toBeVisible({ timeout: 30_000 })
	})
}

test('the contact page sends an enquiry with the same form', async ({ browser }, testInfo) => {
	test.setTimeout(120_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const page = await projectPage(browser, { javaScriptEnabled })
	const email = `contact-${testInfo.project.name}-${Date.now()}@example.org`
	await page.goto('/contact?lang=en')
	await expect(page.getByRole('heading', { level: 2, name: 'Talk to the establishment office' })).toBeVisible()
	await expectAccessible(page)
	await settled(page)

	// Nothing typed: the form says what is missing, and nothing is sent.
	await page.getByRole('button', { name: 'Send to the establishment office' }).click()
	const problems = page.getByRole('alert').filter({ hasText: 'problems with this form' })
	await expect(problems.getByRole('link', { name: /^Company: / })).toBeVisible({ timeout: 30_000 })
	await expectAccessible(page)

	await page.getByLabel('Company').fill(`Contact Form Bio ${testInfo.project.name}`)
	await page.getByLabel('What do you need?').fill('Ready-to-build land for a production site.')
	await page.getByLabel('Your name').fill('Robin Contact')
	await page.getByRole('textbox', { name: /^Email/ }).fill(email)
	await page.getByRole('button', { name: 'Send to the establishment office' }).click()
	await expect(page.getByRole('heading', { level: 1, name: 'Check your e-mail' })).toBeVisible({ timeout: 30_000 })
	const confirmMail = await waitForMail({
		to: email,
		subject: 'Confirm your enquiry to the establishment office',
		timeout: 30_000,
	})

	// Confirmed, then no longer needed: withdrawing asks first, and the thread then takes nothing more.
	await page.goto(linkIn(confirmMail, '/establish/enquiries/link/'))
	await page.getByRole('button', { name: 'Confirm and send to the office' }).click()
	await page.getByRole('button', { name: 'Withdraw the enquiry' }).click()
	await expect(page.getByRole('heading', { name: 'Withdraw this enquiry?' })).toBeVisible({ timeout: 30_000 })
	await expectAccessible(page)
	await page.getByRole('button', { name: 'Withdraw the enquiry' }).click()
	await expect(page.getByText('Your enquiry is withdrawn. The office has been told.')).toBeVisible({ timeout: 30_000 })
	await expect(page.getByRole('button', { name: 'Send' })).toHaveCount(0)
	await expect(page.getByRole('button', { name: 'Withdraw the enquiry' })).toHaveCount(0)
})
