// The wider vocabulary of the field (lexicon.json), typed. Data, not code:
// every way of writing a code lives in the JSON file.
import lexiconJson from './lexicon.json'
import type { VocabularyName } from './taxonomy.ts'

export type LexiconVocabulary = Extract<
	VocabularyName,
	'modalities' | 'services' | 'phases' | 'licences' | 'productTypes'
>

interface LexiconFile {
	caseFreeAcronyms: { words: string[] }
	forms: Record<LexiconVocabulary, Record<string, string[]>>
	roles: { services: Record<string, string[]> }
}

const lexicon = lexiconJson as unknown as LexiconFile

/** Extra forms per code, beyond the taxonomy's labels and synonyms. */
export const lexiconForms: Readonly<Record<LexiconVocabulary, Readonly<Record<string, readonly string[]>>>> =
	lexicon.forms

/** Job titles and roles that imply a service (weak evidence). */
export const roleForms: Readonly<Record<string, readonly string[]>> = lexicon.roles.services

/** Acronyms matched in any case ("aav", "msc"). */
export const caseFreeAcronyms: ReadonlySet<string> = new Set(lexicon.caseFreeAcronyms.words)
