import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { demoAccounts, projectPage, signedInPage } from './helpers/session.ts'
import { settled } from './helpers/settled.ts'

// The capacity editor (docs/decisions/042): a facility's operator adds a suite
// and a free window, the facility's page and search show it at once, and an
// overlapping window is refused beside its start date with nothing saved.
// Each project works on its own suite and years, far from the demo's windows,
// so the projects running side by side never find one another's windows.
// @phone

test.describe.configure({ timeout: 300_000 })

const yearOf: Record<string, number> = { chromium: 2190, 'chromium-no-js': 2192, phone: 2194 }

function results(page: Page) {
	return page.getByRole('region', { name: 'Results' })
}

test('a facility operator adds a suite and a free window; the page and search show it, an overlap is refused @phone', async ({
	browser,
}, testInfo) => {
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const year = yearOf[testInfo.project.name]
	if (!year) throw new Error(`no capacity year for project ${testInfo.project.name}`)
	const suiteName = `Journey suite ${testInfo.project.name}`
	const from = `${year}-03-01`
	const to = `${year}-08-31`
	const note = `Two operators on site (${testInfo.project.name})`

	const operator = await signedInPage(browser, demoAccounts.facilityMember, { javaScriptEnabled })
	await operator.goto('/listings/ref/fac-0002?lang=en')
	const facilityName = (await operator.getByRole('heading', { level: 1 }).textContent())?.trim() ?? ''
	expect(facilityName).not.toBe('')
	await operator.getByRole('link', { name: 'Edit capacity' }).click()
	await expect(operator.getByRole('heading', { level: 1, name: `Capacity of ${facilityName}` })).toBeVisible()
	await expectAccessible(operator)

	// A suite first: the form sits at the foot of the page.
	const addSuite = operator.getByRole('region', { name: 'Add a suite' })
	await settled(operator)
	await addSuite.getByLabel('Suite name').fill(suiteName)
	await addSuite.getByLabel('Cleanroom grade').selectOption('B')
	await addSuite.getByRole('button', { name: 'Add suite' }).click()
	const suite = operator.getByRole('article', { name: `${suiteName} (grade B)` })
	await expect(suite).toBeVisible({ timeout: 30_000 })
	await expect(suite.getByText('No windows in this suite yet.')).toBeVisible()

	// Then a free window in it.
	await settled(operator)
	await suite.getByLabel('From').fill(from)
	await suite.getByLabel('To').fill(to)
	await suite.getByLabel('State').selectOption('free')
	await suite.getByLabel('Note').fill(note)
	await suite.getByRole('button', { name: 'Add window' }).click()
	await expect(operator.getByText('The window is saved; the facility’s page and search show it.')).toBeVisible({
		timeout: 30_000,
	})
	await expect(suite.getByText(/^Free from 1 March \d{4} to 31 August \d{4}$/)).toBeVisible()

	// A second window that overlaps the first: refused beside its start date, and nothing is saved.
	await settled(operator)
	// The suite's last form is the one that adds a window (above it: the saved window's own form).
	const addWindow = suite.locator('form').last()
	await addWindow.getByLabel('From').fill(`${year}-08-01`)
	await addWindow.getByLabel('To').fill(`${year}-10-31`)
	await addWindow.getByLabel('State').selectOption('booked')
	await addWindow.getByRole('button', { name: 'Add window' }).click()
	const startDate = addWindow.getByLabel('From')
	await expect(startDate).toHaveAttribute('aria-invalid', 'true', { timeout: 30_000 })
	await expect(suite.getByText(/This overlaps another window of the suite/)).toBeVisible()
	await expectAccessible(operator)
	// Read again from the server: the first window stands alone.
	await operator.goto(operator.url())
	await expect(suite.getByText(/^Booked from/)).toHaveCount(0)
	await expect(suite.getByText(/^Free from 1 March \d{4} to 31 August \d{4}$/)).toHaveCount(1)

	// A visitor sees the window on the facility's calendar, in either language.
	const visitor = await projectPage(browser, { javaScriptEnabled })
	await visitor.goto('/listings/ref/fac-0002?lang=en')
	const calendar = visitor.getByRole('region', { name: 'Capacity' })
	await expect(calendar.getByRole('heading', { level: 3, name: `${suiteName} (grade B)` })).toBeVisible()
	await expect(calendar.getByText(`Free from 1 March ${year} to 31 August ${year}`)).toBeVisible()
	await expect(calendar.getByText(note)).toBeVisible()
	await expectAccessible(visitor)
	await visitor.goto('/listings/ref/fac-0002?lang=sv')
	const kalender = visitor.getByRole('region', { name: 'Kapacitet' })
	await expect(kalender.getByText(`Ledig från 1 mars ${year} till 31 augusti ${year}`)).toBeVisible()

	// Search by the address: free by a day inside the window finds the facility; a day before it does not.
	const found = (date: string) => `/search?type=facility&availableBy=${date}&lang=en`
	await expect(async () => {
		await visitor.goto(found(`${year}-05-15`))
		await expect(results(visitor).getByRole('heading', { name: facilityName })).toBeVisible({ timeout: 2_000 })
	}).toPass({ timeout: 30_000 })
	await expectAccessible(visitor)
	await visitor.goto(found(`${year}-02-27`))
	await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible()
	await expect(results(visitor).getByRole('heading', { name: facilityName })).toHaveCount(0)

	await visitor.context().close()
	await operator.context().close()
})
