import { expect, test } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { linkIn, waitForMail } from './helpers/mail.ts'
import { demoAccounts, projectPage, signedInPage } from './helpers/session.ts'

// Stale-listing nudges and the badge's evidence (docs/decisions/044), on the
// demo's stale listings (prisma/seed/demo-data.ts, demoStaleRefs): each project
// of the run takes its own, since a confirmation takes it off the list for good.
// @phone

test.describe.configure({ timeout: 300_000 })

const staleListingOf: Record<string, { name: string; askedEmail: string }> = {
	chromium: {
		name: 'Forskargruppen för regulatoriska T-celler',
		askedEmail: demoAccounts.companyAdmin.email,
	},
	'chromium-no-js': { name: 'Sindre Solberg', askedEmail: demoAccounts.facilityMember.email },
	phone: { name: 'Tomasz Nowak', askedEmail: demoAccounts.companyAdmin.email },
}

test('a coordinator asks about a stale listing, its member confirms from the mail, and it leaves the list @phone @staff', async ({
	browser,
}, testInfo) => {
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const stale = staleListingOf[testInfo.project.name]
	if (!stale) throw new Error(`no stale demo listing for project ${testInfo.project.name}`)

	const coordinator = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	await coordinator.goto('/coordinator/stale?lang=en')
	await expect(coordinator.getByRole('heading', { level: 1, name: 'Stale listings' })).toBeVisible()
	const card = coordinator.getByRole('article', { name: stale.name })
	await expect(card).toBeVisible()
	await expect(coordinator.getByRole('heading', { level: 2, name: 'Capacity windows out of date' })).toBeVisible()
	await expectAccessible(coordinator)

	// Archiving asks first; going back archives nothing.
	await card.getByRole('button', { name: /^Archive/ }).click()
	const question = coordinator.getByRole('alert').filter({ hasText: `Archive ${stale.name}?` })
	await expect(question).toBeVisible({ timeout: 30_000 })
	await expect(question.getByRole('button', { name: 'Yes, archive' })).toBeVisible()
	await expectAccessible(coordinator)
	await question.getByRole('link', { name: 'No, go back' }).click()
	await expect(coordinator.getByRole('button', { name: 'Yes, archive' })).toHaveCount(0)
	await coordinator.goto('/coordinator/stale?lang=en')
	await expect(card).toBeVisible()

	const since = new Date()
	// The button's name is "Ask again" and, for screen readers, the listing's.
	await card.getByRole('button', { name: /^Ask again/ }).click()
	await expect(coordinator).toHaveURL(/done=nudged/, { timeout: 30_000 })
	await expect(
		coordinator.getByText('The listing’s people were asked again whether it is still accurate.'),
	).toBeVisible()

	const mail = await waitForMail({
		to: stale.askedEmail,
		subject: `Is ${stale.name} still accurate?`,
		since,
		timeout: 30_000,
	})
	const link = linkIn(mail, '/listings/confirm/')

	// The link needs no sign-in; opening it confirms nothing until the button is pressed.
	const member = await projectPage(browser, { javaScriptEnabled })
	await member.goto(`${link}?lang=en`)
	await expect(member.getByRole('heading', { level: 1, name: `Is ${stale.name} still accurate?` })).toBeVisible()
	await expectAccessible(member)
	await coordinator.goto('/coordinator/stale?lang=en')
	await expect(coordinator.getByRole('article', { name: stale.name })).toBeVisible()

	await member.getByRole('button', { name: 'Yes, it is still accurate' }).click()
	await expect(member.getByRole('heading', { level: 1, name: 'Thank you' })).toBeVisible({ timeout: 30_000 })
	// The same link a second time does nothing.
	await member.goto(`${link}?lang=en`)
	await expect(member.getByRole('heading', { level: 1, name: 'This link no longer works' })).toBeVisible()

	await coordinator.goto('/coordinator/stale?lang=en')
	await expect(coordinator.getByRole('heading', { level: 1, name: 'Stale listings' })).toBeVisible()
	await expect(coordinator.getByRole('article', { name: stale.name })).toHaveCount(0)

	await coordinator.goto('/coordinator/stale?lang=sv')
	await expect(coordinator.getByRole('heading', { level: 1, name: 'Inaktuella poster' })).toBeVisible()
	await expectAccessible(coordinator)
	await member.context().close()
	await coordinator.context().close()
})

test('a visitor sees the badge, a member sees the evidence behind it, in both languages @phone', async ({
	browser,
}, testInfo) => {
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	// The demo's verifications are general checks a coordinator did not make public.
	const visitor = await projectPage(browser, { javaScriptEnabled })
	await visitor.goto('/listings/ref/lab-0001?lang=en')
	await expect(visitor.getByRole('heading', { level: 1, name: 'CAR-T Cell Engineering Group' })).toBeVisible()
	await expect(visitor.getByText('Verified', { exact: true })).toBeVisible()
	await expect(visitor.getByRole('heading', { name: 'Verified by the hub' })).toHaveCount(0)

	const member = await signedInPage(browser, demoAccounts.companyAdmin, { javaScriptEnabled })
	await member.goto('/listings/ref/lab-0001?lang=en')
	await expect(member.getByRole('heading', { name: 'Verified by the hub' })).toBeVisible()
	await expect(member.getByText('General verification')).toBeVisible()
	await expect(member.getByText('reference Demo data: checked by the hub coordinator')).toBeVisible()
	await expectAccessible(member)
	await member.goto('/listings/ref/lab-0001?lang=sv')
	await expect(member.getByRole('heading', { name: 'Verifierad av hubben' })).toBeVisible()
	await expect(member.getByText('Allmän verifiering')).toBeVisible()
	await visitor.context().close()
	await member.context().close()
})
