import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { linkIn, waitForMail } from './helpers/mail.ts'
import { openInTriage, routeTo, submitRequest } from './helpers/requests.ts'
import { demoAccounts, projectPage, signedInPage } from './helpers/session.ts'
import { settled } from './helpers/settled.ts'

// Inviting a provider nobody could answer for, from triage (issue 15): the
// coordinator invites the first invitable provider under "Not in the portal
// yet" at an address of their own choosing, the invitation arrives by mail,
// the invitee signs up from it and accepts, the coordinator hears of it by
// mail and sends the request to the provider, now among those that can be
// routed. Each project writes its own request and invites its own address, so
// runs side by side never depend on each other's order.

async function ready(page: Page) {
	await settled(page)
}

test('a coordinator invites a provider without a portal account, who joins and is sent the request @phone @staff', async ({
	browser,
}, testInfo) => {
	// Sign-up, two logins and three mails on a small, busy machine.
	test.setTimeout(240_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const word = `${testInfo.project.name}${Date.now().toString(36)}`.replace(/[^a-z0-9]/gi, '')
	const title = `Invite ${word}: lentiviral vector for a CAR-T trial`
	const invitee = { email: `invitee-${word.toLowerCase()}@example.org`, password: 'a long walk to the hub' }

	const requester = await signedInPage(browser, demoAccounts.companyAdmin, { javaScriptEnabled })
	await submitRequest(requester, title)

	const coordinator = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	await openInTriage(coordinator, title)
	const suggestions = coordinator.getByRole('region', { name: 'Suggested providers' })
	const notInPortal = coordinator.getByRole('region', { name: 'Not in the portal yet' })
	await expect(suggestions.getByText('Has a portal account').first()).toBeVisible()
	await expect(suggestions.getByText('Nobody at this provider has a portal account yet')).toHaveCount(0)
	await expectAccessible(coordinator)

	// The first provider there that belongs to an organisation can be invited.
	const card = notInPortal
		.getByRole('listitem')
		.filter({ has: coordinator.getByLabel('Invite to the portal') })
		.first()
	const provider = (await card.locator('p.font-semibold').first().textContent())!.trim()
	expect(provider).not.toBe('')
	// A wrong address is refused beside the field, and nothing is sent.
	await card.getByLabel('Invite to the portal').fill('not an address')
	await card.getByRole('button', { name: new RegExp(`^Send invitation`) }).click()
	await expect(coordinator.getByText('Enter an e-mail address such as name@example.org.').first()).toBeVisible({
		timeout: 30_000,
	})

	const sentCard = notInPortal.getByRole('listitem').filter({ hasText: provider }).first()
	await sentCard.getByLabel('Invite to the portal').fill(invitee.email)
	await sentCard.getByRole('button', { name: new RegExp(`^Send invitation`) }).click()
	await expect(coordinator).toHaveURL(/done=invited/, { timeout: 30_000 })
	await expect(coordinator.getByRole('status')).toContainText('The invitation was sent.')
	await expect(sentCard).toContainText(`Invitation sent to ${invitee.email}`)
	await expectAccessible(coordinator)

	// The same in Swedish.
	await coordinator.goto(`${new URL(coordinator.url()).pathname}?lang=sv`)
	await expect(coordinator.getByRole('region', { name: 'Inte i portalen än' })).toContainText(
		`Inbjudan skickades till ${invitee.email}`,
	)
	await expectAccessible(coordinator)

	// The invitation says a request waits, never what it is.
	const invitation = await waitForMail({ to: invitee.email, subject: /^Invitation to /, timeout: 30_000 })
	expect(invitation.text).toContain('has a match request that')
	expect(invitation.text).not.toContain('CONF-42')

	// The invitee signs up from the invitation, logs in and accepts.
	const guest = await projectPage(browser, { javaScriptEnabled })
	await guest.goto(`${linkIn(invitation, '/invitations/')}?lang=en`)
	await expect(guest.getByText('The hub has a match request that')).toBeVisible()
	await expectAccessible(guest)
	await guest.getByRole('main').getByRole('link', { name: 'Create account' }).click()
	await ready(guest)
	await guest.getByLabel('Name').fill(`Invitee ${word}`)
	await expect(guest.getByLabel('E-mail address')).toHaveValue(invitee.email)
	await guest.getByLabel('Password').fill(invitee.password)
	await guest.getByRole('button', { name: 'Create account' }).click()
	await expect(guest.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeVisible({ timeout: 30_000 })
	await guest.getByRole('main').getByRole('link', { name: 'Log in' }).click()
	await ready(guest)
	await guest.getByLabel('E-mail address').fill(invitee.email)
	await guest.getByLabel('Password', { exact: true }).fill(invitee.password)
	await guest.getByRole('button', { name: 'Log in' }).click()
	await expect(guest.getByRole('button', { name: 'Accept the invitation' })).toBeVisible({ timeout: 30_000 })
	await ready(guest)
	await guest.getByRole('button', { name: 'Accept the invitation' }).click()
	await expect(guest).not.toHaveURL(/\/invitations\//, { timeout: 30_000 })

	// The coordinator is told, and the provider can now be sent the request.
	await waitForMail({
		to: demoAccounts.coordinator.email,
		// In the coordinator's own language, which is Swedish for the demo coordinator.
		subject: new RegExp(
			`(joined the portal|har gått med i portalen): ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
		),
		timeout: 30_000,
	})
	await openInTriage(coordinator, title)
	await expect(suggestions.getByRole('checkbox', { name: `Send to ${provider}` })).toBeVisible()
	await expect(suggestions.getByText('Joined from the hub’s invitation').first()).toBeVisible()
	await routeTo(coordinator, [provider], 'You joined the portal: this is the request we told you about.')
	await expectAccessible(coordinator)
})
