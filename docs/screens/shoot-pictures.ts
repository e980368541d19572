import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { chromium } from '@playwright/test'

// Screenshots of a news item with its picture, and of the news form's picture
// section. They need a change (a news item with a picture), so this is a short
// journey against a running demo portal:
//   npx tsx docs/screens/shoot-pictures.ts http://127.0.0.1:3000
// Each on a desktop and a 390 px phone, in English and Swedish.

const base = process.argv[2] ?? 'http://127.0.0.1:3000'
const folder = path.dirname(fileURLToPath(import.meta.url))
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' })
const page = await (await browser.newContext({ locale: 'en-GB' })).newPage()
await page.goto(`${base}/login?lang=en`)
await page.waitForLoadState('networkidle')
await page.getByLabel('E-mail').fill('coordinator@demo.atmp-flemingsberg.example')
await page.getByLabel('Password').fill('demo-coordinator-2026')
await page.getByRole('button', { name: 'Log in' }).click()
await page.waitForURL((url) => !url.pathname.startsWith('/login'))

// A picture drawn here: a gradient with a few "desks", so the shot shows how a photo sits on the page.
const width = 1200
const height = 700
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
	<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0f766e"/><stop offset="1" stop-color="#99f6e4"/></linearGradient></defs>
	<rect width="100%" height="100%" fill="url(#g)"/>
	${[0, 1, 2, 3].map((index) => `<rect x="${120 + index * 260}" y="420" width="200" height="40" rx="6" fill="#f8fafc"/>`).join('')}
</svg>`
const picture = await sharp(Buffer.from(svg)).jpeg().toBuffer()

const stamp = Date.now().toString(36)
await page.goto(`${base}/coordinator/news/new?lang=en`)
await page.waitForLoadState('networkidle')
const english = page.getByRole('group', { name: 'In English' })
await english.getByLabel('Title').fill(`Open desks at the Innovation Station ${stamp}`)
await english.getByLabel('Lead').fill('Twenty desks for ATMP start-ups open in March, a short walk from Novum.')
await english.getByLabel('Text').fill('The desks sit on **floor 3**, with meeting rooms and a lab next door.')
await page.getByLabel('Picture file').setInputFiles({ name: 'desks.jpg', mimeType: 'image/jpeg', buffer: picture })
await page.getByLabel('What the picture shows').fill('Four white desks against a green wall')
await page.getByRole('button', { name: 'Save' }).click()
await page.waitForURL(/done=created/)
await page.getByRole('button', { name: 'Publish' }).click()
await page.waitForURL(/done=published/)
const edit = page.url()
const publicLink = await page.getByRole('link', { name: 'View on the site' }).first().getAttribute('href')

for (const [name, target] of [
	['news-picture', publicLink ?? '/news'],
	['news-form-picture', new URL(edit).pathname],
] as const) {
	for (const viewport of [
		{ tag: 'desktop', width: 1280, height: 900 },
		{ tag: 'phone', width: 390, height: 844 },
	]) {
		await page.setViewportSize({ width: viewport.width, height: viewport.height })
		for (const lang of ['en', 'sv']) {
			await page.goto(`${base}${target.split('?')[0]}?lang=${lang}`)
			await page.waitForLoadState('networkidle')
			if (name === 'news-form-picture') await page.getByLabel(/Picture file|Bildfil/).scrollIntoViewIfNeeded()
			const file = path.join(folder, `${name}-${viewport.tag}-${lang}.png`)
			await page.screenshot({ path: file, fullPage: viewport.tag === 'desktop' && name === 'news-picture' })
			console.log(file)
		}
	}
}
await browser.close()
