import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { featureParts, type TextPart } from '../../app/i18n/text-parts.ts'

// Reading the browser build (build/client) the way a browser meets it: the
// Remix manifest says which modules each route loads before it renders, and a
// module that shows texts beyond the public part awaits needTexts("<part>", …)
// at its top, which minified reads `await x("<part>")`.

export const clientDir = path.resolve(import.meta.dirname, '../../build/client')

export interface ManifestRoute {
	id: string
	parentId?: string
	module: string
	imports?: string[]
}

export interface RemixManifest {
	entry: { module: string; imports: string[] }
	routes: Record<string, ManifestRoute>
}

export function remixManifest(): RemixManifest {
	const assets = path.join(clientDir, 'assets')
	const file = readdirSync(assets).find((name) => /^manifest-[\w-]+\.js$/.test(name))
	if (!file) throw new Error(`no Remix manifest in ${assets}: build first`)
	const code = readFileSync(path.join(assets, file), 'utf8')
	return JSON.parse(code.replace(/^window\.__remixManifest=/, '').replace(/;\s*$/, '')) as RemixManifest
}

const codeByUrl = new Map<string, string>()

/** A built module's code, by its URL path (`/assets/x.js`); read once, as most modules serve many routes. */
export function clientModule(url: string): string {
	let code = codeByUrl.get(url)
	if (code === undefined) {
		code = readFileSync(path.join(clientDir, url), 'utf8')
		codeByUrl.set(url, code)
	}
	return code
}

const browserParts = new Set<string>(Object.values(featureParts))

/** The text parts a built module awaits before it renders. */
export function textPartsAskedIn(code: string): Set<TextPart> {
	const parts = new Set<TextPart>()
	for (const [, args] of code.matchAll(/await [\w$]+\(((?:"\w+",?)+)\)/g))
		for (const [, part] of args!.matchAll(/"(\w+)"/g)) if (browserParts.has(part!)) parts.add(part as TextPart)
	return parts
}

/** The modules a first visit to a route loads before it renders: the entry's, then its own and its layouts'. */
export function modulesOfRoute(manifest: RemixManifest, routeId: string): string[] {
	const modules = new Set([manifest.entry.module, ...manifest.entry.imports])
	const chain: ManifestRoute[] = []
	for (
		let route = manifest.routes[routeId];
		route;
		route = route.parentId ? manifest.routes[route.parentId] : undefined
	)
		chain.unshift(route)
	for (const route of chain) for (const module of [route.module, ...(route.imports ?? [])]) modules.add(module)
	return [...modules]
}

/** What the modules import on demand (a form's schema, the member's menu), with what those import in turn. */
export function onDemandModulesOf(modules: readonly string[]): string[] {
	const seen = new Set(modules)
	const found: string[] = []
	const importsIn = (module: string, pattern: RegExp) =>
		[...clientModule(module).matchAll(pattern)].map(([, file]) => path.posix.join(path.posix.dirname(module), file!))
	let queue = modules.flatMap((module) => importsIn(module, /\bimport\("(\.\/[^"]+\.js)"\)/g))
	while (queue.length) {
		const next: string[] = []
		for (const module of queue) {
			if (seen.has(module)) continue
			seen.add(module)
			found.push(module)
			next.push(
				...importsIn(module, /\bfrom\s*"(\.\/[^"]+\.js)"/g),
				...importsIn(module, /\bimport\("(\.\/[^"]+\.js)"\)/g),
			)
		}
		queue = next
	}
	return found
}
