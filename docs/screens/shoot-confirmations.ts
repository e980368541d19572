import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Page } from '@playwright/test'

// The questions irreversible steps ask (a first post answered with a
// confirmation panel), which shoot.ts cannot reach by an address alone:
//   npx tsx docs/screens/shoot-confirmations.ts http://127.0.0.1:3000
// Asks only; never confirms, so the demo data stays as it was.

const base = process.argv[2] ?? 'http://127.0.0.1:3000'
const folder = path.dirname(fileURLToPath(import.meta.url))

async function logIn(page: Page, email: string, password: string) {
	await page.goto(`${base}/login?lang=en`)
	await page.waitForLoadState('networkidle')
	await page.getByLabel('E-mail').fill(email)
	await page.getByLabel('Password').fill(password)
	await page.getByRole('button', { name: 'Log in' }).click()
	await page.waitForURL((url) => !url.pathname.startsWith('/login'))
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' })
const context = await browser.newContext({ locale: 'en-GB' })
const page = await context.newPage()
await logIn(page, 'company-admin@demo.atmp-flemingsberg.example', 'demo-company-admin-2026')
for (const [tag, width, height] of [
	['desktop', 1280, 900],
	['phone', 390, 844],
] as const) {
	await page.setViewportSize({ width, height })
	for (const lang of ['en', 'sv'] as const) {
		await page.goto(`${base}/organizations/visattra-cell-therapeutics-ab/members?lang=${lang}`)
		await page.waitForLoadState('networkidle')
		await page.getByRole('listitem').filter({ hasText: 'Company Member (demo)' }).getByRole('button').click()
		const question = page.locator('#remove-confirm')
		await question.waitFor()
		await question.scrollIntoViewIfNeeded()
		const file = path.join(folder, `confirm-remove-member-${tag}-${lang}.png`)
		await page.screenshot({ path: file })
		console.log(file)
	}
}
await browser.close()
