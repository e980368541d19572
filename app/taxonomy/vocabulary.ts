// Every way of writing each code of the taxonomy, in English and Swedish: its
// labels, its synonyms and the lexicon's forms, each as a list of word stems;
// and the phrase spotter that finds them in a run of words. Search documents,
// queries, listing text and requests are all read with this one vocabulary.
import { MAX_TOKEN_LENGTH, words } from '../utils/text.ts'
import {
	caseFreeAcronyms,
	fieldConcepts,
	lexiconForms,
	listingTypeForms,
	needPhrases,
	roleForms,
	type LexiconVocabulary,
} from './lexicon.ts'
import { morphologyRules, notCompoundParts, pluralStem, stemToken } from './morphology.ts'
import { taxonomy } from './taxonomy.ts'

/** Taxonomy vocabularies, job titles (roles), words of the field (field) and kinds of listing. */
export type ConceptVocabulary = LexiconVocabulary | 'roles' | 'field' | 'listingTypes'

/**
 * Where a form is read: `text` everywhere (listing text, documents, queries,
 * requests); `need` only where someone asks for something (queries and
 * requests): "donor" in a request asks for donor material, in a listing it
 * may describe anything.
 */
export type FormScope = 'text' | 'need'

export interface FormWord {
	stem: string
	/** Set for short all-caps abbreviations, which only match as written. */
	caseSensitive?: string
	/**
	 * Set for job titles, which match as written but for a plural "s":
	 * "virologist" is a role, "virology" a field.
	 */
	literal?: string
}

export interface VocabularyEntry {
	words: FormWord[]
	vocabulary: ConceptVocabulary
	code: string
	/** The form as written in the taxonomy or lexicon. */
	form: string
	scope: FormScope
}

const MAX_CASE_SENSITIVE_LENGTH = 3

function formWordsOf(form: string, literal: boolean): FormWord[] {
	const formWords = words(form)
	return formWords.map(({ raw, folded }) => {
		if (literal) return { stem: pluralStem(folded), literal: pluralStem(folded) }
		const isShortAcronym =
			formWords.length === 1 &&
			raw.length <= MAX_CASE_SENSITIVE_LENGTH + 1 &&
			raw === raw.toUpperCase() &&
			/\p{Lu}/u.test(raw)
		const caseSensitive =
			isShortAcronym && !caseFreeAcronyms.has(folded) && (raw.length <= MAX_CASE_SENSITIVE_LENGTH || /\d/.test(raw))
		return caseSensitive ? { stem: stemToken(folded), caseSensitive: raw } : { stem: stemToken(folded) }
	})
}

/** "Cell banking (MCB/WCB)" → "Cell banking", "MCB", "WCB"; "Extracellular vesicles / exosomes" → both halves. */
function formsOfLabel(label: string): string[] {
	const forms: string[] = []
	const withoutParentheses = label.replace(/\s*\([^)]*\)/g, '').trim()
	if (withoutParentheses) forms.push(withoutParentheses)
	for (const inner of label.matchAll(/\(([^)]*)\)/g)) {
		for (const piece of (inner[1] ?? '').split(/[,/]/)) {
			const trimmed = piece.trim()
			if (/^[\p{Lu}\d-]{2,6}$/u.test(trimmed)) forms.push(trimmed)
		}
	}
	if (withoutParentheses.includes(' / ')) forms.push(...withoutParentheses.split(' / ').map((part) => part.trim()))
	return forms
}

function variantsOf(form: string): string[] {
	const variants = [form]
	if (form.includes('&')) variants.push(form.replace(/&/g, 'and'), form.replace(/&/g, 'och'))
	// "CAR T" is also written "CART", "TCR-T" as "TCRT".
	const joined = form.replace(/\b([A-Za-z]{2,4})[- ]([A-Z]{1,2})\b/g, '$1$2')
	if (joined !== form) variants.push(joined)
	return variants
}

// The taxonomy's own labels for these vocabularies are too broad to read in
// free text ("Discovery / research" would make every "research group" a
// discovery-phase provider); the lexicon lists the phase phrasings instead.
const LABELS_FROM_TAXONOMY: readonly LexiconVocabulary[] = ['modalities', 'services', 'licences', 'productTypes']

const foldedWords = new Set<string>()

function buildEntries(): VocabularyEntry[] {
	const entries: VocabularyEntry[] = []
	const seen = new Set<string>()
	const add = (vocabulary: ConceptVocabulary, code: string, form: string, scope: FormScope = 'text') => {
		for (const variant of variantsOf(form)) {
			for (const word of words(variant)) foldedWords.add(word.folded)
			const formWords = formWordsOf(variant, vocabulary === 'roles')
			if (formWords.length === 0) continue
			const key = `${vocabulary}|${code}|${scope}|${formWords.map((word) => word.caseSensitive ?? word.stem).join(' ')}`
			if (seen.has(key)) continue
			seen.add(key)
			entries.push({ words: formWords, vocabulary, code, form: variant, scope })
		}
	}
	for (const vocabulary of LABELS_FROM_TAXONOMY) {
		for (const term of taxonomy[vocabulary]) {
			for (const label of [term.en, term.sv]) for (const form of formsOfLabel(label)) add(vocabulary, term.code, form)
			for (const synonym of term.synonyms ?? []) add(vocabulary, term.code, synonym)
		}
	}
	for (const [vocabulary, codes] of Object.entries(lexiconForms) as Array<
		[LexiconVocabulary, Record<string, readonly string[]>]
	>) {
		for (const [code, forms] of Object.entries(codes)) for (const form of forms) add(vocabulary, code, form)
	}
	for (const [code, forms] of Object.entries(roleForms)) for (const form of forms) add('roles', code, form)
	for (const [code, concept] of Object.entries(fieldConcepts))
		for (const form of concept.forms) add('field', code, form)
	for (const [code, forms] of Object.entries(listingTypeForms))
		for (const form of forms) add('listingTypes', code, form, 'need')
	for (const [code, forms] of Object.entries(needPhrases)) for (const form of forms) add('services', code, form, 'need')
	return entries
}

export const vocabularyEntries: readonly VocabularyEntry[] = buildEntries()

const entriesByFirstStem = new Map<string, VocabularyEntry[]>()
const entriesByFirstRaw = new Map<string, VocabularyEntry[]>()
const entriesByFirstLiteral = new Map<string, VocabularyEntry[]>()
const stems = new Set<string>()
for (const entry of vocabularyEntries) {
	const first = entry.words[0]!
	const key = first.caseSensitive ?? first.literal ?? first.stem
	const index = first.caseSensitive ? entriesByFirstRaw : first.literal ? entriesByFirstLiteral : entriesByFirstStem
	index.set(key, [...(index.get(key) ?? []), entry])
	for (const word of entry.words) if (!word.caseSensitive && !word.literal) stems.add(word.stem)
}

/** The matching key of every word of every form (case-sensitive abbreviations aside). */
export const vocabularyStems: ReadonlySet<string> = stems

/** Every word of every form as written (folded): what a misspelt word may be corrected to. */
export const vocabularyWords: ReadonlySet<string> = foldedWords

// ───────────────────────── compounds ─────────────────────────

const MIN_PART = 3
const MIN_COMPOUND = 7
const compoundCache = new Map<string, readonly string[] | null>()

function partKey(part: string): string | undefined {
	if (part.length < MIN_PART || notCompoundParts.has(part)) return undefined
	const key = stemToken(part)
	return stems.has(key) ? key : undefined
}

function splitInto(folded: string): string[] | undefined {
	// The longest known first part wins: "renrums|klass" before "ren|rumsklass".
	for (let cut = folded.length - MIN_PART; cut >= MIN_PART; cut -= 1) {
		const left = folded.slice(0, cut)
		// Swedish joins parts with an "s": "kvalitets|kontroll", "flödes|cytometri".
		const leftKey = partKey(left) ?? (left.endsWith('s') ? partKey(left.slice(0, -1)) : undefined)
		if (!leftKey) continue
		const right = folded.slice(cut)
		// A last part of three letters is too often an ending ("baser|ade"): it must keep four.
		const rightKey = right.length > MIN_PART ? stemToken(right) : undefined
		if (rightKey && rightKey.length <= MIN_PART) continue
		if (rightKey && stems.has(rightKey)) return [leftKey, rightKey]
		const rest = right.length >= MIN_COMPOUND ? splitInto(right) : undefined
		if (rest) return [leftKey, ...rest]
	}
	return undefined
}

/**
 * The vocabulary keys of the parts of a compound the vocabulary does not know
 * whole: "cellbanker" → the keys of "cell" and "bank", "dendritceller" →
 * "dendrit" and "cell", so that they match "cell bank" and "dendritic cells".
 * Undefined for short words and words known whole.
 */
export function compoundParts(folded: string): readonly string[] | undefined {
	if (folded.length < MIN_COMPOUND || folded.length > MAX_TOKEN_LENGTH || /\d/.test(folded)) return undefined
	let parts = compoundCache.get(folded)
	if (parts === undefined) {
		parts = stems.has(stemToken(folded)) ? null : (splitInto(folded) ?? null)
		if (compoundCache.size > 100_000) compoundCache.clear()
		compoundCache.set(folded, parts)
	}
	return parts ?? undefined
}

// ───────────────────────── words of a text ─────────────────────────

const SENTENCE_BREAK = /[.!?](\s|$)|\n/

/** A word of a text: as written, folded, its matching key, its compound parts, its place and its sentence. */
export interface TextWord {
	/** As written, for case-sensitive abbreviations ("PD", "OV"). */
	raw: string
	/** Folded (lowercase, accents removed). */
	folded: string
	/** The matching key: folded, without inflection (taxonomy/morphology.ts). */
	stem: string
	/** The keys of a compound's parts when the vocabulary does not know it whole. */
	parts?: readonly string[]
	start: number
	end: number
	sentence: number
	/** The text between the previous word and this one. */
	separator: string
}

/** The words of a text as every reader of the vocabulary sees them; sentences end at . ! ? and line breaks. */
export function textWords(text: string): TextWord[] {
	const result: TextWord[] = []
	let sentence = 0
	let previousEnd = 0
	for (const { raw, folded, start, end } of words(text)) {
		const separator = text.slice(previousEnd, start)
		if (result.length > 0 && SENTENCE_BREAK.test(separator)) sentence += 1
		const parts = compoundParts(folded)
		result.push({ raw, folded, stem: stemToken(folded), ...(parts ? { parts } : {}), start, end, sentence, separator })
		previousEnd = end
	}
	return result
}

// ───────────────────────── spotting ─────────────────────────

/** A word to spot in: as written, its stem, and the sentence it belongs to (phrases never cross sentences). */
export interface SpotWord {
	raw: string
	folded: string
	stem: string
	/** The keys of a compound's parts (compoundParts), each spotted as a word of its own. */
	parts?: readonly string[]
	sentence?: number
}

export interface PhraseMatch {
	/** Every entry of the longest phrase found here (one phrase may stand for several codes). */
	entries: VocabularyEntry[]
	from: number
	to: number
	/** False when a word needed typo tolerance. */
	exact: boolean
}

export interface SpotOptions {
	/** Vocabulary keys a misspelt word may stand for. */
	typoCandidates?: (word: SpotWord) => readonly string[]
	/** Whether an entry may be matched with a typo at all. */
	typosAllowed?: (entry: VocabularyEntry) => boolean
	/** A match to leave out (a company name, say); spotting goes on after it. */
	skip?: (from: number, to: number) => boolean
	/** The vocabularies to read (default: all). */
	vocabularies?: ReadonlySet<ConceptVocabulary>
	/** Also read the forms of asking (`need`); by default only `text` forms. */
	needs?: boolean
}

const NO_CANDIDATES = () => [] as readonly string[]
const NO_ENTRIES: readonly VocabularyEntry[] = []

/**
 * The words as the spotter reads them: a compound the vocabulary does not
 * know whole is read as its parts (which have no spelling of their own, so no
 * case-sensitive or typo-tolerant match), each pointing back to its word.
 */
interface ReadWords {
	words: SpotWord[]
	origin: number[]
	isPart: boolean[]
}

function readWords(spotWords: readonly SpotWord[]): ReadWords {
	const read: ReadWords = { words: [], origin: [], isPart: [] }
	for (let origin = 0; origin < spotWords.length; origin += 1) {
		const word = spotWords[origin]!
		if (!word.parts) {
			read.words.push(word)
			read.origin.push(origin)
			read.isPart.push(false)
			continue
		}
		for (const part of word.parts) {
			read.words.push({ raw: '', folded: part, stem: part, sentence: word.sentence })
			read.origin.push(origin)
			read.isPart.push(true)
		}
	}
	return read
}

function matchesWord(
	formWord: FormWord,
	word: SpotWord,
	isPart: boolean,
	typoCandidates: (word: SpotWord) => readonly string[],
	allowTypos: boolean,
): 'exact' | 'fuzzy' | undefined {
	if (formWord.caseSensitive) {
		if (isPart) return undefined
		return word.raw === formWord.caseSensitive || word.raw === `${formWord.caseSensitive}s` ? 'exact' : undefined
	}
	if (formWord.literal) return !isPart && pluralStem(word.folded) === formWord.literal ? 'exact' : undefined
	if (word.stem === formWord.stem) return 'exact'
	return allowTypos && !isPart && typoCandidates(word).includes(formWord.stem) ? 'fuzzy' : undefined
}

// Case-sensitive forms are abbreviations in capitals: only a word written with one can match them.
const HAS_CAPITAL = /\p{Lu}/u

function candidateEntries(
	word: SpotWord,
	isPart: boolean,
	typoCandidates: (word: SpotWord) => readonly string[],
): readonly VocabularyEntry[] {
	const byStem = entriesByFirstStem.get(word.stem)
	if (isPart) return byStem ?? NO_ENTRIES
	const typos = typoCandidates(word)
	const capital = HAS_CAPITAL.test(word.raw)
	const byRaw = capital ? entriesByFirstRaw.get(word.raw) : undefined
	const byRawSingular = capital && word.raw.endsWith('s') ? entriesByFirstRaw.get(word.raw.slice(0, -1)) : undefined
	const byLiteral = entriesByFirstLiteral.size ? entriesByFirstLiteral.get(pluralStem(word.folded)) : undefined
	if (!typos.length && !byRaw && !byRawSingular && !byLiteral) return byStem ?? NO_ENTRIES
	const result: VocabularyEntry[] = byStem ? [...byStem] : []
	for (const candidate of typos) result.push(...(entriesByFirstStem.get(candidate) ?? NO_ENTRIES))
	for (const entries of [byRaw, byRawSingular, byLiteral]) if (entries) result.push(...entries)
	return result
}

/**
 * Longest-match phrase spotting, left to right, never across a sentence:
 * "tillverkning av virusvektorer" wins over "tillverkning", "CAR-NK cells"
 * over "NK cells". A span may stand for several codes at once (the modality
 * and the product type "tissue-engineered products").
 */
export function spotPhrases(spotWords: readonly SpotWord[], options: SpotOptions = {}): PhraseMatch[] {
	const typoCandidates = options.typoCandidates ?? NO_CANDIDATES
	const { words: read, origin, isPart } = readWords(spotWords)
	const matches: PhraseMatch[] = []
	let position = 0
	while (position < read.length) {
		const first = read[position]!
		let best: PhraseMatch | undefined
		for (const entry of candidateEntries(first, isPart[position]!, typoCandidates)) {
			if (entry.scope === 'need' && !options.needs) continue
			if (options.vocabularies && !options.vocabularies.has(entry.vocabulary)) continue
			const length = entry.words.length
			if (position + length > read.length) continue
			const allowTypos = options.typosAllowed?.(entry) ?? true
			let exact = true
			let matched = true
			for (let offset = 0; offset < length; offset += 1) {
				const word = read[position + offset]!
				if (word.sentence !== first.sentence) {
					matched = false
					break
				}
				const result = matchesWord(entry.words[offset]!, word, isPart[position + offset]!, typoCandidates, allowTypos)
				if (!result) {
					matched = false
					break
				}
				if (result === 'fuzzy') exact = false
			}
			if (!matched) continue
			const to = position + length
			if (!best || to > best.to || (to === best.to && exact && !best.exact))
				best = { entries: [entry], from: position, to, exact }
			else if (to === best.to && exact === best.exact) best.entries.push(entry)
		}
		if (best) {
			// Back to the caller's words: a phrase inside a compound covers the whole compound.
			const found = { ...best, from: origin[best.from]!, to: origin[best.to - 1]! + 1 }
			if (!options.skip?.(found.from, found.to)) matches.push(found)
			position = best.to
		} else {
			position += 1
		}
	}
	return matches
}

/** Everything the readers of the vocabulary depend on, as text: a change here changes what every document holds. */
export function vocabularyFingerprint(): string {
	return JSON.stringify({ entries: vocabularyEntries, rules: morphologyRules, fields: fieldConcepts })
}
