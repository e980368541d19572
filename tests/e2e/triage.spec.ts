import { expect, test, type Page } from '@playwright/test'
import { demoAccounts, signedInPage } from './helpers/session.ts'
import { expectAccessible } from './helpers/axe.ts'
import { settled } from './helpers/settled.ts'

// The coordinator's side of matchmaking, against the demo request seeded at
// start-up: open it from the queue, read the suggestions and their reasons,
// and send it to one provider that has portal accounts. Both projects share
// one server and database, so each sends to its own provider: with
// JavaScript to Grantorp's cell therapy suite (a suggestion), without it to
// Glömsta Vector Sciences (not suggested: found through search and added).

const requestTitle = 'GMP manufacturing slot for an autologous CAR-T product, phase I'

/** A listing's name inside a pattern: names may hold brackets or dots. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

async function openDemoRequest(page: Page) {
	await page.goto('/coordinator?lang=en')
	await page
		.getByRole('navigation', { name: 'Coordinator pages' })
		.getByRole('link', { name: 'Match requests' })
		.click()
	await expect(page.getByRole('heading', { level: 1, name: 'Match requests' })).toBeVisible()
	await expectAccessible(page)
	await page.getByRole('link', { name: requestTitle }).click()
	await expect(page.getByRole('heading', { level: 1, name: requestTitle })).toBeVisible()
	await expectAccessible(page)
	await settled(page)
}

test('a coordinator reads the suggestions and sends the demo request to a provider @staff', async ({
	browser,
}, testInfo) => {
	test.setTimeout(90_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const provider = javaScriptEnabled ? 'Grantorp Cell Therapy Suite 2' : 'Glömsta Vector Sciences AB'
	const page = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	await openDemoRequest(page)

	// The request in full, and suggestions that say why.
	const requestPanel = page.getByRole('region', { name: 'The request' })
	await expect(requestPanel).toContainText('QP release for about 20 patient batches')
	await expect(requestPanel).toContainText('Grade B')
	const suggestions = page.getByRole('region', { name: 'Suggested providers' })
	await expect(suggestions.getByText('Offers GMP manufacturing').first()).toBeVisible()
	await expect(suggestions.getByText(/^Match \d+%$/).first()).toBeVisible()
	// Providers nobody could answer for are shown apart, never among those that can be sent the request.
	const notInPortal = page.getByRole('region', { name: 'Not in the portal yet' })
	await expect(notInPortal.getByText('Nobody at this provider has a portal account yet').first()).toBeVisible()
	await expect(suggestions.getByText('Nobody at this provider has a portal account yet')).toHaveCount(0)

	// Sending to nobody is refused, and says what to do.
	await page.getByRole('button', { name: 'Send to the selected providers' }).click()
	await expect(page.getByText('Choose at least one provider.').first()).toBeVisible()

	if (!javaScriptEnabled) {
		// Every provider with a portal account that fits is suggested: set this one aside, then find it
		// through the directory's search and add it again.
		await suggestions.getByRole('button', { name: new RegExp(`^Remove.*${literal(provider)}`) }).click()
		await expect(page.getByRole('status')).toContainText('The candidate was set aside.')
		await expect(page.getByRole('checkbox', { name: `Send to ${provider}` })).toHaveCount(0)
		await page.getByRole('searchbox', { name: 'Search the directory' }).fill('Glömsta')
		await page.getByRole('button', { name: 'Search', exact: true }).click()
		await expect(page).toHaveURL(/\?q=Gl%C3%B6msta/)
		// The search result's own button, not "Add back" in the list of those set aside.
		await page.getByRole('button', { name: new RegExp(`^Add(?! back).*${literal(provider)}`) }).click()
		await expect(page.getByRole('status')).toContainText('The provider is now on the list of candidates.')
		await expect(page).toHaveURL(/q=Gl%C3%B6msta&done=added/)
	}

	// A second tab, opened before sending, stands for a second coordinator looking at the same request.
	const stalePage = await page.context().newPage()
	await stalePage.goto(page.url())
	await settled(stalePage)

	await page.getByRole('checkbox', { name: `Send to ${provider}` }).check()
	await page.getByLabel('Note to the providers (optional)').fill('You have grade B suites free in 2027.')
	await page.getByRole('button', { name: 'Send to the selected providers' }).click()
	await expect(page).toHaveURL(/done=routed&count=1/)
	await expectAccessible(page)
	await expect(page.getByRole('status')).toContainText('The request was sent to 1 provider.')

	const sentTo = page.getByRole('region', { name: 'Sent to' })
	const routeCard = sentTo
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 3, name: provider }) })
	await expect(routeCard).toContainText('Waiting for an answer')
	await expect(routeCard).toContainText('You have grade B suites free in 2027.')
	await expect(page.getByRole('checkbox', { name: `Send to ${provider}` })).toHaveCount(0)
	await expect(suggestions.getByText('Sent: Waiting for an answer').first()).toBeVisible()

	// Reloading shows the result; it does not send the request again.
	await page.reload()
	await expect(sentTo.getByRole('heading', { level: 3, name: provider })).toHaveCount(1)

	// The second coordinator's page still offers the provider; sending is refused with the reason.
	await stalePage.getByRole('checkbox', { name: `Send to ${provider}` }).check()
	await stalePage.getByRole('button', { name: 'Send to the selected providers' }).click()
	await expect(stalePage.getByRole('alert').first()).toContainText(
		'The request was already sent to one of these providers.',
	)
	await expect(
		stalePage.getByRole('region', { name: 'Sent to' }).getByRole('heading', { level: 3, name: provider }),
	).toHaveCount(1)

	if (javaScriptEnabled) {
		// Setting a candidate aside and adding it back (buttons of the routing form that submit small forms of their own).
		const unreachable = notInPortal
			.getByRole('listitem')
			.filter({ hasText: 'Nobody at this provider has a portal account yet' })
			.first()
		const removeButton = unreachable.getByRole('button', { name: /^Remove/ })
		const name = ((await removeButton.textContent()) ?? '').replace(/^Remove:\s*/, '').trim()
		expect(name).not.toBe('')
		await removeButton.click()
		await expect(page.getByRole('status')).toContainText('The candidate was set aside.')
		const removed = page.getByRole('region', { name: 'Removed candidates' })
		await expect(removed).toContainText(name)
		await removed.getByRole('button', { name: new RegExp(`^Add back.*${literal(name)}`) }).click()
		await expect(page.getByRole('status')).toContainText('The provider is now on the list of candidates.')
		await expect(notInPortal.getByRole('button', { name: new RegExp(`^Remove.*${literal(name)}`) })).toBeVisible()
	} else {
		await page.getByRole('button', { name: 'Rank again' }).click()
		await expect(page.getByRole('status')).toContainText('Suggestions were ranked again with the current directory.')
		await expect(suggestions.getByText('Offers GMP manufacturing').first()).toBeVisible()
	}

	// The queue shows the request under way.
	await page.goto('/coordinator/requests?lang=en')
	await expect(page.getByRole('row', { name: new RegExp(literal(requestTitle)) })).toContainText('Sent to providers')

	await page.context().close()
})
