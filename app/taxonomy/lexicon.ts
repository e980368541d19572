// The wider vocabulary of the field (lexicon.json), typed. Data, not code:
// every way of writing a code lives in the JSON file.
import lexiconJson from './lexicon.json'
import type { VocabularyName } from './taxonomy.ts'

export type LexiconVocabulary = Extract<
	VocabularyName,
	'modalities' | 'services' | 'phases' | 'licences' | 'productTypes'
>

export interface FieldConcept {
	/** What the concept is called, in English and Swedish. */
	en: string
	sv: string
	forms: string[]
	/** Codes that also stand for the concept: a listing with cleanroom grades has cleanrooms. */
	structured?: Partial<Record<VocabularyName, string[]>>
}

export interface NeedFrame {
	service: string
	verbs: string[]
	/** Nouns for the one who does it ("leverantör", "manufacturer"): read as its verbs are. */
	agents?: string[]
	objects: string[]
	modalities: string[]
}

interface LexiconFile {
	caseFreeAcronyms: { words: string[] }
	forms: Record<LexiconVocabulary, Record<string, string[]>>
	roles: { services: Record<string, string[]> }
	fieldConcepts: { concepts: Record<string, FieldConcept> }
	listingTypeForms: { forms: Record<string, string[]> }
	needPhrases: { services: Record<string, string[]> }
	needFrames: { frames: NeedFrame[] }
	weakWords: { words: string[] }
	supplierWords: { words: string[] }
	gradeWords: { keywords: string[]; listFillers: string[] }
}

const lexicon = lexiconJson as unknown as LexiconFile

/** Extra forms per code, beyond the taxonomy's labels and synonyms. */
export const lexiconForms: Readonly<Record<LexiconVocabulary, Readonly<Record<string, readonly string[]>>>> =
	lexicon.forms

/** Job titles and roles that imply a service (weak evidence). */
export const roleForms: Readonly<Record<string, readonly string[]>> = lexicon.roles.services

/** Acronyms matched in any case ("aav", "msc"). */
export const caseFreeAcronyms: ReadonlySet<string> = new Set(lexicon.caseFreeAcronyms.words)

/** Words of the field that are not codes ("cleanroom", "cell therapy"), by concept. */
export const fieldConcepts: Readonly<Record<string, FieldConcept>> = lexicon.fieldConcepts.concepts

/** Words that name a kind of listing, for queries. */
export const listingTypeForms: Readonly<Record<string, readonly string[]>> = lexicon.listingTypeForms.forms

/** Everyday phrasings of a need per service, for requests and queries. */
export const needPhrases: Readonly<Record<string, readonly string[]>> = lexicon.needPhrases.services

/** Verb-and-object needs ("produce our vector"). */
export const needFrames: readonly NeedFrame[] = lexicon.needFrames.frames

/** Words a query never requires. */
export const weakWords: readonly string[] = lexicon.weakWords.words

/** Nouns for the one who supplies ("supplier", "leverantör"): never required, and they put providers before people. */
export const supplierWords: readonly string[] = lexicon.supplierWords.words

export const gradeWords = lexicon.gradeWords
