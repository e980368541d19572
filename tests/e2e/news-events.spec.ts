import { expect, test, type Browser } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'
import ICAL from 'ical.js'
import { expectAccessible } from './helpers/axe.ts'
import { demoAccounts, projectPage, signedInPage } from './helpers/session.ts'
import { settled } from './helpers/settled.ts'

// The hub's own news and events: a coordinator writes a news item and an
// event in English and Swedish and publishes them; a visitor reads both lists
// and both pages in both languages, takes the event into a calendar, and a
// feed reader and a calendar read the feeds. All projects share one
// database, so each names its own items. @phone

const visitor = (browser: Browser, javaScriptEnabled: boolean) => projectPage(browser, { javaScriptEnabled })

test('a coordinator publishes news and an event; visitors, feed readers and calendars get them @phone @staff', async ({
	browser,
}, testInfo) => {
	test.setTimeout(180_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const tag = `${testInfo.project.name} ${Date.now().toString(36)}`
	const news = {
		en: `Cell therapy course opens at the Innovation Station (${tag})`,
		sv: `Kurs i cellterapi startar på Innovation Station (${tag})`,
	}
	const event = { en: `ATMP breakfast seminar, spring (${tag})`, sv: `ATMP-frukostseminarium, vår (${tag})` }
	const nextYear = new Date().getUTCFullYear() + 1

	// ── The coordinator writes and publishes a news item.
	const coordinator = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	await coordinator.goto('/coordinator/news?lang=en')
	await expectAccessible(coordinator)
	await coordinator.getByRole('link', { name: 'Write a news item' }).click()
	await expect(coordinator.getByRole('heading', { level: 1, name: 'New news item' })).toBeVisible()
	await settled(coordinator)
	const english = coordinator.getByRole('group', { name: 'In English' })
	const swedish = coordinator.getByRole('group', { name: 'In Swedish' })
	// Half a language is refused, by its fields, and nothing is saved.
	await english.getByLabel('Title').fill(news.en)
	await coordinator.getByRole('button', { name: 'Save' }).click()
	await expect(english.getByText('Complete this language, or leave all of its fields empty.').first()).toBeVisible({
		timeout: 30_000,
	})
	await expectAccessible(coordinator)
	await english.getByLabel('Title').fill(news.en)
	await english.getByLabel('Lead').fill('A new course for GMP staff, taught on campus.')
	await english.getByLabel('Text').fill('Ten places.\n\nRead more on [the course page](https://example.org/course).')
	await swedish.getByLabel('Title').fill(news.sv)
	await swedish.getByLabel('Lead').fill('En ny kurs för GMP-personal, på campus.')
	await swedish.getByLabel('Text').fill('Tio platser.')
	await coordinator.getByRole('button', { name: 'Save' }).click()
	await expect(coordinator.getByText('Saved as a draft. Publish it when it is ready.')).toBeVisible({ timeout: 30_000 })
	await expectAccessible(coordinator)
	await coordinator.getByRole('button', { name: 'Publish' }).click()
	await expect(coordinator.getByText('Published: visitors can read it now.')).toBeVisible({ timeout: 30_000 })

	// ── … and an event.
	await coordinator.goto('/coordinator/events/new?lang=en')
	await settled(coordinator)
	await coordinator.getByRole('group', { name: 'In English' }).getByLabel('Title').fill(event.en)
	await coordinator
		.getByRole('group', { name: 'In English' })
		.getByLabel('Description')
		.fill('Coffee, talks; and questions.')
	await coordinator.getByRole('group', { name: 'In Swedish' }).getByLabel('Title').fill(event.sv)
	await coordinator.getByRole('group', { name: 'In Swedish' }).getByLabel('Description').fill('Kaffe och samtal.')
	await coordinator.getByLabel('Starts').fill(`${nextYear}-03-04T08:30`)
	await coordinator.getByLabel('Ends').fill(`${nextYear}-03-04T08:00`)
	await coordinator.getByLabel('Place', { exact: true }).fill('Innovation Station, Kuben')
	await coordinator.getByLabel('Organiser').fill('ATMP Flemingsberg')
	await coordinator.getByRole('button', { name: 'Save' }).click()
	await expect(coordinator.getByText('The end must come after the start.')).toBeVisible({ timeout: 30_000 })
	await coordinator.getByLabel('Ends').fill(`${nextYear}-03-04T10:00`)
	await coordinator.getByRole('button', { name: 'Save' }).click()
	await expect(coordinator.getByText('Saved as a draft. Publish it when it is ready.')).toBeVisible({ timeout: 30_000 })
	await expectAccessible(coordinator)
	await coordinator.getByRole('button', { name: 'Announce' }).click()
	await expect(coordinator.getByText('Announced: the event is on the events page')).toBeVisible({ timeout: 30_000 })
	await coordinator.context().close()

	// ── A visitor reads the news in English, then in Swedish.
	const page = await visitor(browser, javaScriptEnabled)
	await page.goto('/news?lang=en')
	await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible()
	await expectAccessible(page)
	await page.getByRole('link', { name: news.en }).click()
	await expect(page.getByRole('heading', { level: 1, name: news.en })).toBeVisible()
	await expect(page.getByRole('link', { name: 'the course page' })).toHaveAttribute(
		'href',
		'https://example.org/course',
	)
	await expectAccessible(page)
	await page.goto('/news?lang=sv')
	await expect(page.getByRole('heading', { level: 1, name: 'Nyheter' })).toBeVisible()
	await page.getByRole('link', { name: news.sv }).click()
	await expect(page.getByRole('heading', { level: 1, name: news.sv })).toBeVisible()
	await expectAccessible(page)

	// ── … and the events, in both languages, and takes the event into a calendar.
	await page.goto('/events?lang=sv')
	await expect(page.getByRole('heading', { level: 2, name: 'Kommande evenemang' })).toBeVisible()
	await page.getByRole('link', { name: event.sv }).click()
	await expect(page.getByRole('heading', { level: 1, name: event.sv })).toBeVisible()
	// 08:30 in Stockholm in March is winter time: CET.
	await expect(page.getByText(/08:30.*CET/).first()).toBeVisible()
	await expectAccessible(page)
	await page.goto('/events?lang=en')
	await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible()
	await expectAccessible(page)
	await page.getByRole('link', { name: event.en }).click()
	await expect(page.getByRole('heading', { level: 1, name: event.en })).toBeVisible()
	await expect(page.getByRole('definition').filter({ hasText: 'Innovation Station, Kuben' })).toBeVisible()
	await expectAccessible(page)
	const calendarHref = await page.getByRole('link', { name: 'Add to calendar (.ics)' }).getAttribute('href')
	const file = await page.request.get(calendarHref!)
	expect(file.headers()['content-type']).toBe('text/calendar; charset=utf-8')
	const vevent = new ICAL.Component(ICAL.parse(await file.text())).getFirstSubcomponent('vevent')!
	const calendarEvent = new ICAL.Event(vevent)
	expect(calendarEvent.summary).toBe(event.en)
	expect(calendarEvent.description).toBe('Coffee, talks; and questions.')
	expect(calendarEvent.startDate.toJSDate().toISOString()).toBe(`${nextYear}-03-04T07:30:00.000Z`)

	// ── A feed reader and a calendar subscription.
	const atom = await page.request.get('/news.atom?lang=sv')
	expect(atom.headers()['content-type']).toBe('application/atom+xml; charset=utf-8')
	const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(await atom.text()).feed
	const titles = [feed.entry]
		.flat()
		.map((entry: { title: string | { '#text': string } }) =>
			typeof entry.title === 'string' ? entry.title : entry.title['#text'],
		)
	expect(titles).toContain(news.sv)
	const all = await page.request.get('/events.ics?lang=en')
	const summaries = new ICAL.Component(ICAL.parse(await all.text()))
		.getAllSubcomponents('vevent')
		.map((component) => component.getFirstPropertyValue('summary'))
	expect(summaries).toContain(event.en)
	expect(summaries).toContain('ATMP breakfast seminar: from lab to clinic')
	await page.context().close()
})
