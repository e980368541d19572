// Words that stand for a concept on their own, though no form of the
// vocabulary is that word alone: a word that only ever appears in the forms
// of one concept ("vesicles", "certificate", "cryo storage"'s "storage"), or
// that heads the taxonomy label of one concept only ("manufacturing" in "GMP
// manufacturing"). Read in queries and in the titles of requests, which are
// written like queries; a word shared by several concepts ("vector",
// "development") stays a word.
import { conceptKey, type ConceptKey } from '../../taxonomy/concepts.ts'
import { supplierWords, weakWords } from '../../taxonomy/lexicon.ts'
import { stemToken } from '../../taxonomy/morphology.ts'
import { taxonomy } from '../../taxonomy/taxonomy.ts'
import {
	spotPhrases,
	vocabularyEntries,
	type ConceptVocabulary,
	type PhraseMatch,
	type SpotOptions,
	type SpotWord,
} from '../../taxonomy/vocabulary.ts'
import { foldWord } from '../../utils/text.ts'
import { clauseTokens, type Token } from './tokens.ts'
import { wordLists } from './word-lists.ts'

/** What a query or a request can ask for. */
export const ASKING_VOCABULARIES: ReadonlySet<ConceptVocabulary> = new Set<ConceptVocabulary>([
	'modalities',
	'services',
	'phases',
	'licences',
	'productTypes',
	'field',
	'listingTypes',
])
const FUNCTION_WORDS = new Set(wordLists.functionWords.words)
const LABELLED = ['modalities', 'services', 'licences', 'productTypes'] as const
// Short label heads say too little: "site" is a trial site in one label but any site in a sentence.
const MIN_HEAD = 5
const WEAK_KEYS = new Set(weakWords.map((word) => stemToken(foldWord(word))))
// As written, not by stem: "manufacturer" is one who supplies, "manufacturing" a service.
const SUPPLIER_WORDS = new Set(supplierWords.map(foldWord))

/** A noun for the one who supplies ("supplier", "leverantör", "CDMO"). */
export function namesASupplier(token: Pick<Token, 'folded'>): boolean {
	return SUPPLIER_WORDS.has(token.folded)
}

/** A word no query or request requires of a listing: a weak word in any of its forms, or a noun for a supplier. */
export function addsNothing(token: Pick<Token, 'folded' | 'stem'>): boolean {
	return WEAK_KEYS.has(token.stem) || namesASupplier(token)
}
const MAX_CONCEPTS_OF_RUN_WORD = 3

let conceptsByWord: Map<string, Set<ConceptKey>> | undefined
/** Words that end a form (its head noun: "vesicles" in "extracellular vesicles"), by the concepts of those forms. */
let headsOf: Map<string, Set<ConceptKey>> | undefined
// Short technical words ("iPS", "TCR", "tox") name their concept wherever they stand in a form.
const MAX_SHORT_TERM = 4

function conceptsByWordHas(stem: string): boolean {
	wordIndex()
	return conceptsByWord!.has(stem)
}

function wordIndex() {
	if (!conceptsByWord || !headsOf) {
		conceptsByWord = new Map()
		headsOf = new Map()
		const add = (index: Map<string, Set<ConceptKey>>, stem: string, key: ConceptKey) => {
			const keys = index.get(stem) ?? new Set<ConceptKey>()
			keys.add(key)
			index.set(stem, keys)
		}
		for (const entry of vocabularyEntries) {
			if (!ASKING_VOCABULARIES.has(entry.vocabulary)) continue
			const key = conceptKey(entry.vocabulary, entry.code)
			entry.words.forEach((word, position) => {
				if (word.caseSensitive || word.literal) return
				add(conceptsByWord!, word.stem, key)
				if (position === entry.words.length - 1) add(headsOf!, word.stem, key)
			})
		}
	}
}

/**
 * A word that only ever appears in the forms of one concept stands for it on
 * its own, when it is what those forms are about (their last word:
 * "vesicles" of "extracellular vesicles", "certificate" of "GMP
 * certificate") or a short technical term ("iPS", "TCR"). A word shared by
 * several concepts ("vector"), or one that only describes ("aseptic" of
 * "aseptic filling"), stays a word to match as typed.
 */
export function conceptOfWord(token: Pick<Token, 'stem' | 'folded'>): ConceptKey | undefined {
	wordIndex()
	const keys = conceptsByWord!.get(token.stem)
	if (keys?.size !== 1) return undefined
	const [key] = keys
	return token.folded.length <= MAX_SHORT_TERM || headsOf!.get(token.stem)?.has(key!) ? key : undefined
}

let conceptsByLabelWord: Map<string, Set<ConceptKey>> | undefined

/**
 * A word that heads the taxonomy label of one concept only stands for it:
 * "manufacturing" heads "GMP manufacturing" alone, though other phrasings
 * use it too ("vector manufacturing", "manufacturing authorisation").
 */
export function conceptOfLabelWord(token: Pick<Token, 'stem'>): ConceptKey | undefined {
	if (!conceptsByLabelWord) {
		conceptsByLabelWord = new Map()
		for (const vocabulary of LABELLED) {
			for (const term of taxonomy[vocabulary]) {
				for (const label of [term.en, term.sv]) {
					const head = clauseTokens(label.replace(/\([^)]*\)/g, ' ')).at(-1)
					if (!head || FUNCTION_WORDS.has(head.folded) || head.folded.length < MIN_HEAD) continue
					const keys = conceptsByLabelWord.get(head.stem) ?? new Set<ConceptKey>()
					keys.add(conceptKey(vocabulary, term.code))
					conceptsByLabelWord.set(head.stem, keys)
				}
			}
		}
	}
	const keys = conceptsByLabelWord.get(token.stem)
	return keys?.size === 1 ? [...keys][0] : undefined
}

/** The matching keys of every form of a concept: a word among them adds nothing once the concept is read. */
let formKeys: Map<ConceptKey, Set<string>> | undefined

export function formKeysOf(key: ConceptKey): ReadonlySet<string> {
	if (!formKeys) {
		formKeys = new Map()
		for (const entry of vocabularyEntries) {
			const concept = conceptKey(entry.vocabulary, entry.code)
			const keys = formKeys.get(concept) ?? new Set<string>()
			for (const word of entry.words) keys.add(word.stem)
			formKeys.set(concept, keys)
		}
	}
	return formKeys.get(key) ?? new Set()
}

/** Whether a word may stand for a concept at all: function words and words that add nothing never do. */
function mayStandAlone(token: Pick<Token, 'folded' | 'stem'>): boolean {
	return token.stem.length >= 3 && !FUNCTION_WORDS.has(token.folded) && !addsNothing(token)
}

/** Every concept whose forms use the word (or all parts of a compound the vocabulary does not know whole). */
function conceptsUsing(token: Pick<Token, 'folded' | 'stem' | 'parts'>): Set<ConceptKey> {
	wordIndex()
	const keys = new Set(conceptsByWord!.get(token.stem) ?? [])
	if (!keys.size && token.parts)
		for (const part of token.parts) for (const key of conceptsByWord!.get(part) ?? []) keys.add(key)
	return keys
}

/**
 * The concept a run of words stands for: the one concept every word of the
 * run can name ("batch certification": of batch release, batch testing, QP
 * certification and GMP certification, only QP release has both), else the
 * one concept a single word names or heads the label of.
 */
export function conceptOfRun(tokens: ReadonlyArray<Pick<Token, 'folded' | 'stem' | 'parts'>>): ConceptKey | undefined {
	// A compound the vocabulary does not know whole is a run of its parts ("batchcertifiering").
	const words = tokens.flatMap((token) =>
		token.parts && !conceptsByWordHas(token.stem) ? token.parts.map((part) => ({ folded: part, stem: part })) : [token],
	)
	if (words.length > tokens.length) return conceptOfRun(words)
	const candidates = tokens.filter(mayStandAlone).map(conceptsUsing)
	// A word of many concepts ("GMP") says too little to narrow a run down.
	const known = candidates.filter((keys) => keys.size > 0 && keys.size <= MAX_CONCEPTS_OF_RUN_WORD)
	if (known.length > 1) {
		const shared = [...known[0]!].filter((key) => known.every((keys) => keys.has(key)))
		if (shared.length === 1) return shared[0]
	}
	if (tokens.length !== 1 || !mayStandAlone(tokens[0]!)) return undefined
	const [token] = tokens
	return conceptOfWord(token!) ?? conceptOfLabelWord(token!) ?? (token!.parts ? partsConcept(token!.parts) : undefined)
}

function partsConcept(parts: readonly string[]): ConceptKey | undefined {
	const keys = new Set(
		parts.flatMap((part) =>
			[conceptOfWord({ stem: part, folded: part }) ?? conceptOfLabelWord({ stem: part })].filter(Boolean),
		),
	)
	return keys.size === 1 ? ([...keys][0] as ConceptKey) : undefined
}

/** Runs of neighbouring words no phrase took (function words end a run), and the concept each run or word stands for. */
export function conceptsOfLooseWords(
	tokens: ReadonlyArray<Pick<Token, 'folded' | 'stem' | 'parts'>>,
	covered: ReadonlySet<number>,
	single: (key: ConceptKey) => boolean = () => true,
): Array<{ key: ConceptKey; from: number; to: number }> {
	const found: Array<{ key: ConceptKey; from: number; to: number }> = []
	let start = 0
	const flush = (end: number) => {
		if (end <= start) return
		const whole = end - start > 1 ? conceptOfRun(tokens.slice(start, end)) : undefined
		if (whole) found.push({ key: whole, from: start, to: end })
		else
			for (let index = start; index < end; index += 1) {
				const key = conceptOfRun([tokens[index]!])
				if (key && single(key)) found.push({ key, from: index, to: index + 1 })
			}
	}
	for (let index = 0; index <= tokens.length; index += 1) {
		const ends = index === tokens.length || covered.has(index) || FUNCTION_WORDS.has(tokens[index]!.folded)
		if (!ends) continue
		flush(index)
		start = index + 1
	}
	return found
}

/**
 * Phrases that begin inside another phrase and reach past it: in "lentiviral
 * vector supplier" the modality takes "lentiviral vector", and "vector
 * supplier" (the supply of vectors) is read as well.
 */
export function overlappingMatches(
	tokens: readonly SpotWord[],
	matches: readonly PhraseMatch[],
	options: Pick<SpotOptions, 'typoCandidates'> = {},
): PhraseMatch[] {
	const extra: PhraseMatch[] = []
	for (const match of matches) {
		for (let inner = match.from + 1; inner < match.to; inner += 1) {
			const [found] = spotPhrases(tokens.slice(inner), { ...options, needs: true, vocabularies: ASKING_VOCABULARIES })
			if (found && found.from === 0 && inner + found.to > match.to)
				extra.push({ ...found, from: inner + found.from, to: inner + found.to })
		}
	}
	return extra
}
