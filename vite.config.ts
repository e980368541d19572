import { readdirSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { vitePlugin as remix } from '@remix-run/dev'
import tailwindcss from '@tailwindcss/vite'
import { defineConfig, type Plugin } from 'vite'
import { configDefaults } from 'vitest/config'
import { listingTypes, listPath } from './app/domain/directory/types.ts'
import { featureParts, features, textChunkName, type Feature, type TextPart } from './app/i18n/text-parts.ts'

declare module '@remix-run/node' {
	interface Future {
		v3_singleFetch: true
	}
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every client script, stylesheet
 * and SVG they make smaller, at the strongest settings: assets never change once
 * built, so the server sends these (server/http/precompressed.server.ts)
 * instead of compressing each request at the fast settings a live response
 * needs. node:zlib does both; no package in the tree does it for Vite.
 */
function precompressAssets(): Plugin {
	let ssr = false
	const brotli = promisify(brotliCompress)
	const gzipped = promisify(gzip)
	return {
		name: 'precompress-assets',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr)
		},
		async writeBundle(output, bundle) {
			if (ssr || !output.dir) return
			const sources = Object.values(bundle)
				.filter((item) => /\.(js|css|svg)$/.test(item.fileName))
				.map((item) => ({
					file: path.join(output.dir!, item.fileName),
					source: Buffer.from(item.type === 'chunk' ? item.code : item.source),
				}))
			await Promise.all(
				sources.map(async ({ file, source }) => {
					const [br, gz] = await Promise.all([
						brotli(source, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
						gzipped(source, { level: 9 }),
					])
					// A page loads many small chunks: each is worth it as long as it gets smaller.
					if (br.byteLength < source.byteLength) await writeFile(`${file}.br`, br)
					if (gz.byteLength < source.byteLength) await writeFile(`${file}.gz`, gz)
				}),
			)
		},
	}
}

/**
 * The browser reads the taxonomy's codes and labels; its synonyms are what
 * search and matchmaking understand, on the server. The client build gets
 * taxonomy.json without them (and without its prose), derived here so that
 * the file stays the one source.
 */
function taxonomyForBrowser(): Plugin {
	return {
		name: 'taxonomy-for-browser',
		enforce: 'pre',
		transform(code, id, options) {
			if (options?.ssr || !id.endsWith('/app/taxonomy/taxonomy.json')) return undefined
			const vocabularies = JSON.parse(code) as Record<string, unknown>
			const labels = Object.fromEntries(
				Object.entries(vocabularies)
					.filter(([, terms]) => Array.isArray(terms))
					.map(([name, terms]) => [
						name,
						(terms as Array<Record<string, unknown>>).map(({ synonyms: _synonyms, ...term }) => term),
					]),
			)
			return { code: JSON.stringify(labels), map: null }
		},
	}
}

const textPartModule = 'virtual:text-part/'

/**
 * One module per language and part of the texts, gathering the part's feature
 * files, and the browser's map of them (app/i18n/browser-text-parts.ts, empty
 * outside the client build): a page's shell then carries a line per part, not
 * one per feature file.
 */
function textPartsForBrowser(): Plugin {
	const browserParts = [...new Set(Object.values(featureParts))].filter((part) => part !== 'server')
	// The languages are the folders of app/i18n (locale.ts lists them too, but imports the server's cookies).
	const i18n = path.resolve(import.meta.dirname, 'app/i18n')
	const locales = readdirSync(i18n, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? [entry.name] : [],
	)
	return {
		name: 'text-parts-for-browser',
		enforce: 'pre',
		resolveId: (id) => (id.startsWith(textPartModule) ? `\0${id}` : undefined),
		load(id) {
			if (!id.startsWith(`\0${textPartModule}`)) return undefined
			const [locale, part] = id.slice(textPartModule.length + 1).split('/')
			const files = features.filter((feature) => featureParts[feature] === part)
			const imports = files.map(
				(feature) =>
					`import { ${feature} } from ${JSON.stringify(path.resolve(import.meta.dirname, `app/i18n/${locale}/${feature}.ts`))}`,
			)
			return `${imports.join('\n')}\nexport default Object.assign({}, ${files.join(', ')})`
		},
		transform(_code, id, options) {
			if (options?.ssr || !id.endsWith('/app/i18n/browser-text-parts.ts')) return undefined
			const loaders = locales.flatMap((locale) =>
				browserParts.map(
					(part) =>
						`${JSON.stringify(`${locale}/${part}`)}: () => import(${JSON.stringify(`${textPartModule}${locale}/${part}`)})`,
				),
			)
			return { code: `export const browserTextParts = {${loaders.join(',')}}`, map: null }
		},
	}
}

type ModuleInfoOf = (id: string) => { importedIds: readonly string[] } | null

/**
 * The client's chunks (decision 027). Every page loads the root route and all
 * it imports (React, Remix, the header, the footer, the translator): one
 * chunk, `shell`, instead of some twenty, which saves their import lines and
 * compresses better as one. Texts go one chunk per language and part a
 * browser loads (app/i18n/text-parts.ts), whatever the feature files.
 */
function clientChunks(): (id: string, meta: { getModuleInfo: ModuleInfoOf }) => string | undefined {
	let shell: Set<string> | undefined
	const staticGraphOf = (rootId: string, getModuleInfo: ModuleInfoOf) => {
		const seen = new Set<string>()
		const visit = (id: string) => {
			if (seen.has(id) || textChunkOf(id) || /\.css(\?|$)/.test(id)) return
			seen.add(id)
			for (const imported of getModuleInfo(id)?.importedIds ?? []) visit(imported)
		}
		visit(rootId)
		return seen
	}
	return (id, { getModuleInfo }) => {
		const text = textChunkOf(id)
		if (text) return text
		if (listingParts.has(id)) return 'listing-parts'
		shell ??= staticGraphOf(path.resolve(import.meta.dirname, 'app/root.tsx'), getModuleInfo)
		return shell.has(id) && !id.endsWith('/app/root.tsx') ? 'shell' : undefined
	}
}

/**
 * What every page that shows listings (the home page, search and the lists, a
 * listing's page) loads together: the taxonomy and its labels, the chips, the
 * picture and the text in the reader's language. As one chunk instead of five
 * they cost the directory's pages less than the taxonomy alone did in the
 * shell, where every other page carried it too; a member's page that shows
 * only some of them loads all five. Nothing in it shows a text of its own: a
 * form's schema that checks taxonomy codes brings the chunk along on demand,
 * and must not bring a part of the texts with it (the verified badge, which
 * asks for the directory's texts, is not in it).
 */
const listingParts = new Set(
	[
		'app/taxonomy/taxonomy.ts',
		'app/taxonomy/taxonomy.json',
		'app/components/tag-list.tsx',
		'app/components/listing-image.tsx',
		'app/domain/images/image-key.ts',
		'app/domain/listings/listing-text.ts',
	].map((file) => path.resolve(import.meta.dirname, file)),
)

function textChunkOf(id: string): string | undefined {
	if (id.startsWith(`\0${textPartModule}`)) {
		const [locale, part] = id.slice(textPartModule.length + 1).split('/')
		return textChunkName(locale!, part as TextPart)
	}
	const [, locale, feature] = /\/app\/i18n\/(\w+)\/(\w+)\.ts$/.exec(id) ?? []
	const part = feature && Object.hasOwn(featureParts, feature) ? featureParts[feature as Feature] : undefined
	return locale && part && part !== 'server' ? textChunkName(locale, part) : undefined
}

export default defineConfig(({ isSsrBuild }) => ({
	resolve: {
		alias: {
			'~': new URL('./app', import.meta.url).pathname,
			'#search': new URL('./search', import.meta.url).pathname,
			'#server': new URL('./server', import.meta.url).pathname,
		},
	},
	server: { watch: { ignored: ['**/.data/**', '**/tests/.tmp/**'] } },
	// The manifest lets a test check which chunks a page loads (tests/i18n).
	build: {
		target: 'es2022',
		manifest: true,
		// Terser, not Vite's default esbuild: every page's shell is 3.7 KB smaller on the wire (decision 027).
		// Vite's chunks are ES modules, so names at their top level may be mangled too.
		minify: isSsrBuild ? false : 'terser',
		terserOptions: { module: true, compress: { passes: 2 }, format: { comments: false } },
		rollupOptions: { output: { manualChunks: isSsrBuild ? undefined : clientChunks() } },
	},
	plugins: [
		tailwindcss(),
		taxonomyForBrowser(),
		textPartsForBrowser(),
		precompressAssets(),
		// Remix's plugin stays out of Vitest runs: it would compile the route tree for every test file.
		!process.env.VITEST &&
			remix({
				ignoredRouteFiles: ['**/*.test.{ts,tsx}', '**/.*'],
				// Each directory list is the search page with its listing type fixed (the loader reads it
				// from the path): one route module, so /search loads nothing more for the lists' sake. The
				// ids are those the lists' own files had, which the shared cache's list of routes names.
				routes: (defineRoutes) =>
					defineRoutes((route) => {
						for (const type of listingTypes) {
							const path = listPath(type).slice(1)
							route(path, 'routes/search.tsx', { id: `routes/${path}._index`, index: true })
						}
					}),
				future: {
					v3_fetcherPersist: true,
					v3_relativeSplatPath: true,
					v3_throwAbortReason: true,
					v3_singleFetch: true,
					v3_lazyRouteDiscovery: true,
				},
			}),
	],
	test: {
		include: [
			'app/**/*.test.ts',
			'search/**/*.test.ts',
			'server/**/*.test.ts',
			'tests/**/*.test.ts',
			'prisma/**/*.test.ts',
		],
		exclude: [...configDefaults.exclude, 'tests/e2e/**'],
		globalSetup: ['tests/setup/global-setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		pool: 'forks',
		maxWorkers: 2,
	},
}))
