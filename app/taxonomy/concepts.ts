// Concepts: what a query, a request or a listing can be about, whatever the
// words. A concept is a taxonomy code ("services:qc-testing", a grade
// "cleanroomGrades:B", a kind of listing "listingTypes:facility") or a word of
// the field ("field:cleanroom"). A listing holds a concept through its
// structured fields or states it in its text, in either language; search
// indexes both, and the understanding step reads queries into concepts.
import { readGrades } from './grades.ts'
import { fieldConcepts } from './lexicon.ts'
import { isCode, termLabel, type Locale, type VocabularyName } from './taxonomy.ts'
import { spotPhrases, textWords, type ConceptVocabulary } from './vocabulary.ts'

export type ConceptKey = string

export function conceptKey(vocabulary: string, code: string): ConceptKey {
	return `${vocabulary}:${code}`
}

export function parseConceptKey(key: ConceptKey): { vocabulary: string; code: string } {
	const at = key.indexOf(':')
	return { vocabulary: key.slice(0, at), code: key.slice(at + 1) }
}

/** Known concepts only: a key that names no code or field word is refused before any engine. */
export function isConceptKey(key: string): boolean {
	const { vocabulary, code } = parseConceptKey(key)
	if (vocabulary === 'field') return code in fieldConcepts
	return (
		(
			[
				'modalities',
				'services',
				'phases',
				'licences',
				'productTypes',
				'cleanroomGrades',
				'listingTypes',
			] as VocabularyName[]
		).includes(vocabulary as VocabularyName) && isCode(vocabulary as VocabularyName, code)
	)
}

/** The codes of a listing, as search documents carry them. */
export interface StructuredFields {
	type: string
	modalities: readonly string[]
	services: readonly string[]
	phases: readonly string[]
	grades: readonly string[]
	licences: readonly string[]
	productTypes: readonly string[]
}

export type VocabularyCodes = [VocabularyName, readonly string[]]

/** A listing's codes with the vocabulary of each: its type first, then its structured fields. */
export function codesByVocabulary(fields: StructuredFields): [type: VocabularyCodes, ...fields: VocabularyCodes[]] {
	return [
		['listingTypes', [fields.type]],
		['modalities', fields.modalities],
		['services', fields.services],
		['phases', fields.phases],
		['cleanroomGrades', fields.grades],
		['licences', fields.licences],
		['productTypes', fields.productTypes],
	]
}

/** The concepts a listing holds through its structured fields, words of the field included. */
export function structuredConcepts(fields: StructuredFields): Set<ConceptKey> {
	const keys = new Set<ConceptKey>()
	for (const [vocabulary, codes] of codesByVocabulary(fields))
		for (const code of codes) keys.add(conceptKey(vocabulary, code))
	for (const [code, concept] of Object.entries(fieldConcepts)) {
		const standsFor = Object.entries(concept.structured ?? {}) as Array<[VocabularyName, string[]]>
		if (standsFor.some(([vocabulary, codes]) => codes.some((value) => keys.has(conceptKey(vocabulary, value)))))
			keys.add(conceptKey('field', code))
	}
	return keys
}

/** A concept a text names, where and in which words. */
export interface StatedConcept {
	key: ConceptKey
	/** The words of the text. */
	surface: string
	start: number
	end: number
}

// What a listing's text can state for search: capabilities and words of the
// field. Job titles stay with matchmaking, kinds of listing with queries.
const STATED: ReadonlySet<ConceptVocabulary> = new Set<ConceptVocabulary>([
	'modalities',
	'services',
	'phases',
	'licences',
	'productTypes',
])
// Words of the field are read on their own as well: "CAR-T cell therapy" is a modality and says "cell therapy" too.
const FIELD: ReadonlySet<ConceptVocabulary> = new Set<ConceptVocabulary>(['field'])

/**
 * Every concept a text names, in either language, inflected or compounded,
 * whatever it says about it: search finds words, the ranking weighs them.
 */
export function statedConcepts(text: string): StatedConcept[] {
	const words = textWords(text)
	const found: StatedConcept[] = []
	for (const match of [
		...spotPhrases(words, { vocabularies: STATED }),
		...spotPhrases(words, { vocabularies: FIELD }),
	]) {
		const first = words[match.from]!
		const last = words[match.to - 1]!
		const surface = text.slice(first.start, last.end)
		for (const key of new Set(match.entries.map((entry) => conceptKey(entry.vocabulary, entry.code))))
			found.push({ key, surface, start: first.start, end: last.end })
	}
	for (const grade of readGrades(words)) {
		const first = words[grade.from]!
		const last = words[grade.to - 1]!
		found.push({
			key: conceptKey('cleanroomGrades', grade.grade),
			surface: text.slice(first.start, last.end),
			start: first.start,
			end: last.end,
		})
	}
	return found
}

/** What a concept is called, in the reader's language. */
export function conceptLabel(key: ConceptKey, locale: Locale): string {
	const { vocabulary, code } = parseConceptKey(key)
	if (vocabulary === 'field') return fieldConcepts[code]?.[locale] ?? code
	return termLabel(vocabulary as VocabularyName, code, locale)
}
