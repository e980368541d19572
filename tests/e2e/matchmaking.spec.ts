import { expect, test, type Browser, type Page } from '@playwright/test'
import { demoUsers } from '../../prisma/seed/demo-users.ts'
import { linkIn, waitForMail, type CapturedMail } from './helpers/mail.ts'
import { openInTriage, routeTo, submitRequest } from './helpers/requests.ts'
import { signedInPage } from './helpers/session.ts'
import { expectAccessible } from './helpers/axe.ts'
import { settled } from './helpers/settled.ts'

// The reason the hub exists, end to end on the demo data: a company member
// submits a request; the coordinator reads the suggestions with their reasons
// and routes it to two providers; one declines, the other accepts the
// confidentiality terms and is interested (every step's mail arrives over
// SMTP); the requester accepts, both sides see each other's contact details
// and exchange a message; the requester closes the request. Runs with and
// without JavaScript: every step is a link or a plain form.

const demo = (email: string) => {
	const user = demoUsers.find((candidate) => candidate.email === email)
	if (!user) throw new Error(`no demo user ${email}`)
	return user
}
const requester = demo('company-admin@demo.atmp-flemingsberg.example')
const coordinator = demo('coordinator@demo.atmp-flemingsberg.example')
const grantorp = demo('facility-member@demo.atmp-flemingsberg.example')
const glomsta = demo('vector-member@demo.atmp-flemingsberg.example')

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

async function open(browser: Browser, account: { email: string; password: string }, javaScriptEnabled: boolean) {
	return signedInPage(browser, account, { javaScriptEnabled })
}

/** Follows the link of a mail, in English whatever language the mail was written in. */
async function followMail(page: Page, mail: CapturedMail, path: string) {
	const link = new URL(linkIn(mail, path))
	await page.goto(`${link.pathname}?lang=en`)
	await settled(page)
}

test('a request goes from a member through two providers to an introduction and a closed outcome', async ({
	browser,
}, testInfo) => {
	test.setTimeout(240_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const title = `Lentiviral vector supply for a phase I CAR-T trial (${testInfo.project.name} ${Date.now()})`
	const titlePattern = new RegExp(escape(title))

	// 1. The member writes the request and submits it to the hub.
	const requesterPage = await open(browser, requester, javaScriptEnabled)
	const requestPath = await submitRequest(requesterPage, title)
	await waitForMail({ to: coordinator.email, subject: titlePattern })

	// 2. The coordinator reads the suggestions and their reasons, and routes to two providers.
	const coordinatorPage = await open(browser, coordinator, javaScriptEnabled)
	await openInTriage(coordinatorPage, title)
	const suggestions = coordinatorPage.getByRole('region', { name: 'Suggested providers' })
	await expect(suggestions.getByText(/offers viral vector production/i).first()).toBeVisible()
	await expect(suggestions.getByText(/works with lentiviral vectors/i).first()).toBeVisible()
	await routeTo(
		coordinatorPage,
		['Grantorp Biologics AB', 'Glömsta Vector Sciences AB'],
		'You both make viral vectors at GMP grade.',
	)

	// 3. Glömsta reads the teaser and declines without opening the confidential description.
	const glomstaMail = await waitForMail({ to: glomsta.email, subject: titlePattern })
	expect(glomstaMail.text).toContain('GMP lentiviral vector for an early clinical CAR-T trial')
	expect(glomstaMail.text).not.toContain('CONF-42')
	const glomstaPage = await open(browser, glomsta, javaScriptEnabled)
	await followMail(glomstaPage, glomstaMail, '/inbox/')
	await expect(glomstaPage.getByText('You both make viral vectors at GMP grade.')).toBeVisible()
	await expect(glomstaPage.getByText('CONF-42')).toHaveCount(0)
	await expectAccessible(glomstaPage)
	await glomstaPage.getByLabel('We cannot help with this').check()
	await glomstaPage.getByLabel(/^Message \(required for a question\)/).fill('We only make AAV.')
	await glomstaPage.getByRole('button', { name: 'Send answer' }).click()
	await expect(glomstaPage.getByRole('status')).toContainText('Your answer was sent.')
	const declined = await waitForMail({
		to: coordinator.email,
		subject: new RegExp(`Glömsta Vector Sciences AB.*${escape(title)}`),
	})
	expect(declined.text).toContain('We only make AAV.')

	// 4. Grantorp accepts the confidentiality terms, reads everything and is interested.
	const grantorpMail = await waitForMail({ to: grantorp.email, subject: titlePattern })
	const grantorpPage = await open(browser, grantorp, javaScriptEnabled)
	await followMail(grantorpPage, grantorpMail, '/inbox/')
	const routePath = new URL(grantorpPage.url()).pathname
	await expect(grantorpPage.getByText('CONF-42')).toHaveCount(0)
	await grantorpPage.getByRole('button', { name: 'Accept the terms and read the full request' }).click()
	await expect(grantorpPage.getByText(/Our construct is called CONF-42/)).toBeVisible()
	await expectAccessible(grantorpPage)
	await expect(
		grantorpPage.getByText('The hub tells you who is asking once the requester accepts your interest.'),
	).toBeVisible()
	await grantorpPage.getByLabel('We are interested').check()
	await grantorpPage
		.getByLabel(/^Message \(required for a question\)/)
		.fill('We have a lentiviral vector slot in Q2 2027.')
	await grantorpPage.getByRole('button', { name: 'Send answer' }).click()
	await expect(grantorpPage.getByRole('status')).toContainText('Your answer was sent.')
	const interested = await waitForMail({
		to: requester.email,
		subject: new RegExp(`^Grantorp Biologics AB is interested: ${escape(title)}$`),
	})
	expect(interested.text).toContain('We have a lentiviral vector slot in Q2 2027.')

	// 5. The requester sees both answers and accepts Grantorp: the introduction.
	await requesterPage.goto(`${requestPath}?lang=en`)
	await settled(requesterPage)
	const glomstaCard = requesterPage.getByRole('listitem').filter({ hasText: 'Glömsta Vector Sciences AB' })
	await expect(glomstaCard).toContainText('Declined')
	const grantorpCard = requesterPage.getByRole('listitem').filter({ hasText: 'Grantorp Biologics AB' })
	await expect(grantorpCard).toContainText('We have a lentiviral vector slot in Q2 2027.')
	await grantorpCard.getByRole('button', { name: 'Accept and get introduced' }).click()
	await expect(requesterPage.getByRole('status')).toContainText('You were introduced')
	await expect(grantorpCard.getByRole('link', { name: grantorp.email })).toBeVisible()
	await expectAccessible(requesterPage)
	await waitForMail({ to: grantorp.email, subject: `Introduction: ${title}` })

	await grantorpCard.getByLabel('Message', { exact: true }).fill('Can we meet on Tuesday at the hub?')
	await grantorpCard.getByRole('button', { name: 'Send message' }).click()
	await expect(requesterPage.getByRole('status')).toContainText('Your message was sent.')

	// 6. Grantorp now sees who asks, with contact details, and answers in the thread.
	await waitForMail({ to: grantorp.email, subject: `New message: ${title}` })
	await grantorpPage.goto(`${routePath}?lang=en`)
	await settled(grantorpPage)
	const requesterSection = grantorpPage.getByRole('region', { name: 'The requester' })
	await expect(requesterSection).toContainText('Visättra Cell Therapeutics AB')
	await expect(requesterSection.getByRole('link', { name: requester.email })).toBeVisible()
	await expectAccessible(grantorpPage)
	await expect(grantorpPage.getByText('Can we meet on Tuesday at the hub?')).toBeVisible()
	await grantorpPage.getByLabel('Message', { exact: true }).fill('Tuesday at ten works for us.')
	await grantorpPage.getByRole('button', { name: 'Send message' }).click()
	await expect(grantorpPage.getByRole('status')).toContainText('Your message was sent.')

	// 7. The requester reads the answer and closes the request: partner found, with feedback.
	await requesterPage.goto(`${requestPath}?lang=en`)
	await settled(requesterPage)
	await expect(requesterPage.getByText('Tuesday at ten works for us.')).toBeVisible()
	await requesterPage.getByLabel('Outcome').selectOption('partner_found')
	await requesterPage.getByLabel('Rating for Grantorp Biologics AB').selectOption('5')
	await requesterPage.getByRole('button', { name: 'Close request' }).click()
	await requesterPage.getByRole('button', { name: 'Yes, close it' }).click()
	await expect(requesterPage.getByRole('status')).toContainText('The request was closed.')
	await expect(requesterPage.getByText(/Closed on .*: Partner found/)).toBeVisible()
})
