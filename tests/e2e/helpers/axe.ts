import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

// The journeys check each page they pass through against WCAG 2.1 A and AA
// with axe. Serious and critical findings fail the journey; minor and
// moderate ones are left to review.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const failingImpacts = new Set(['serious', 'critical'])

export async function expectAccessible(page: Page): Promise<void> {
	const { target, close } = await analysable(page)
	try {
		const { violations } = await new AxeBuilder({ page: target }).withTags(wcagTags).analyze()
		const failing = violations
			.filter((violation) => failingImpacts.has(violation.impact ?? ''))
			.map((violation) => ({
				rule: violation.id,
				impact: violation.impact,
				help: violation.help,
				where: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
			}))
		expect(failing, `axe on ${page.url()}`).toEqual([])
	} finally {
		await close()
	}
}

// axe runs inside the page, which a browser without JavaScript cannot do. The
// journeys without JavaScript still get checked: the page as that visitor has
// it (after a post too) is copied, without its scripts, into a page that may
// run axe, at the same size and with the same style sheets.
async function analysable(page: Page): Promise<{ target: Page; close: () => Promise<void> }> {
	if (test.info().project.use.javaScriptEnabled !== false) return { target: page, close: async () => {} }
	const browser = page.context().browser()
	if (!browser) throw new Error('axe without JavaScript needs the page to belong to a browser')
	const context = await browser.newContext({ viewport: page.viewportSize(), javaScriptEnabled: true })
	const copy = await context.newPage()
	const origin = new URL(page.url()).origin
	const html = (await page.content())
		.replace(/<script\b[\s\S]*?<\/script>/gi, '')
		.replace(/<head>/i, `<head><base href="${origin}/">`)
	await copy.setContent(html, { waitUntil: 'load' })
	return { target: copy, close: () => context.close() }
}
