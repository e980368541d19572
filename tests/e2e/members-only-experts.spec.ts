import { expect, test, type Page } from '@playwright/test'
import { expectAccessible } from './helpers/axe.ts'
import { demoAccounts, projectPage, signedInPage } from './helpers/session.ts'

// Experts may keep their profile to members. A member finds them on /experts
// and by name; a visitor finds neither them nor a count that gives them away.
// Which expert is members-only is read from the pages, not from the demo data.

function results(page: Page) {
	return page.getByRole('region', { name: 'Results' })
}

async function total(page: Page): Promise<number> {
	const status = await results(page).getByRole('status').textContent({ timeout: 30_000 })
	const number = /(\d[\d,\s]*)/.exec(status ?? '')?.[1]?.replace(/\D/g, '')
	return number ? Number(number) : 0
}

async function names(page: Page, path: string): Promise<string[]> {
	await page.goto(path)
	return results(page).getByRole('article').getByRole('heading').allTextContents()
}

test('@phone members find members-only experts on /experts and by name; visitors never do', async ({
	browser,
	javaScriptEnabled,
}) => {
	test.setTimeout(180_000)
	const visitor = await projectPage(browser, { javaScriptEnabled })
	const member = await signedInPage(browser, demoAccounts.facilityMember, { javaScriptEnabled })

	await visitor.goto('/experts?lang=en')
	await expect(visitor.getByRole('heading', { level: 1, name: 'Experts' })).toBeVisible()
	const visitorTotal = await total(visitor)
	await member.goto('/experts?lang=en')
	const memberTotal = await total(member)
	expect(memberTotal).toBeGreaterThan(visitorTotal)
	await expectAccessible(member)

	// A members-only expert: on the member's list, not on the visitor's (both sorted by name).
	const pages = Math.ceil(memberTotal / 20)
	let hidden: string | undefined
	for (let number = 1; number <= pages && !hidden; number++) {
		const path = `/experts?lang=en&sort=name&page=${number}`
		// Without the hidden ones the visitor's list is shorter: a public name may have moved one page up.
		const seen = new Set(await names(visitor, path))
		if (number > 1)
			for (const name of await names(visitor, `/experts?lang=en&sort=name&page=${number - 1}`)) seen.add(name)
		hidden = (await names(member, path)).find((name) => !seen.has(name))
	}
	expect(hidden, 'a members-only expert on the member’s list').toBeDefined()

	const query = `/experts?lang=en&q=${encodeURIComponent(hidden!)}`
	await member.goto(query)
	await expect(results(member).getByRole('article').getByRole('heading', { name: hidden, exact: true })).toBeVisible()
	await visitor.goto(query)
	await expect(results(visitor).getByRole('heading', { name: `No results for “${hidden!}”` })).toBeVisible()
	await expect(results(visitor).getByRole('article').getByRole('heading', { name: hidden, exact: true })).toHaveCount(0)
	await expectAccessible(visitor)
})
