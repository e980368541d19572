import { test, type Page } from '@playwright/test'

/**
 * Waits until a page that has loaded is ready for the journey's next step. With JavaScript that is when
 * the network has gone quiet: the page has hydrated and typing into it is kept. Without JavaScript nothing
 * happens after the load event, and waiting for a quiet network there is worse than useless: Chromium
 * refuses the page's module preloads, and now and then one of them is never reported as ended, so the
 * wait lasted until the journey's timeout (matchmaking and ask-the-hub, stop 24, always on the triage page).
 */
export async function settled(page: Page): Promise<void> {
	const javaScriptEnabled = test.info().project.use.javaScriptEnabled !== false
	await page.waitForLoadState(javaScriptEnabled ? 'networkidle' : 'load')
}
