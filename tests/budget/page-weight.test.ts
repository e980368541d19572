import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { en } from '../../app/i18n/en/index.ts'
import { mail } from '../../app/i18n/en/mail.ts'
import { textChunkName, type TextPart } from '../../app/i18n/text-parts.ts'
import { textPartsAskedIn } from '../support/client-build.ts'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { pageWeight, weightTable } from '../support/page-weight.ts'
import { startPortal, type Portal } from '../support/portal-process.ts'
import { publicPages } from '../public-pages.ts'

// The page-weight budget (docs/decisions/027-page-budget.md): a first visit
// to any public page costs at most 100 KB of JavaScript and CSS on the wire,
// as the production server sends it to a browser that takes brotli or gzip.
// Bytes, not time: the result does not depend on how busy the machine is.

const BUDGET_BYTES = 100 * 1024

const assets = path.resolve(import.meta.dirname, '../../build/client/assets')

function chunkOf(lang: string, part: TextPart): string {
	const prefix = `${textChunkName(lang, part)}-`
	const chunks = readdirSync(assets).filter((name) => name.startsWith(prefix) && name.endsWith('.js'))
	if (chunks.length !== 1) throw new Error(`expected one chunk ${prefix}*.js, found ${chunks.length}`)
	return `/assets/${chunks[0]}`
}

/**
 * The texts a page fetches before it hydrates: the browser entry loads the
 * public part of the page's language; a module that shows more awaits
 * needTexts("<part>", …) at its top, which minified reads `await x("<part>")`.
 */
function textsOf(html: string, scripts: string[]): string[] {
	const lang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? ''
	const parts = new Set<TextPart>(['public'])
	for (const code of scripts) for (const part of textPartsAskedIn(code)) parts.add(part)
	return [...parts].map((part) => chunkOf(lang, part))
}

let db: TestDatabase
let portal: Portal
const pages: string[] = [...publicPages]

/** The first listing a directory list links to, e.g. /facilities/<slug>. */
async function firstListingOf(list: string): Promise<string> {
	const html = await (await fetch(`${portal.url}${list}`)).text()
	const href = new RegExp(`href="(${list}/[a-z0-9-]+)"`).exec(html)?.[1]
	if (!href) throw new Error(`${list} links to no listing`)
	return href
}

beforeAll(async () => {
	db = await createTestDatabase()
	portal = await startPortal({ databaseUrl: db.url, env: { HUB_SEED_DEMO: 'true' } })
	for (const list of ['/facilities', '/labs', '/experts', '/organizations']) pages.push(await firstListingOf(list))
}, 180_000)
afterAll(async () => {
	await portal?.stop()
	await db?.drop()
})

describe('public pages stay light', () => {
	it('every public page loads at most 100 KB of compressed JavaScript and CSS', async () => {
		const weights = []
		for (const page of pages) weights.push(await pageWeight(portal.url, page, textsOf))
		const report = weights.map(weightTable).join('\n\n')
		// PAGE_WEIGHT_REPORT=1 prints what every page loads, for finding what to cut.
		if (process.env.PAGE_WEIGHT_REPORT) console.log(report)
		for (const weight of weights) {
			// Tiny files are not worth compressing; everything else must be.
			const uncompressed = weight.assets.filter((asset) => asset.bytes > 1024 && !asset.encoding)
			expect(
				uncompressed.map((asset) => asset.url),
				weight.path,
			).toEqual([])
		}
		const over = weights
			.filter((weight) => weight.totalBytes > BUDGET_BYTES)
			.map((weight) => `${weight.path} over ${BUDGET_BYTES} bytes`)
		expect(over, report).toEqual([])
	})

	it('sends no browser a text only the server writes (mail)', () => {
		// Texts that only a mail has (some lines of a mail are also on a page).
		const elsewhere = new Set(Object.entries(en).flatMap(([key, text]) => (key in mail ? [] : [text])))
		const sentinels = Object.values(mail).filter(
			(text) => !elsewhere.has(text) && /^[\x20-\x7e]{30,}$/.test(text) && !/["'`\\{]/.test(text),
		)
		expect(sentinels.length).toBeGreaterThanOrEqual(3)
		const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'))
		const withMail = scripts.filter((name) => {
			const code = readFileSync(path.join(assets, name), 'utf8')
			return sentinels.some((text) => code.includes(text))
		})
		expect(withMail).toEqual([])
	})
})
