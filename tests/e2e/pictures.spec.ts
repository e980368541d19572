import { expect, test, type Locator, type Page } from '@playwright/test'
import sharp from 'sharp'
import { expectAccessible } from './helpers/axe.ts'
import { demoAccounts, signedInPage } from './helpers/session.ts'
import { settled } from './helpers/settled.ts'

// A listing's picture from the member's file chooser to a visitor's screen,
// against the seeded demo data: a member of Grantorp Biologics gives one of
// the company's listings a new picture. A text file named .png and a picture
// without words are refused beside their fields with nothing sent for review;
// the accepted picture waits for a coordinator, and once approved a visitor
// sees it, with the member's words as its text alternative, on the listing's
// page and on its card. Each project edits its own listing, so the runs
// never review each other's proposals.

const listingOf: Record<string, { name: string; list: string }> = {
	chromium: { name: 'Grantorp Cell Therapy Suite 2', list: '/facilities' },
	'chromium-no-js': { name: 'Grantorp Vector Plant, Suite 1', list: '/facilities' },
	phone: { name: 'Grantorp Biologics AB', list: '/organizations' },
}

/** A small PNG, a different colour for every run, so every run stores a new picture. */
async function pngFixture(): Promise<Buffer> {
	const shade = Date.now() % 200
	return sharp({ create: { width: 96, height: 64, channels: 3, background: { r: 20, g: 60 + shade / 4, b: shade } } })
		.png()
		.toBuffer()
}

async function submit(page: Page) {
	await page.getByRole('button', { name: 'Submit for review' }).click()
}

/** The picture is shown within `where`, and really served: the address its <img> names answers with WebP. */
async function expectServed(page: Page, where: Locator, alt: string) {
	const image = where.getByRole('img', { name: alt, exact: true })
	await expect(image).toBeVisible()
	const src = await image.getAttribute('src')
	expect(src).toMatch(/^\/images\/[0-9a-f]{32}-\d+x\d+-(1200|320)\.webp$/)
	const answer = await page.request.get(src!)
	expect(answer.status()).toBe(200)
	expect(answer.headers()['content-type']).toBe('image/webp')
}

test('a member gives a listing a picture, a coordinator approves it, and visitors see it with its words @phone', async ({
	browser,
}, testInfo) => {
	// Seven axe checks and three signed-in people: on a busy machine this takes minutes.
	test.setTimeout(240_000)
	const javaScriptEnabled = testInfo.project.use.javaScriptEnabled !== false
	const { name, list } = listingOf[testInfo.project.name] ?? listingOf.chromium!
	const alt = `Logo of ${name}, run ${Date.now().toString(36)}`

	// The member opens the listing's edit form.
	const member = await signedInPage(browser, demoAccounts.facilityMember, { javaScriptEnabled })
	await member.goto('/my-listings?lang=en')
	const row = member.getByRole('article', { name })
	await expect(row).not.toContainText('waiting for review')
	// A click while the page is still hydrating can be lost (CI saw the phone project stay on the
	// list): the edit link is clicked once the page has settled.
	await settled(member)
	await row.getByRole('link', { name: /^Edit\s*:/ }).click()
	await expect(member.getByRole('heading', { level: 1 })).toContainText(name)
	await expectAccessible(member)
	await settled(member)
	const file = member.getByLabel('Picture file')
	const words = member.getByLabel('What the picture shows')

	// A text file that calls itself a PNG: refused by the field, nothing sent for review.
	await file.setInputFiles({
		name: 'logo.png',
		mimeType: 'image/png',
		buffer: Buffer.from('This is a text file, whatever its name says.'),
	})
	await words.fill(alt)
	await submit(member)
	await expect(member.getByRole('alert').filter({ hasText: 'problem' })).toBeVisible({ timeout: 30_000 })
	await expect(file).toHaveAttribute('aria-invalid', 'true')
	await expect(file).toHaveAccessibleDescription(/Choose a JPEG, PNG or WebP picture\./)
	await expect(words).toHaveValue(alt)
	await expectAccessible(member)

	// A picture without words for those who cannot see it: refused by the words' field.
	await settled(member)
	await member
		.getByLabel('Picture file')
		.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await pngFixture() })
	await member.getByLabel('What the picture shows').fill('')
	await submit(member)
	await expect(member.getByLabel('What the picture shows')).toHaveAttribute('aria-invalid', 'true', { timeout: 30_000 })
	await expect(member.getByLabel('What the picture shows')).toHaveAccessibleDescription(/This field is required\./)
	await expectAccessible(member)

	// Neither attempt reached the coordinators.
	await member.goto('/my-listings?lang=en')
	await expect(member.getByRole('article', { name })).not.toContainText('waiting for review')

	// Now a real picture with its words.
	await member
		.getByRole('article', { name })
		.getByRole('link', { name: /^Edit\s*:/ })
		.click()
	await settled(member)
	await member
		.getByLabel('Picture file')
		.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await pngFixture() })
	await member.getByLabel('What the picture shows').fill(alt)
	await submit(member)
	await expect(member).toHaveURL(/\/my-listings\?submitted=/, { timeout: 30_000 })
	await expect(member.getByRole('status')).toContainText('Sent for review')
	await expect(member.getByRole('article', { name })).toContainText('waiting for review')

	// Not public while it waits.
	const visitor = await (
		await browser.newContext({ ...phoneOrDesktop(testInfo.project.use), locale: 'en-GB', javaScriptEnabled })
	).newPage()
	await visitor.goto(`${list}?lang=en`)
	await expect(visitor.getByRole('img', { name: alt })).toHaveCount(0)

	// A coordinator sees the picture in the review and approves it.
	const coordinator = await signedInPage(browser, demoAccounts.coordinator, { javaScriptEnabled })
	await coordinator.goto('/coordinator/reviews?lang=en')
	await coordinator.getByRole('link', { name, exact: true }).click()
	await expect(coordinator.getByRole('heading', { level: 1, name: `Review: ${name}` })).toBeVisible()
	await expect(coordinator.getByRole('table')).toContainText(alt)
	await expect(coordinator.getByRole('table').locator('img[src^="/images/"]').first()).toBeVisible()
	await expectAccessible(coordinator)
	await coordinator.getByRole('button', { name: 'Approve and publish' }).click()
	await expect(coordinator).toHaveURL(/\/coordinator\/reviews\?done=approved/, { timeout: 30_000 })
	await expect(coordinator.getByRole('status')).toContainText('Approved and published')

	// The visitor sees it on the listing's card in the directory's list (on its first page, in name order)…
	const cardOf = (page: Page) =>
		page
			.getByRole('main')
			.getByRole('article')
			.filter({ has: page.getByRole('link', { name, exact: true }) })
	await visitor.goto(`${list}?lang=en`)
	await expectServed(visitor, cardOf(visitor), alt)
	await expectAccessible(visitor)

	// …on its card in the search…
	await visitor.goto(`/search?q=${encodeURIComponent(name)}&lang=en`)
	await expectServed(visitor, cardOf(visitor).first(), alt)
	await expectAccessible(visitor)

	// …and on the listing's own page.
	await cardOf(visitor).first().getByRole('link', { name, exact: true }).click()
	await expect(visitor.getByRole('heading', { level: 1, name })).toBeVisible()
	await expectServed(visitor, visitor.getByRole('main'), alt)
	await expectAccessible(visitor)

	await member.context().close()
	await coordinator.context().close()
	await visitor.context().close()
})

/** The project's device, so the visitor on the phone project is on a phone too. */
function phoneOrDesktop(use: { viewport?: unknown; userAgent?: unknown; isMobile?: unknown; hasTouch?: unknown }) {
	const { viewport, userAgent, isMobile, hasTouch } = use as {
		viewport?: { width: number; height: number } | null
		userAgent?: string
		isMobile?: boolean
		hasTouch?: boolean
	}
	return { viewport, userAgent, isMobile, hasTouch }
}
