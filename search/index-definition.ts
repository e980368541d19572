// What the listings index looks like, in one place for both engines: which
// fields are searched (and how much each counts), which can be filtered,
// faceted and sorted, how typos are tolerated and which words mean the same.
// Pure data and functions: unit-tested, no I/O.
import { createHash } from 'node:crypto'
import { vocabularyFingerprint } from '~/taxonomy/vocabulary.ts'
import { taxonomy, vocabularyNames, type VocabularyName } from '~/taxonomy/taxonomy.ts'
import { tokenize } from '~/utils/text.ts'
import { freeSlotAttributeNames } from './availability.ts'

/** Bump when documents or their indexing change meaning: start-up reconciliation then rewrites every document. */
export const INDEX_FORMAT_VERSION = 4

export const LISTINGS_INDEX = 'listings'

// ───────────────────────── facets ─────────────────────────

export const facetNames = ['type', 'modality', 'service', 'phase', 'grade', 'licence', 'kind', 'city'] as const
export type FacetName = (typeof facetNames)[number]

export interface FacetDefinition {
	name: FacetName
	/** The document field holding the facet's values. */
	attribute: 'type' | 'modalities' | 'services' | 'phases' | 'grades' | 'licences' | 'kind' | 'city'
	/** Values must be codes of this vocabulary; city is free text. */
	vocabulary?: VocabularyName
	/** Several values per document (text[]) rather than one. */
	multi: boolean
}

export const facets: readonly FacetDefinition[] = [
	{ name: 'type', attribute: 'type', vocabulary: 'listingTypes', multi: false },
	{ name: 'modality', attribute: 'modalities', vocabulary: 'modalities', multi: true },
	{ name: 'service', attribute: 'services', vocabulary: 'services', multi: true },
	{ name: 'phase', attribute: 'phases', vocabulary: 'phases', multi: true },
	{ name: 'grade', attribute: 'grades', vocabulary: 'cleanroomGrades', multi: true },
	{ name: 'licence', attribute: 'licences', vocabulary: 'licences', multi: true },
	{ name: 'kind', attribute: 'kind', vocabulary: 'organizationKinds', multi: false },
	{ name: 'city', attribute: 'city', multi: false },
]

export const facetByName: Record<FacetName, FacetDefinition> = Object.fromEntries(
	facets.map((f) => [f.name, f]),
) as Record<FacetName, FacetDefinition>

export const facetByAttribute: Record<string, FacetDefinition> = Object.fromEntries(facets.map((f) => [f.attribute, f]))

// Facet semantics, identical in both engines: values of one facet are OR-ed
// (modality = car-t OR aav), facets are AND-ed, and the counts of facet F are
// computed under every filter except F's own ("disjunctive" facets), so a
// visitor sees how many results each other choice of F would give.

// ───────────────────────── searchable fields ─────────────────────────

export type SearchWeight = 'A' | 'B' | 'C' | 'D'

/**
 * Searched fields in order of importance. Meilisearch ranks by this order
 * (the `attribute` rule); PostgreSQL maps it to tsvector weights A-D.
 */
const attributesByWeight = {
	A: ['name', 'conceptsNamed', 'conceptsBoth'],
	B: ['conceptsTagged', 'organizationName', 'labelsEn', 'labelsSv', 'tags'],
	C: ['conceptsStated', 'summary', 'translatedSummary', 'city', 'campus'],
	D: ['description', 'translatedDescription'],
} as const satisfies Record<SearchWeight, readonly string[]>

export type SearchableAttribute = (typeof attributesByWeight)[SearchWeight][number]

export const searchableAttributes: ReadonlyArray<{ attribute: SearchableAttribute; weight: SearchWeight }> = (
	Object.keys(attributesByWeight) as SearchWeight[]
).flatMap((weight) => attributesByWeight[weight].map((attribute) => ({ attribute, weight })))

/**
 * The fields of concept tokens (search/concepts.ts): a query's concepts match
 * them exactly, never with a typo, and they are no words of the vocabulary.
 */
export const conceptAttributes = ['conceptsNamed', 'conceptsBoth', 'conceptsTagged', 'conceptsStated'] as const

/** Filters the engines accept besides the facets (never from user input directly). */
export const filterableAttributes = [
	...facets.map((f) => f.attribute),
	'organizationId',
	'verified',
	'status',
	'visibility',
	'_geo',
	// Free capacity in slots (search/availability.ts): the availability filter, Meilisearch only.
	...freeSlotAttributeNames,
]

export const sortOptions = ['relevance', 'name', 'updated'] as const
export type SortOption = (typeof sortOptions)[number]

/** Document fields sorted on: a folded name (so "Å" sorts like "A" in both engines) and a numeric timestamp. */
export const sortableAttributes = ['nameSort', 'updatedAtTs', '_geo', 'type']

/**
 * The tie-break of a query that asks for a supplier: the kinds of listing in descending order put
 * organisations, labs and facilities before experts (a person supplies no vectors). It is a sort, so
 * it comes after the relevance rules before it, in both engines.
 */
export const SUPPLIERS_FIRST = ['type:desc'] as const

// A listing's own texts, and the same in the other language of the two.
const texts = ['summary', 'description', 'translatedSummary', 'translatedDescription'] as const
/** Fields returned with <mark> highlights when they contain a match. */
export const highlightAttributes = ['name', 'organizationName', ...texts] as const
export type HighlightAttribute = (typeof highlightAttributes)[number]
/** Long text is cropped to about this many words around the first match. */
export const CROP_WORDS = 30

/** Meilisearch's relevance rules; the PostgreSQL engine approximates them with weights and an exact-match bonus. */
export const rankingRules = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness']

/** Typo tolerance by query-word length, as Meilisearch's minWordSizeForTypos. */
export const typoTolerance = { oneTypo: 5, twoTypos: 9 } as const

export function allowedTypos(word: string): number {
	if (word.length >= typoTolerance.twoTypos) return 2
	if (word.length >= typoTolerance.oneTypo) return 1
	return 0
}

export const pagination = { defaultPageSize: 20, maxPageSize: 50, maxTotalHits: 1000 } as const
export const MAX_VALUES_PER_FACET = 200
/** A query longer than this is cut: nobody types more, and it bounds the work per request. */
export const MAX_QUERY_LENGTH = 200
/** Words of the query used for matching; the rest is ignored. */
export const MAX_QUERY_WORDS = 10
export const MAX_FILTER_VALUES = 30
export const MAX_CITY_LENGTH = 100

// ───────────────────────── synonyms ─────────────────────────

/** A phrase as both engines see it: folded tokens joined by single spaces. */
export function phraseOf(text: string): string {
	return tokenize(text).join(' ')
}

/**
 * The phrases a taxonomy label stands for: the label without its
 * parenthesised note, each side of " / ", and acronyms from the note, so
 * "Mesenchymal stromal cells (MSC)" gives "mesenchymal stromal cells" and "msc".
 */
export function labelPhrases(label: string): string[] {
	const phrases: string[] = []
	for (const [, note] of label.matchAll(/\(([^)]*)\)/g)) {
		for (const item of note!.split(/[,/]/)) {
			const word = item.trim()
			if (/^\S{2,8}$/.test(word) && /\p{Lu}/u.test(word)) phrases.push(phraseOf(word))
		}
	}
	const base = label.replace(/\([^)]*\)/g, ' ')
	for (const part of base.split(/\s\/\s/)) phrases.push(phraseOf(part))
	return phrases.filter(Boolean)
}

/**
 * Groups of mutually synonymous phrases: for each taxonomy code, its English
 * and Swedish labels and its synonyms. Codes with a single phrase (identical
 * labels, no synonyms) make no group.
 */
export function synonymGroups(
	source: Record<VocabularyName, readonly { en: string; sv: string; synonyms?: string[] }[]> = taxonomy,
): string[][] {
	const groups: string[][] = []
	for (const vocabulary of vocabularyNames) {
		for (const term of source[vocabulary] ?? []) {
			const phrases = new Set([
				...labelPhrases(term.en),
				...labelPhrases(term.sv),
				...(term.synonyms ?? []).map(phraseOf),
			])
			phrases.delete('')
			if (phrases.size >= 2) groups.push([...phrases].sort())
		}
	}
	return groups
}

/**
 * Every phrase mapped to all phrases it is synonymous with (both directions;
 * a phrase in two groups gets both). This map is Meilisearch's `synonyms`
 * setting verbatim and what the PostgreSQL engine expands queries with.
 */
export function synonymMap(groups: string[][] = synonymGroups()): Record<string, string[]> {
	const map = new Map<string, Set<string>>()
	for (const group of groups) {
		for (const phrase of group) {
			const others = map.get(phrase) ?? new Set<string>()
			for (const other of group) if (other !== phrase) others.add(other)
			map.set(phrase, others)
		}
	}
	return Object.fromEntries(
		[...map.entries()]
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
			.map(([phrase, others]) => [phrase, [...others].sort()]),
	)
}

let cachedSynonyms: Record<string, string[]> | undefined
/** The synonyms of the shipped taxonomy, built once. */
export function taxonomySynonyms(): Record<string, string[]> {
	cachedSynonyms ??= synonymMap()
	return cachedSynonyms
}

// ───────────────────────── label matches for ranking ─────────────────────────

// Words that occur in many labels and say nothing about which code is meant.
const LABEL_STOPWORDS = new Set([
	'and',
	'och',
	'for',
	'the',
	'with',
	'med',
	'fran',
	'from',
	'cells',
	'celler',
	'products',
	'produkter',
])

export interface CodeRef {
	attribute: FacetDefinition['attribute']
	code: string
}

/**
 * Folded word → the facet codes whose label (either language), synonyms or
 * code contain it: "lentiviral" → modalities/lentiviral. The PostgreSQL engine
 * ranks a listing higher when it carries a code the query names, as
 * Meilisearch ranks a match in the labels above one in the description.
 */
export function codesByWord(
	source: Record<VocabularyName, readonly { code: string; en: string; sv: string; synonyms?: string[] }[]> = taxonomy,
): Map<string, CodeRef[]> {
	const index = new Map<string, CodeRef[]>()
	for (const facet of facets) {
		if (!facet.vocabulary) continue
		for (const term of source[facet.vocabulary] ?? []) {
			const words = new Set(tokenize([term.code, term.en, term.sv, ...(term.synonyms ?? [])].join(' ')))
			for (const word of words) {
				if (word.length < 3 || LABEL_STOPWORDS.has(word)) continue
				index.set(word, [...(index.get(word) ?? []), { attribute: facet.attribute, code: term.code }])
			}
		}
	}
	return index
}

let cachedCodesByWord: Map<string, CodeRef[]> | undefined
export function taxonomyCodesByWord(): Map<string, CodeRef[]> {
	cachedCodesByWord ??= codesByWord()
	return cachedCodesByWord
}

/** Changes with every form, rule and word of the concept vocabulary: documents carry its concepts. */
function conceptVocabularyHash(): string {
	return createHash('sha256').update(vocabularyFingerprint()).digest('hex').slice(0, 16)
}

let cachedHash: string | undefined
/**
 * Changes whenever anything above changes. It is part of every document's
 * stamp, so after a change start-up reconciliation finds every document stale
 * and rebuilds the index.
 */
export function definitionHash(): string {
	if (cachedHash) return cachedHash
	const definition = {
		INDEX_FORMAT_VERSION,
		facets,
		searchableAttributes,
		filterableAttributes,
		sortableAttributes,
		rankingRules,
		typoTolerance,
		pagination,
		synonyms: taxonomySynonyms(),
		concepts: conceptVocabularyHash(),
	}
	cachedHash = createHash('sha256').update(JSON.stringify(definition)).digest('hex').slice(0, 16)
	return cachedHash
}
