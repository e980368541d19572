import { beforeAll, describe, expect, it } from 'vitest'
import { featureParts, features, type TextPart } from '../../app/i18n/text-parts.ts'
import { taxonomy, vocabularyNames } from '../../app/taxonomy/taxonomy.ts'
import {
	clientModule,
	modulesOfRoute,
	onDemandModulesOf,
	remixManifest,
	textPartsAskedIn,
} from '../support/client-build.ts'
import { ensureServerBuild } from '../support/server-build.ts'

// A browser has the public texts and the parts a page's modules ask for
// (needTexts). A module that shows a text of another part renders its key in
// the browser where the server rendered the text: React then throws the page
// away and renders it again, and a click made meanwhile is lost ("Edit
// capacity" on My listings, stop 24). This reads the browser build: for every
// route, each text key its modules hold must be of a part that route loads.
//
// A key is a string literal of the catalogue's (an object's key is not: the
// audit log's action names look like keys), or a literal prefix a key is built
// on (`listingStatus.${status}`). Modules a page imports on demand (a form's
// schema, the member's menu) are not read here: they load after the page.

const partOfKey = new Map<string, TextPart>()

beforeAll(async () => {
	await ensureServerBuild()
	for (const feature of features) {
		const texts = ((await import(`../../app/i18n/en/${feature}.ts`)) as Record<string, Record<string, string>>)[
			feature
		]!
		for (const key of Object.keys(texts)) partOfKey.set(key, featureParts[feature])
	}
}, 300_000)

// By code, not file: the same module is read for every route that loads it.
const keysByCode = new Map<string, Map<string, TextPart>>()

/** The keys a built module holds, with their part: each literal key, and every key a literal prefix can build. */
function keysIn(code: string): Map<string, TextPart> {
	const known = keysByCode.get(code)
	if (known) return known
	const keys = new Map<string, TextPart>()
	for (const [, before, literal, after] of code.matchAll(/([{,]?)\s*["'`]([a-zA-Z][\w-]*(?:\.[\w-]+)+)["'`](\s*:)?/g)) {
		const objectKey = before && after
		const part = partOfKey.get(literal!)
		if (part && !objectKey) keys.set(literal!, part)
	}
	for (const [, prefix] of code.matchAll(/["'`]([a-zA-Z][\w-]*(?:\.[\w-]+)*\.)(?:["'`]\s*\+|\$\{)/g))
		for (const [key, part] of partOfKey) if (key.startsWith(prefix!)) keys.set(`${prefix}…`, part)
	keysByCode.set(code, keys)
	return keys
}

/** Each key the `shown` modules hold of a part none of the `asking` modules asks for, with where it is. */
function textsNotLoaded(routeId: string, modules: { shown: string[]; asking: string[] }): string[] {
	const loaded = new Set<TextPart>(['public'])
	for (const module of modules.asking) for (const part of textPartsAskedIn(clientModule(module))) loaded.add(part)
	return modules.shown.flatMap((module) =>
		[...keysIn(clientModule(module))]
			.filter(([, part]) => !loaded.has(part))
			.map(([key, part]) => `${routeId}: ${module} shows ${key} (${part}), the route loads ${[...loaded].join(', ')}`),
	)
}

/** Calls the translator's `term` (its name survives minifying, as a property's does). */
function showsTermLabels(code: string): boolean {
	return /\.term\(|[{,]term:[\w$]+[,}]/.test(code)
}

/** The longest label of each vocabulary: a module holding all of them holds the taxonomy. */
const taxonomyLabels = vocabularyNames.map(
	(name) => taxonomy[name].map((term) => term.en).sort((a, b) => b.length - a.length)[0]!,
)
function holdsTaxonomy(code: string): boolean {
	return taxonomyLabels.every((label) => code.includes(label))
}

describe('the texts each page loads', () => {
	it('hold every text its modules can show', () => {
		const manifest = remixManifest()
		const missing = Object.keys(manifest.routes).flatMap((routeId) => {
			const modules = modulesOfRoute(manifest, routeId)
			return textsNotLoaded(routeId, { shown: modules, asking: modules })
		})
		expect(missing).toEqual([])
	})

	it('hold every text the modules a page imports on demand can show, with the parts those ask for', () => {
		const manifest = remixManifest()
		const missing = Object.keys(manifest.routes).flatMap((routeId) => {
			const modules = modulesOfRoute(manifest, routeId)
			const onDemand = onDemandModulesOf(modules)
			return textsNotLoaded(routeId, { shown: onDemand, asking: [...modules, ...onDemand] })
		})
		expect([...new Set(missing)]).toEqual([])
	})

	// A taxonomy code's label comes from the taxonomy's module (app/i18n/term-labels.ts), which the
	// shell does not carry: a page whose modules show labels (translator.term) must load it, or the
	// browser renders codes where the server rendered labels.
	it('has the taxonomy wherever a module shows a taxonomy label', () => {
		const manifest = remixManifest()
		const missing = Object.keys(manifest.routes).flatMap((routeId) => {
			const modules = modulesOfRoute(manifest, routeId)
			const all = [...modules, ...onDemandModulesOf(modules)]
			const showing = all.filter((module) => showsTermLabels(clientModule(module)))
			return showing.length && !all.some((module) => holdsTaxonomy(clientModule(module)))
				? [`${routeId}: ${showing.join(', ')} show taxonomy labels; the route does not load the taxonomy`]
				: []
		})
		expect(missing).toEqual([])
		const search = modulesOfRoute(manifest, 'routes/search')
		expect(search.some((module) => showsTermLabels(clientModule(module)))).toBe(true)
		expect(search.some((module) => holdsTaxonomy(clientModule(module)))).toBe(true)
		expect(modulesOfRoute(manifest, 'root').some((module) => holdsTaxonomy(clientModule(module)))).toBe(false)
	})

	it('reads the keys and parts it checks (the reading is not empty)', () => {
		const manifest = remixManifest()
		const capacityCalendar = Object.keys(manifest.routes).find((id) => id === 'routes/facilities.$slug')
		expect(capacityCalendar).toBeDefined()
		const modules = modulesOfRoute(manifest, capacityCalendar!)
		const keys = new Map(modules.flatMap((module) => [...keysIn(clientModule(module))]))
		const parts = new Set(modules.flatMap((module) => [...textPartsAskedIn(clientModule(module))]))
		// A facility's page shows its calendar, whose texts are their own part.
		expect(keys.get('capacity.heading')).toBe('capacity')
		expect(parts.has('capacity')).toBe(true)
		// The search page's "Save this search" for members is a module on demand with a part of its own.
		const onDemand = onDemandModulesOf(modulesOfRoute(manifest, 'routes/search'))
		const saveForm = onDemand.filter((module) => keysIn(clientModule(module)).get('savedSearches.save.title'))
		expect(saveForm).toHaveLength(1)
		expect(textPartsAskedIn(clientModule(saveForm[0]!)).has('savedSearches')).toBe(true)
	})
})
