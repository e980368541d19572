import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { featureParts, features, type TextPart } from '../../app/i18n/text-parts.ts'
import { ensureServerBuild } from '../support/server-build.ts'

// A visitor downloads the texts of their own language only: each part of
// each language's texts (text-parts.ts) is a chunk of its own, which no page
// imports up front (the browser entry loads the page's language before
// hydrating). Read from the production build, as browsers get it.

const root = path.resolve(import.meta.dirname, '../..')
const client = path.join(root, 'build/client')

interface ManifestChunk {
	file: string
	imports?: string[]
	dynamicImports?: string[]
}
type Manifest = Record<string, ManifestChunk>
type Texts = Record<string, string>

async function textsOf(language: 'en' | 'sv', part: TextPart): Promise<Texts> {
	const files = features.filter((feature) => featureParts[feature] === part)
	const loaded = await Promise.all(
		files.map(async (feature) => (await import(`../../app/i18n/${language}/${feature}.ts`))[feature] as Texts),
	)
	return Object.assign({}, ...loaded) as Texts
}

/** The longest stretch of a text in plain ASCII and without quotes, which a minifier leaves as it is. */
function longestPlainStretch(text: string): string {
	return text
		.split(/[^\x20-\x7e]|["'`\\]/)
		.reduce((longest, stretch) => (stretch.length > longest.length ? stretch : longest), '')
}

// Texts that exist in one language only, each by its longest stretch in
// plain ASCII, so that minification cannot escape them out of recognition: a
// Swedish sentence rarely goes 30 characters without å, ä or ö, and the
// sign-in pages' part has few sentences.
function sentinels(own: Texts, other: Texts): string[] {
	const otherTexts = new Set(Object.values(other))
	return Object.entries(own)
		.filter(([key, text]) => text !== other[key] && !otherTexts.has(text))
		.map(([, text]) => longestPlainStretch(text))
		.filter((stretch) => stretch.length >= 30)
		.slice(0, 8)
}

const browserParts = ['public', 'directory', 'accounts', 'memberships', 'forms', 'members'] as const
/** Per part of the texts a browser may download: sentinels of each language. */
const sentinelsByPart = new Map<TextPart, { english: string[]; swedish: string[] }>()
let english: string[] = []
let swedish: string[] = []

const read = (file: string) => readFileSync(path.join(client, file), 'utf8')
const hasAny = (code: string, texts: string[]) => texts.some((text) => code.includes(text))

let manifest: Manifest

/** The chunks a page loads up front: its entries and everything they import statically. */
function staticClosure(entries: string[]): string[] {
	const seen = new Set<string>()
	const visit = (key: string) => {
		if (seen.has(key)) return
		seen.add(key)
		for (const imported of manifest[key]?.imports ?? []) visit(imported)
	}
	for (const entry of entries) visit(entry)
	return [...seen].map((key) => manifest[key]!.file)
}

beforeAll(async () => {
	for (const part of browserParts) {
		const [en, sv] = await Promise.all([textsOf('en', part), textsOf('sv', part)])
		sentinelsByPart.set(part, { english: sentinels(en, sv), swedish: sentinels(sv, en) })
	}
	english = [...sentinelsByPart.values()].flatMap((part) => part.english)
	swedish = [...sentinelsByPart.values()].flatMap((part) => part.swedish)
	await ensureServerBuild()
	// Remix moves Vite's client manifest out of the public folder.
	const file = path.join(root, 'build/.vite/client-manifest.json')
	expect(existsSync(file), 'the client build writes its manifest (build.manifest in vite.config.ts)').toBe(true)
	manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest
}, 600_000)

describe('the texts a browser downloads', () => {
	it('has sentinel texts to look for in each language and part', () => {
		for (const [part, { english, swedish }] of sentinelsByPart) {
			expect(english.length, `${part}, English`).toBeGreaterThanOrEqual(3)
			expect(swedish.length, `${part}, Swedish`).toBeGreaterThanOrEqual(3)
		}
	})

	it('puts each part of each language in a chunk of its own, and no chunk holds both languages', () => {
		const scripts = readdirSync(path.join(client, 'assets'))
			.filter((name) => name.endsWith('.js'))
			.map((name) => ({ name, code: read(`assets/${name}`) }))
		for (const [part, texts] of sentinelsByPart) {
			const withEnglish = scripts.filter((script) => hasAny(script.code, texts.english))
			const withSwedish = scripts.filter((script) => hasAny(script.code, texts.swedish))
			expect(withEnglish, `${part}, English`).toHaveLength(1)
			expect(withSwedish, `${part}, Swedish`).toHaveLength(1)
			expect(hasAny(withEnglish[0]!.code, swedish), `${withEnglish[0]!.name} holds Swedish too`).toBe(false)
			expect(hasAny(withSwedish[0]!.code, english), `${withSwedish[0]!.name} holds English too`).toBe(false)
		}
	})

	it('loads neither dictionary up front on a public page: the entry picks one', () => {
		const entry = Object.keys(manifest).find((key) => /entry\.client\.tsx$/.test(key))
		expect(entry, 'the browser entry is in the manifest').toBeDefined()
		// Route modules appear as their path plus Remix's query for the client build.
		const publicPages = [
			'app/root.tsx',
			'app/routes/_index.tsx',
			'app/routes/facilities.$slug.tsx',
			'app/routes/search.tsx',
		]
		const pageKeys = publicPages.map((page) => Object.keys(manifest).find((key) => key.split('?')[0] === page))
		for (const [index, key] of pageKeys.entries()) expect(key, publicPages[index]).toBeDefined()
		for (const file of staticClosure([entry!, ...(pageKeys as string[])])) {
			const code = read(file)
			expect(hasAny(code, english), `${file} holds English texts`).toBe(false)
			expect(hasAny(code, swedish), `${file} holds Swedish texts`).toBe(false)
		}
		// What the entry may load instead: exactly one chunk per language.
		const dynamic = staticClosure([entry!]).flatMap(
			(file) => Object.values(manifest).find((chunk) => chunk.file === file)?.dynamicImports ?? [],
		)
		// Several feature files of one part share a chunk: count chunks, not files.
		const chunks = [...new Set(dynamic.map((key) => manifest[key]!.file))].map(read)
		const publicTexts = sentinelsByPart.get('public')!
		expect(chunks.filter((code) => hasAny(code, publicTexts.english) && !hasAny(code, swedish))).toHaveLength(1)
		expect(chunks.filter((code) => hasAny(code, publicTexts.swedish) && !hasAny(code, english))).toHaveLength(1)
	})
})
