// Concepts in the index. Every document carries one token per concept it
// holds (a taxonomy code, a grade, a kind of listing, a word of the field),
// whether through its structured fields, its text in either language, or
// both; a query the understanding step has read asks for those tokens. The
// same tokens in both engines, so a concept matches the same listings
// wherever the search runs.
import { createHash } from 'node:crypto'
import {
	conceptKey,
	parseConceptKey,
	statedConcepts,
	structuredConcepts,
	type ConceptKey,
	type StatedConcept,
	type StructuredFields,
} from '~/taxonomy/concepts.ts'

export type { ConceptKey } from '~/taxonomy/concepts.ts'

const TOKEN_LETTERS = 10

/**
 * The index word of a concept: letters only, so that every tokenizer keeps it
 * whole, and from a hash of the key, so that no listing text can contain it.
 */
export function conceptToken(key: ConceptKey): string {
	let token = tokens.get(key)
	if (token === undefined) {
		const digest = createHash('sha1').update(`concept:${key}`).digest()
		token = 'zq'
		for (let index = 0; index < TOKEN_LETTERS; index += 1) token += String.fromCharCode(97 + (digest[index]! % 26))
		tokens.set(key, token)
	}
	return token
}
const tokens = new Map<ConceptKey, string>()

/** Concept tokens of a document by the strength of its evidence: named, held and stated, held only, stated only. */
export interface DocumentConcepts {
	/**
	 * What the listing's name says it is ("… Lentiviral Vector Lab"). It also counts in one of the
	 * three below: these rank first among the listings holding a concept, which would otherwise tie.
	 */
	conceptsNamed: string[]
	conceptsBoth: string[]
	conceptsTagged: string[]
	conceptsStated: string[]
}

export interface ConceptSources extends StructuredFields {
	name: string
	summary: string | null
	description: string | null
	/** The same texts in the other language of the two: they state what the listing's own words do. */
	translatedSummary?: string | null
	translatedDescription?: string | null
	tags: readonly string[]
	/** Labels of the listing's codes: they say what its fields say. */
	labelsEn: readonly string[]
	labelsSv: readonly string[]
}

/** The concepts a listing's own words name (its name, summary, description and free-text tags). */
export function statedConceptKeys(
	source: Pick<
		ConceptSources,
		'name' | 'summary' | 'description' | 'translatedSummary' | 'translatedDescription' | 'tags'
	>,
) {
	// One reading of all fields: each value on a line of its own, so no phrase runs from one into the next.
	const text = [
		source.name,
		source.summary,
		source.description,
		source.translatedSummary,
		source.translatedDescription,
		...source.tags,
	]
		.filter(Boolean)
		.join('\n')
	return new Set(statedConcepts(text).map((stated) => stated.key))
}

// Labels are few and repeat in every document that holds their code: read each once.
const labelConcepts = new Map<string, readonly ConceptKey[]>()
function conceptsOfLabel(label: string): readonly ConceptKey[] {
	let keys = labelConcepts.get(label)
	if (!keys) {
		keys = [...new Set(statedConcepts(label).map((stated) => stated.key))]
		if (labelConcepts.size > 10_000) labelConcepts.clear()
		labelConcepts.set(label, keys)
	}
	return keys
}

/** Concepts a listing holds through its codes, and what their labels name. */
function heldConcepts(source: ConceptSources): Set<ConceptKey> {
	const held = structuredConcepts(source)
	for (const label of [...source.labelsEn, ...source.labelsSv]) for (const key of conceptsOfLabel(label)) held.add(key)
	return held
}

export function documentConcepts(source: ConceptSources): DocumentConcepts {
	const held = heldConcepts(source)
	const stated = statedConceptKeys(source)
	const tokens = (keys: Iterable<ConceptKey>) => [...new Set([...keys].map(conceptToken))].sort()
	return {
		conceptsNamed: tokens(statedConcepts(source.name).map((named) => named.key)),
		conceptsBoth: tokens([...held].filter((key) => stated.has(key))),
		conceptsTagged: tokens([...held].filter((key) => !stated.has(key))),
		conceptsStated: tokens([...stated].filter((key) => !held.has(key))),
	}
}

/** How a listing matched one concept of a query: through its fields, words of its text, or both. */
export interface ConceptMatch {
	key: ConceptKey
	/** Held through its structured fields (codes, and so their labels). */
	held: boolean
	/** The listing's own words that name it, when its text does. */
	surface?: string
}

/** Why each concept of a query matched a document (concepts it does not hold are left out). */
export function conceptMatches(
	document: ConceptSources & Partial<DocumentConcepts>,
	keys: readonly ConceptKey[],
	statedOf: (text: string) => readonly StatedConcept[] = statedConcepts,
): ConceptMatch[] {
	if (!keys.length) return []
	const held = heldConcepts(document)
	const wanted = new Set(keys)
	const surfaces = new Map<ConceptKey, string>()
	for (const text of [
		document.name,
		document.summary,
		...document.tags,
		document.description,
		document.translatedSummary,
		document.translatedDescription,
	])
		if (text)
			for (const stated of statedOf(text))
				if (wanted.has(stated.key) && !surfaces.has(stated.key)) surfaces.set(stated.key, stated.surface)
	const matches: ConceptMatch[] = []
	for (const key of keys) {
		const isHeld = held.has(key)
		const surface = surfaces.get(key)
		if (isHeld || surface) matches.push({ key, held: isHeld, ...(surface ? { surface } : {}) })
	}
	return matches
}

export { conceptKey, parseConceptKey }
