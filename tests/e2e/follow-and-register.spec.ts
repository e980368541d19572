import { expect, test, type Browser, type Page } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { linkIn, receivedMail, waitForMail } from './helpers/mail.ts'
import { demoAccounts, projectPage, signedInPage } from './helpers/session.ts'
import { settled } from './helpers/settled.ts'

// Following events and registering for one: Ada follows the hub's events
// (signing up on the way, in English); a coordinator announces an event with
// one place; Ada gets the mail and takes the place. Bo signs up from the
// event's page in Swedish and lands on the waiting list; Ada cancels, Bo
// moves up and is mailed. Ada stops the mails from her mail's link, and the
// next event mails Bo but not her. With and without JavaScript, on a phone.
// @phone

// The outbox worker shares two cores with everything else the machine runs.
const mailWait = 90_000
test.describe.configure({ timeout: 300_000 })

async function ready(page: Page) {
	await settled(page)
}

const texts = {
	en: {
		createAccount: 'Create an account',
		name: 'Name',
		email: 'E-mail address',
		password: 'Password',
		create: 'Create account',
		inbox: 'Check your inbox',
		confirmSubject: 'Confirm your e-mail address',
		confirm: 'Confirm my e-mail address',
		confirmed: 'Your e-mail address is confirmed',
		logIn: 'Log in',
	},
	sv: {
		createAccount: 'Skapa ett konto',
		name: 'Namn',
		email: 'E-postadress',
		password: 'Lösenord',
		create: 'Skapa konto',
		inbox: 'Titta i din inkorg',
		confirmSubject: 'Bekräfta din e-postadress',
		confirm: 'Bekräfta min e-postadress',
		confirmed: 'Din e-postadress är bekräftad',
		logIn: 'Logga in',
	},
}

/** From a "sign in to …" link: sign up, confirm the address from the mail, log in, and land back where it started. */
async function signUpOnTheWay(
	page: Page,
	lang: 'en' | 'sv',
	person: { name: string; email: string; password: string },
) {
	const say = texts[lang]
	await expect(page).toHaveURL(/\/login\?redirectTo=/)
	await page.getByRole('link', { name: say.createAccount }).click()
	await ready(page)
	await page.getByLabel(say.name).fill(person.name)
	await page.getByLabel(say.email).fill(person.email)
	await page.getByLabel(say.password).fill(person.password)
	await page.getByRole('button', { name: say.create }).click()
	await expect(page.getByRole('heading', { level: 1, name: say.inbox })).toBeVisible({ timeout: 30_000 })
	const confirmation = await waitForMail({ to: person.email, subject: say.confirmSubject, timeout: mailWait })
	await page.goto(linkIn(confirmation, '/verify-email?token='))
	await page.getByRole('button', { name: say.confirm }).click()
	await expect(page.getByText(say.confirmed)).toBeVisible({ timeout: 30_000 })
	await page.getByRole('main').getByRole('link', { name: say.logIn }).click()
	await ready(page)
	await page.getByLabel(say.email).fill(person.email)
	await page.getByLabel(say.password, { exact: true }).fill(person.password)
	await page.getByRole('button', { name: say.logIn }).click()
	await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 })
}

// In November: the events journey (news-events.spec.ts) looks for its March event on the first
// page of upcoming events, which lists the ten soonest.
async function announceEvent(browser: Browser, javaScriptEnabled: boolean, title: { en: string; sv: string }) {
	const nextYear = new Date().getUTCFullYear() + 1
	const coordinator = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	await coordinator.goto('/coordinator/events/new?lang=en')
	await ready(coordinator)
	const english = coordinator.getByRole('group', { name: 'In English' })
	const swedish = coordinator.getByRole('group', { name: 'In Swedish' })
	await english.getByLabel('Title').fill(title.en)
	await english.getByLabel('Description').fill('A morning of short talks, with coffee.')
	await swedish.getByLabel('Title').fill(title.sv)
	await swedish.getByLabel('Description').fill('En förmiddag med korta föredrag och kaffe.')
	await coordinator.getByLabel('Starts').fill(`${nextYear}-11-10T09:00`)
	await coordinator.getByLabel('Ends').fill(`${nextYear}-11-10T11:00`)
	await coordinator.getByLabel('Place', { exact: true }).fill('Novum, Flemingsberg')
	await coordinator.getByLabel('Organiser').fill('ATMP Flemingsberg')
	await coordinator.getByLabel('Registration', { exact: true }).selectOption('portal')
	await coordinator.getByLabel('Places').fill('1')
	await coordinator.getByRole('button', { name: 'Save' }).click()
	await expect(coordinator.getByText('Saved as a draft. Publish it when it is ready.')).toBeVisible({ timeout: 30_000 })
	await coordinator.getByRole('button', { name: 'Announce' }).click()
	await expect(coordinator.getByText('Announced: the event is on the events page')).toBeVisible({ timeout: 30_000 })
	return coordinator
}

test('a member follows events, takes the last place, a second waits and moves up, and a mail link unsubscribes @phone', async ({
	browser,
}, testInfo) => {
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const run = `${testInfo.project.name.replace(/[^a-z]/g, '')}${Date.now().toString(36)}`
	const ada = { name: 'Ada Follower', email: `ada-${run}@example.org`, password: 'a long walk to the seminar' }
	const bo = { name: 'Bo Väntare', email: `bo-${run}@example.org`, password: 'en lång väg till seminariet' }
	const first = { en: `Breakfast seminar for ${run}`, sv: `Frukostseminarium för ${run}` }

	// ── Ada, a visitor, wants to hear of new events: she signs up on the way and comes back to follow them.
	const adaPage = await projectPage(browser, { javaScriptEnabled })
	await adaPage.goto('/events?lang=en')
	await expectAccessible(adaPage)
	await adaPage.getByRole('link', { name: 'Sign in to follow the hub’s news and events by mail' }).click()
	await signUpOnTheWay(adaPage, 'en', ada)
	await expect(adaPage).toHaveURL(/\/events/)
	await ready(adaPage)
	await adaPage.getByRole('checkbox', { name: 'Events' }).check()
	await adaPage.getByRole('button', { name: 'Save' }).click()
	await expect(adaPage.getByText('Saved. You will get a mail when something you follow is published.')).toBeVisible({
		timeout: 30_000,
	})
	await expect(adaPage.getByRole('checkbox', { name: 'Events' })).toBeChecked()
	await expectAccessible(adaPage)

	// ── A coordinator announces an event with one place; Ada is mailed and takes the place.
	const coordinator = await announceEvent(browser, javaScriptEnabled, first)
	const announcement = await waitForMail({
		to: ada.email,
		subject: `New event at ATMP Flemingsberg: ${first.en}`,
		timeout: mailWait,
	})
	await adaPage.goto(linkIn(announcement, '/events/'))
	await expect(adaPage.getByRole('heading', { level: 1, name: first.en })).toBeVisible()
	await expect(adaPage.getByText('1 place left of 1.')).toBeVisible()
	await ready(adaPage)
	await adaPage.getByRole('button', { name: 'Register' }).click()
	await expect(adaPage.getByText('You are registered.').first()).toBeVisible({ timeout: 30_000 })
	await expect(adaPage.getByText('All places are taken.')).toBeVisible()
	await expectAccessible(adaPage)
	const eventPath = new URL(adaPage.url()).pathname

	// ── Bo opens the event in Swedish, signs up on the way and lands on the waiting list.
	const boPage = await projectPage(browser, { javaScriptEnabled })
	await boPage.goto(`${eventPath}?lang=sv`)
	await expect(boPage.getByRole('heading', { level: 1, name: first.sv })).toBeVisible()
	await expect(boPage.getByText(/^Fullt/)).toBeVisible()
	await expectAccessible(boPage)
	await boPage.getByRole('link', { name: 'Logga in för att anmäla dig' }).click()
	await signUpOnTheWay(boPage, 'sv', bo)
	await expect(boPage).toHaveURL(new RegExp(`${eventPath}$`))
	await ready(boPage)
	await boPage.getByRole('button', { name: 'Ställ mig på väntelistan' }).click()
	await expect(boPage.getByText('Du har plats 1 på väntelistan.')).toBeVisible({ timeout: 30_000 })
	await expectAccessible(boPage)

	// ── The coordinator sees both, in order.
	await coordinator.goto('/coordinator/events?lang=en')
	await coordinator.getByRole('link', { name: first.en }).click()
	const registrations = coordinator.getByRole('region', { name: 'Registrations' })
	await expect(registrations.getByRole('table', { name: 'Registered' })).toContainText(ada.email)
	await expect(registrations.getByRole('table', { name: 'Waiting list' })).toContainText(bo.email)
	await expectAccessible(coordinator)

	// ── Ada cancels; Bo moves up and is mailed in Swedish.
	await ready(adaPage)
	await adaPage.getByRole('button', { name: 'Cancel my registration' }).click()
	await expect(adaPage.getByText('Your registration is cancelled.')).toBeVisible({ timeout: 30_000 })
	await expect(adaPage.getByRole('button', { name: 'Join the waiting list' })).toBeVisible()
	await waitForMail({ to: bo.email, subject: `Du har fått en plats på ${first.sv}`, timeout: mailWait })
	await boPage.reload()
	await expect(boPage.getByText('Du är anmäld.').first()).toBeVisible()

	// ── Bo follows events too (in Swedish); Ada stops the mails from her mail's link, without signing in.
	await ready(boPage)
	await boPage.goto('/events?lang=sv')
	await ready(boPage)
	await boPage.getByRole('checkbox', { name: 'Evenemang' }).check()
	await boPage.getByRole('button', { name: 'Spara' }).click()
	await expect(boPage.getByText('Sparat. Du får ett mejl när något du följer publiceras.')).toBeVisible({
		timeout: 30_000,
	})
	const stranger = await projectPage(browser, { javaScriptEnabled })
	await stranger.goto(linkIn(announcement, '/unsubscribe/'))
	await expect(stranger.getByRole('heading', { level: 1, name: 'Stop mail about news and events' })).toBeVisible()
	await expect(stranger.getByText('This address follows: Events.')).toBeVisible()
	await expectAccessible(stranger)
	await ready(stranger)
	await stranger.getByRole('button', { name: 'Stop these mails' }).click()
	await expect(stranger.getByText('Done: you will get no more mail about the hub’s news and events.')).toBeVisible({
		timeout: 30_000,
	})
	await expectAccessible(stranger)

	// ── The next event reaches Bo, and not Ada.
	const second = { en: `Afternoon workshop for ${run}`, sv: `Eftermiddagsworkshop för ${run}` }
	await (await announceEvent(browser, javaScriptEnabled, second)).context().close()
	await waitForMail({ to: bo.email, subject: `Nytt evenemang på ATMP Flemingsberg: ${second.sv}`, timeout: mailWait })
	const toAda = (await receivedMail()).filter((mail) => mail.to.includes(ada.email)).map((mail) => mail.subject)
	expect(toAda).not.toContain(`New event at ATMP Flemingsberg: ${second.en}`)

	for (const page of [adaPage, boPage, stranger, coordinator]) await page.context().close()
})
