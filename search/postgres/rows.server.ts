// What the PostgreSQL engine writes for a document: its searchable text in
// parts (sql.server.ts), folded and tokenised exactly like queries, with the
// tokens of its synonym groups and concepts, and its facet columns.
import { tokenize } from '~/utils/text.ts'
import type { SearchDocument } from '../engine.ts'
import { conceptAttributes, searchableAttributes } from '../index-definition.ts'
import { facetKeysOf, TEXT_PARTS, type TextPart } from './sql.server.ts'
import { groupTokensIn } from './synonym-tokens.ts'
import { multirangeLiteral } from '../availability.ts'

const MIN_VOCABULARY_WORD = 3

// Which text parts (sql.server.ts) each field goes to, for matching and for ranking.
const partsOfField = {
	name: { search: 's_all', rank: 'r_a', groupsRank: 'r_a_simple' },
	// A named concept is also held or stated: its token twice in the top weight ranks it above the others.
	conceptsNamed: { search: 's_simple', rank: 'r_concept_a' },
	conceptsBoth: { search: 's_simple', rank: 'r_concept_a' },
	conceptsTagged: { search: 's_simple', rank: 'r_concept_b' },
	organizationName: { search: 's_simple', rank: 'r_b', groupsRank: 'r_b' },
	labelsEn: { search: 's_en' },
	labelsSv: { search: 's_sv' },
	tags: { search: 's_lang', rank: 'r_b', groupsRank: 'r_b' },
	conceptsStated: { search: 's_simple', rank: 'r_concept_c' },
	summary: { search: 's_lang' },
	translatedSummary: { search: 's_other' },
	city: { search: 's_simple' },
	campus: { search: 's_simple' },
	description: { search: 's_lang' },
	translatedDescription: { search: 's_other' },
} as const satisfies Record<
	(typeof searchableAttributes)[number]['attribute'],
	{ search: TextPart | 's_other'; rank?: TextPart; groupsRank?: TextPart }
>

const CONCEPT_FIELDS: ReadonlySet<string> = new Set(conceptAttributes)

/**
 * The document's searchable text in parts (sql.server.ts), folded and
 * tokenised exactly like queries, plus the tokens of every synonym group
 * whose phrase occurs in a field. Concept tokens are words already.
 */
export function textPartsOf(document: SearchDocument): Record<TextPart, string> {
	const texts = Object.fromEntries(TEXT_PARTS.map((part) => [part, [] as string[]])) as Record<TextPart, string[]>
	for (const { attribute } of searchableAttributes) {
		const parts: { search: TextPart | 's_other'; rank?: TextPart; groupsRank?: TextPart } = partsOfField[attribute]
		// A translation is in the other language of the two, and is stemmed as that one.
		const search = parts.search === 's_other' ? (document.contentLocale === 'sv' ? 's_en' : 's_sv') : parts.search
		const value = document[attribute]
		for (const item of Array.isArray(value) ? value : value ? [value] : []) {
			const words = tokenize(item)
			if (!words.length) continue
			const text = words.join(' ')
			texts[search].push(text)
			if (parts.rank) texts[parts.rank].push(text)
			if (CONCEPT_FIELDS.has(attribute)) continue
			const groups = groupTokensIn(words).join(' ')
			if (groups) texts.s_simple.push(groups)
			if (parts.groupsRank && groups) texts[parts.groupsRank].push(groups)
		}
	}
	// A full stop between values keeps one value's words from running into the next.
	return Object.fromEntries(Object.entries(texts).map(([part, items]) => [part, items.join(' . ')])) as Record<
		TextPart,
		string
	>
}

/** Words of the documents for typo candidates (concept tokens are no words anyone types). */
export function vocabularyOf(documents: SearchDocument[]): string[] {
	const words = new Set<string>()
	for (const document of documents) {
		for (const { attribute } of searchableAttributes) {
			if (CONCEPT_FIELDS.has(attribute)) continue
			const value = document[attribute]
			for (const part of Array.isArray(value) ? value : value ? [value] : []) {
				for (const word of tokenize(part)) if (word.length >= MIN_VOCABULARY_WORD) words.add(word)
			}
		}
	}
	return [...words].sort()
}

export function rowsOf(documents: SearchDocument[]) {
	return documents.map((document) => ({
		id: document.id,
		document,
		type: document.type,
		kind: document.kind,
		city: document.city,
		organizationId: document.organizationId,
		modalities: document.modalities,
		services: document.services,
		phases: document.phases,
		grades: document.grades,
		licences: document.licences,
		nameSort: document.nameSort,
		updatedAt: document.updatedAt,
		visibility: document.visibility,
		stamp: document.stamp,
		facetKeys: facetKeysOf(document),
		freeRanges: multirangeLiteral(document.freeRanges),
		lang: document.contentLocale === 'sv' ? 'swedish' : 'english',
		...textPartsOf(document),
	}))
}
