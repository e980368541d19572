// The hub's controlled vocabulary, copied from the hub's shared taxonomy.json.
// Codes are stable identifiers (database, search index, URLs, imports);
// labels are what people read.
import type { Locale } from '../i18n/locale.ts'
import { provideTermLabels } from '../i18n/term-labels.ts'
import taxonomyJson from './taxonomy.json'

export type { Locale }

export interface Term {
	code: string
	en: string
	sv: string
	synonyms?: string[]
	rank?: number
}

export const vocabularyNames = [
	'listingTypes',
	'organizationKinds',
	'modalities',
	'services',
	'phases',
	'cleanroomGrades',
	'productTypes',
	'licences',
	'openTo',
] as const

export type VocabularyName = (typeof vocabularyNames)[number]

export const taxonomy: Record<VocabularyName, readonly Term[]> = Object.fromEntries(
	vocabularyNames.map((name) => [name, (taxonomyJson as unknown as Record<string, Term[]>)[name] ?? []]),
) as unknown as Record<VocabularyName, readonly Term[]>

const byCode: Record<VocabularyName, Map<string, Term>> = Object.fromEntries(
	vocabularyNames.map((name) => [name, new Map(taxonomy[name].map((term) => [term.code, term]))]),
) as Record<VocabularyName, Map<string, Term>>

export function codesOf(vocabulary: VocabularyName): string[] {
	return taxonomy[vocabulary].map((term) => term.code)
}

export function isCode(vocabulary: VocabularyName, code: string): boolean {
	return byCode[vocabulary].has(code)
}

export function findTerm(vocabulary: VocabularyName, code: string): Term | undefined {
	return byCode[vocabulary].get(code)
}

/** The label in the reader's language; an unknown code is shown as itself rather than hidden. */
export function termLabel(vocabulary: VocabularyName, code: string, locale: Locale): string {
	const term = byCode[vocabulary].get(code)
	return term ? term[locale] : code
}

provideTermLabels(termLabel)

export function phaseRank(code: string): number | undefined {
	return byCode.phases.get(code)?.rank
}
