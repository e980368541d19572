import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from '@playwright/test'

// Screenshots of an event's registration box in each state, of the
// coordinator's list, and of the unsubscribe page. They need changes (an event
// with one place, a registration, a follow and a mail), so this is a short
// journey against a running demo portal with its development mailbox (no
// SMTP_URL, HUB_MODE=demo):
//   npx tsx docs/screens/shoot-registration.ts http://127.0.0.1:3000
// Each state on a desktop and a 390 px phone, in English and Swedish.

const base = process.argv[2] ?? 'http://127.0.0.1:3000'
const folder = path.dirname(fileURLToPath(import.meta.url))
const password = (who: string) => `demo-${who}-2026`
const email = (who: string) => `${who}@demo.atmp-flemingsberg.example`

async function signedIn(browser: Browser, who: string): Promise<Page> {
	const page = await (await browser.newContext({ locale: 'en-GB' })).newPage()
	await page.goto(`${base}/login?lang=en`)
	await page.waitForLoadState('networkidle')
	await page.getByLabel('E-mail').fill(email(who))
	await page.getByLabel('Password').fill(password(who))
	await page.getByRole('button', { name: 'Log in' }).click()
	await page.waitForURL((url) => !url.pathname.startsWith('/login'))
	return page
}

async function shoot(page: Page, name: string, target: string) {
	for (const viewport of [
		{ tag: 'desktop', width: 1280, height: 900 },
		{ tag: 'phone', width: 390, height: 844 },
	]) {
		await page.setViewportSize({ width: viewport.width, height: viewport.height })
		for (const lang of ['en', 'sv']) {
			await page.goto(`${base}${target}${target.includes('?') ? '&' : '?'}lang=${lang}`)
			await page.waitForLoadState('networkidle')
			const registration = page.locator('#registration-heading')
			if ((await registration.count()) && viewport.tag === 'phone') await registration.scrollIntoViewIfNeeded()
			const file = path.join(folder, `${name}-${viewport.tag}-${lang}.png`)
			await page.screenshot({ path: file, fullPage: viewport.tag === 'desktop' })
			console.log(file)
		}
	}
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' })
const stamp = Date.now().toString(36)

// A coordinator announces an event with one place.
const coordinator = await signedIn(browser, 'coordinator')
await coordinator.goto(`${base}/coordinator/events/new?lang=en`)
await coordinator.waitForLoadState('networkidle')
const nextYear = new Date().getUTCFullYear() + 1
await coordinator
	.getByRole('group', { name: 'In English' })
	.getByLabel('Title')
	.fill(`Meet the ATMP investors ${stamp}`)
await coordinator
	.getByRole('group', { name: 'In English' })
	.getByLabel('Description')
	.fill('Short pitches, then questions over coffee. **One seat** in this demo, to show the waiting list.')
await coordinator.getByRole('group', { name: 'In Swedish' }).getByLabel('Title').fill(`Möt ATMP-investerarna ${stamp}`)
await coordinator
	.getByRole('group', { name: 'In Swedish' })
	.getByLabel('Description')
	.fill('Korta presentationer och sedan frågor över en kopp kaffe.')
await coordinator.getByLabel('Starts').fill(`${nextYear}-02-10T09:00`)
await coordinator.getByLabel('Ends').fill(`${nextYear}-02-10T11:00`)
await coordinator.getByLabel('Place', { exact: true }).fill('Novum, Flemingsberg')
await coordinator.getByLabel('Organiser').fill('ATMP Flemingsberg')
await coordinator.getByLabel('Registration', { exact: true }).selectOption('portal')
await coordinator.getByLabel('Places').fill('1')
await coordinator.getByRole('button', { name: 'Save' }).click()
await coordinator.getByRole('button', { name: 'Announce' }).click()
await coordinator.getByText('Announced').first().waitFor()
const coordinatorPath = new URL(coordinator.url()).pathname
const eventPath = await coordinator.getByRole('link', { name: 'View on the site' }).getAttribute('href')
if (!eventPath) throw new Error('No link to the event page')

// A visitor: one place left, sign in to register.
const visitor = await (await browser.newContext({ locale: 'en-GB' })).newPage()
await shoot(visitor, 'event-registration-visitor', eventPath)

// A member takes the place, and follows news (for the unsubscribe page).
const member = await signedIn(browser, 'company-member')
await member.goto(`${base}${eventPath}?lang=en`)
await member.waitForLoadState('networkidle')
await member.getByRole('button', { name: 'Register' }).click()
await member.getByText('You are registered.').first().waitFor()
await shoot(member, 'event-registration-registered', eventPath)
await member.goto(`${base}/news?lang=en`)
await member.waitForLoadState('networkidle')
await member.getByRole('checkbox', { name: 'News' }).check()
await member.getByRole('button', { name: 'Save' }).click()
await member.getByText('Saved.').first().waitFor()
await shoot(member, 'news-following', '/news')

// Another finds it full, then waits.
const waiting = await signedIn(browser, 'company-admin')
await shoot(waiting, 'event-registration-full', eventPath)
await waiting.goto(`${base}${eventPath}?lang=en`)
await waiting.waitForLoadState('networkidle')
await waiting.getByRole('button', { name: 'Join the waiting list' }).click()
await waiting.getByText('on the waiting list').first().waitFor()
await shoot(waiting, 'event-registration-waiting', eventPath)
await shoot(coordinator, 'coordinator-event-registrations', coordinatorPath)

// The coordinator publishes news; the member's mail (in the development mailbox) has the unsubscribe link.
await coordinator.goto(`${base}/coordinator/news/new?lang=en`)
await coordinator.waitForLoadState('networkidle')
const newsTitle = `The investors' morning is full ${stamp}`
await coordinator.getByRole('group', { name: 'In English' }).getByLabel('Title').fill(newsTitle)
await coordinator.getByRole('group', { name: 'In English' }).getByLabel('Lead').fill('A waiting list is open.')
await coordinator.getByRole('group', { name: 'In English' }).getByLabel('Text').fill('Join it on the event page.')
await coordinator.getByRole('button', { name: 'Save' }).click()
await coordinator.getByRole('button', { name: 'Publish' }).click()
await coordinator.getByText('Published').first().waitFor()
const admin = await signedIn(browser, 'admin')
let link: string | undefined
for (let attempt = 0; attempt < 60 && !link; attempt++) {
	await admin.goto(`${base}/admin/mail?lang=en`)
	const mail = admin.getByRole('link', { name: newsTitle })
	if (await mail.count()) {
		await mail.first().click()
		link = (await admin.locator('main').innerText()).match(/https?:\/\/\S+\/unsubscribe\/[A-Za-z0-9_-]+/)?.[0]
	} else await admin.waitForTimeout(1000)
}
if (!link) throw new Error('The news mail with its unsubscribe link did not arrive')
const stranger = await (await browser.newContext({ locale: 'en-GB' })).newPage()
const unsubscribePath = new URL(link).pathname
await shoot(stranger, 'unsubscribe', unsubscribePath)
await stranger.goto(`${base}${unsubscribePath}?lang=en`)
await stranger.waitForLoadState('networkidle')
await stranger.getByRole('button', { name: 'Stop these mails' }).click()
await stranger.getByText('Done:').waitFor()
await shoot(stranger, 'unsubscribe-used', unsubscribePath)
await browser.close()
