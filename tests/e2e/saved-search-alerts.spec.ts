import { expect, test, type Browser } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { linkIn, receivedMail, waitForMail, type CapturedMail } from './helpers/mail.ts'
import { demoAccounts, logIn, projectPage, signedInPage } from './helpers/session.ts'
import { settled } from './helpers/settled.ts'

// Issue 15's fourth "Done when": a member saves a search, a matching listing
// is published, the alert digest arrives over SMTP, and its one unsubscribe
// link turns the alerts off. The member also follows the hub's events and
// asks for them "in a digest" on /account/alerts: a new event reaches them in
// the digest, never as a mail of its own. The journeys' server runs the alert
// job every few seconds (playwright.config.ts, HUB_ALERTS_EVERY_SECONDS).

const digestSubject = 'Your digest from the ATMP Flemingsberg hub'

/** The first digest to `to` that mentions `text`, waiting for it. */
async function digestWith(to: string, text: string, timeout = 90_000): Promise<CapturedMail> {
	const found = async () =>
		(await receivedMail()).find(
			(mail) => mail.to.includes(to.toLowerCase()) && mail.subject === digestSubject && mail.text.includes(text),
		)
	await expect.poll(async () => Boolean(await found()), { timeout, intervals: [1_000] }).toBe(true)
	return (await found())!
}

/** A coordinator announces an event (in November next year, clear of the events journey's March event). */
async function announceEvent(browser: Browser, javaScriptEnabled: boolean, title: string) {
	const coordinator = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	await coordinator.goto('/coordinator/events/new?lang=en')
	await settled(coordinator)
	await coordinator.getByRole('group', { name: 'In English' }).getByLabel('Title').fill(title)
	await coordinator.getByRole('group', { name: 'In English' }).getByLabel('Description').fill('Short talks.')
	const nextYear = new Date().getUTCFullYear() + 1
	await coordinator.getByLabel('Starts').fill(`${nextYear}-11-12T09:00`)
	await coordinator.getByLabel('Ends').fill(`${nextYear}-11-12T11:00`)
	await coordinator.getByLabel('Place', { exact: true }).fill('Novum, Flemingsberg')
	await coordinator.getByLabel('Organiser').fill('ATMP Flemingsberg')
	await coordinator.getByRole('button', { name: 'Save' }).click()
	await expect(coordinator.getByText('Saved as a draft. Publish it when it is ready.')).toBeVisible({ timeout: 30_000 })
	await coordinator.getByRole('button', { name: 'Announce' }).click()
	await expect(coordinator.getByText('Announced: the event is on the events page')).toBeVisible({ timeout: 30_000 })
	await coordinator.context().close()
}

test('a member saves a search, hears of a new matching listing by mail, and stops the alerts from its link @phone', async ({
	browser,
}, testInfo) => {
	test.setTimeout(240_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const stamp = `${testInfo.project.name.replace(/[^a-z]/g, '')}${Date.now().toString(36)}`
	// A word no demo listing has, so the saved search matches only the listing this journey publishes.
	const word = `Quokkavir${stamp}`
	const listingName = `${word} Cleanroom Suite`
	const account = { email: `alerts-${stamp}@example.org`, password: 'saved-search-alerts-2026' }

	// A new member signs up and confirms the address.
	const member = await projectPage(browser, { javaScriptEnabled })
	await member.goto('/signup?lang=en')
	await settled(member)
	await member.getByLabel('Name').fill('Alma Alert')
	await member.getByLabel('E-mail address').fill(account.email)
	await member.getByLabel('Password').fill(account.password)
	await member.getByRole('button', { name: 'Create account' }).click()
	await expect(member.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeVisible({ timeout: 30_000 })
	const confirmation = await waitForMail({ to: account.email, subject: 'Confirm your e-mail address', timeout: 30_000 })
	await member.goto(linkIn(confirmation, '/verify-email?token='))
	await member.getByRole('button', { name: 'Confirm my e-mail address' }).click()
	await expect(member.getByText('Your e-mail address is confirmed')).toBeVisible({ timeout: 30_000 })
	await logIn(member, account)

	// The search finds nothing yet; the member saves it and asks to hear at once.
	await member.goto(`/search?lang=en&q=${word}`)
	await settled(member)
	await member.getByText('Save this search', { exact: true }).first().click()
	await expect(member.getByLabel('Name', { exact: true })).toHaveValue(word)
	await member.getByRole('button', { name: 'Save this search' }).click()
	await expect(member.getByText('Search saved. Choose below how often you hear of new matches.')).toBeVisible({
		timeout: 30_000,
	})
	await expectAccessible(member)
	const saved = member.getByRole('listitem').filter({ hasText: word })
	await saved.getByLabel('Alerts').selectOption('immediately')
	await saved.getByRole('button', { name: 'Save changes' }).click()
	await expect(member.getByText(`Saved search “${word}” changed.`)).toBeVisible({ timeout: 30_000 })

	// The member follows the hub's events, and asks for them in the digest instead of a mail each.
	await member.goto('/events?lang=en')
	await settled(member)
	await member.getByRole('checkbox', { name: 'Events' }).check()
	await member.getByRole('button', { name: 'Save' }).click()
	await expect(member.getByText('Saved. You will get a mail when something you follow is published.')).toBeVisible({
		timeout: 30_000,
	})
	await member.goto('/account/alerts?lang=en')
	await settled(member)
	const following = member.getByRole('group', { name: 'News and events you follow' })
	await following.getByRole('radio', { name: 'In a digest' }).check()
	await member.getByRole('group', { name: 'How often your digest comes' }).getByRole('radio', { name: 'Daily' }).check()
	await member.getByRole('button', { name: 'Save settings' }).click()
	await expect(member.getByText('Notification settings saved.')).toBeVisible({ timeout: 30_000 })
	await expect(following.getByRole('radio', { name: 'In a digest' })).toBeChecked()
	await expectAccessible(member)

	// A new event reaches the member in a digest, and never as a mail of its own.
	const eventTitle = `Vector day for ${stamp}`
	await announceEvent(browser, javaScriptEnabled, eventTitle)
	const eventDigest = await digestWith(account.email, eventTitle)
	expect(eventDigest.text).toContain('Events you follow:')
	expect(
		(await receivedMail()).filter((mail) => mail.to.includes(account.email) && mail.subject.includes(eventTitle)),
	).toEqual([])

	// An organisation proposes a facility with that word, and a coordinator publishes it.
	const provider = await signedInPage(browser, demoAccounts.companyAdmin, { javaScriptEnabled })
	await provider.goto('/my-listings?lang=en')
	await provider.getByRole('link', { name: 'Add a GMP facility' }).click()
	await settled(provider)
	await provider.getByRole('textbox', { name: /^Name/ }).fill(listingName)
	await provider.getByLabel('Summary', { exact: true }).fill('A grade B suite for viral vector filling.')
	await provider.getByRole('button', { name: 'Submit for review' }).click()
	await expect(provider.getByRole('status')).toContainText('Sent for review', { timeout: 30_000 })

	const coordinator = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	await coordinator.goto('/coordinator/reviews?lang=en')
	await coordinator.getByRole('link', { name: listingName, exact: true }).click()
	await settled(coordinator)
	await coordinator.getByRole('button', { name: 'Approve and publish' }).click()
	await expect(coordinator).toHaveURL(/\/coordinator\/reviews\?done=approved/, { timeout: 30_000 })

	// The digest arrives over SMTP with the listing, and one link that stops the alerts.
	const digest = await digestWith(account.email, listingName)
	await member.goto(linkIn(digest, '/unsubscribe/'))
	await expect(member.getByText('Stop all digest mail from the hub?')).toBeVisible({ timeout: 30_000 })
	await expect(member.getByText('the alerts of 1 saved search (the search itself stays on your account)')).toBeVisible()
	await expect(member.getByText('the news and events you follow')).toBeVisible()
	await expectAccessible(member)
	await member.getByRole('button', { name: 'Stop these mails' }).click()
	await expect(member.getByText('Done: you get no more digest mail.')).toBeVisible({ timeout: 30_000 })

	// The saved search stays, with its alerts off.
	await member.goto('/account/alerts?lang=en')
	await expect(
		member.getByRole('listitem').filter({ hasText: word }).getByLabel('Alerts').locator('option:checked'),
	).toHaveText('Off')
	await expect(
		member.getByRole('group', { name: 'News and events you follow' }).getByRole('radio', { name: 'Off' }),
	).toBeChecked()
})
