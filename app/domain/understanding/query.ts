// The understanding step for a search box: typos corrected first, then the
// concepts the words stand for (taxonomy codes, words of the field, kinds of
// listing, everyday phrasings of a need, grades, licences, product types),
// then what is left: words a listing must contain as typed, and words that
// add nothing. The same reading serves the search page, the API and the
// search engine's part in matchmaking; it happens before any engine is asked.
import { conceptKey, type ConceptKey } from '../../taxonomy/concepts.ts'
import { readGrades } from '../../taxonomy/grades.ts'
import { stemToken } from '../../taxonomy/morphology.ts'
import { spotPhrases, vocabularyEntries, vocabularyStems, vocabularyWords } from '../../taxonomy/vocabulary.ts'
import { compoundParts } from '../../taxonomy/vocabulary.ts'
import { words } from '../../utils/text.ts'
import { frameNeeds } from './frames.ts'
import {
	addsNothing,
	ASKING_VOCABULARIES,
	conceptsOfLooseWords,
	formKeysOf,
	namesASupplier,
	overlappingMatches,
} from './word-concepts.ts'
import { readQueryPeriod } from './query-period.ts'
import { clauseTokens, type Token } from './tokens.ts'
import { typoCorrections } from './typos.ts'
import { wordLists } from './word-lists.ts'

export type ConceptSource = 'words' | 'need' | 'grade' | 'prefix' | 'word'

export interface UnderstoodConcept {
	key: ConceptKey
	/** The words of the query it was read from (after correction), folded. */
	surface: string
	/** The same words as the visitor typed them. */
	typed: string
	/** The vocabulary form that matched ("cleanroom", "LVV"). */
	form: string
	source: ConceptSource
}

export interface QueryUnderstanding {
	text: string
	/** The query as it was understood, when a typo was corrected ("kvalitetskontrol" → "kvalitetskontroll"). */
	corrected?: string
	corrections: Array<{ from: string; to: string }>
	concepts: UnderstoodConcept[]
	/** Words a listing must contain, as typed (or corrected): names, techniques, anything the vocabulary does not know. */
	words: string[]
	/** The last of `words` may be the beginning of a longer word (nothing was typed after it). */
	prefixLast: boolean
	/** Words that add nothing a listing must contain ("material", "tjänster"). */
	weak: string[]
	/**
	 * The query asks for one who supplies ("supplier", "leverantör", "CDMO"). A person does not supply
	 * vectors or cleanroom time, so among listings that match alike, organisations, facilities and labs
	 * come before experts.
	 */
	suppliersFirst: boolean
	/**
	 * When the query says when ("next spring", "Q2 2027"): the period, counted from the day it was read,
	 * and its words as typed. Those words are no words a listing must contain.
	 */
	period?: { from: string; to: string; typed: string }
}

const QUERY_VOCABULARIES = ASKING_VOCABULARIES
const FUNCTION_WORDS = new Set(wordLists.functionWords.words)
// Abbreviations people type in lower case: "qc", "lv", "ev" mean QC, LV, EV in a search box.
const MAX_ABBREVIATION = 4
// A prefix shorter than this says too little to stand for a concept.
const MIN_CONCEPT_PREFIX = 4

interface Correction {
	index: number
	from: string
	to: string
}

/** The closest vocabulary word for each misspelt word; ties go to the word the vocabulary uses most. */
function correctionsOf(tokens: Token[]): Correction[] {
	const corrections: Correction[] = []
	tokens.forEach((token, index) => {
		// An inflection or a compound of known words is no typo.
		if (vocabularyStems.has(token.stem) || token.parts) return
		const candidates = typoCorrections(token.folded)
		if (candidates.length === 0) return
		const to = [...candidates].sort((left, right) => left.length - right.length || (left < right ? -1 : 1))[0]!
		corrections.push({ index, from: token.raw, to })
	})
	return corrections
}

function corrected(token: Token, to: string): Token {
	const parts = compoundParts(to)
	return { ...token, folded: to, stem: stemToken(to), ...(parts ? { parts } : { parts: undefined }), raw: to }
}

/** Short words typed in lower case read as abbreviations too ("qc" as QC); function words never do. */
function asTyped(token: Token): Token {
	if (token.raw.length > MAX_ABBREVIATION || FUNCTION_WORDS.has(token.folded) || /\p{Lu}/u.test(token.raw)) return token
	return { ...token, raw: token.raw.toUpperCase() }
}

/** Every folded word of the vocabulary's forms, sorted, with the concepts whose forms use it: for prefixes. */
let wordsInOrder: Array<{ word: string; forms: Map<ConceptKey, string> }> | undefined

function prefixIndex() {
	if (!wordsInOrder) {
		const byWord = new Map<string, Map<ConceptKey, string>>()
		for (const entry of vocabularyEntries) {
			if (!QUERY_VOCABULARIES.has(entry.vocabulary)) continue
			for (const { folded } of words(entry.form)) {
				const forms = byWord.get(folded) ?? new Map<ConceptKey, string>()
				forms.set(conceptKey(entry.vocabulary, entry.code), entry.form)
				byWord.set(folded, forms)
			}
		}
		wordsInOrder = [...byWord].map(([word, forms]) => ({ word, forms })).sort((a, b) => (a.word < b.word ? -1 : 1))
	}
	return wordsInOrder
}

/** The vocabulary words that start with the prefix (a range of the sorted list). */
function wordsStartingWith(prefix: string) {
	const list = prefixIndex()
	let low = 0
	let high = list.length
	while (low < high) {
		const middle = (low + high) >> 1
		if (list[middle]!.word < prefix) low = middle + 1
		else high = middle
	}
	const found: typeof list = []
	for (let index = low; index < list.length && list[index]!.word.startsWith(prefix); index += 1)
		found.push(list[index]!)
	return found
}

function startsAVocabularyWord(prefix: string): boolean {
	return wordsStartingWith(prefix).length > 0
}

/** The one concept every vocabulary word starting with the prefix stands for, if there is one. */
function conceptOfPrefix(prefix: string): { key: ConceptKey; form: string } | undefined {
	if (prefix.length < MIN_CONCEPT_PREFIX || vocabularyWords.has(prefix)) return undefined
	const keys = new Map<ConceptKey, string>()
	for (const { forms } of wordsStartingWith(prefix)) for (const [key, form] of forms) keys.set(key, form)
	if (keys.size !== 1) return undefined
	const [key, form] = [...keys][0]!
	return { key, form }
}

/** Reads a search query into corrections, concepts, the period it names and the words left to match as typed. */
export function understandQuery(text: string, today = new Date().toISOString().slice(0, 10)): QueryUnderstanding {
	const typed = clauseTokens(text)
	const endsWithSeparator = /[^\p{L}\p{N}\p{M}]$/u.test(text)
	const period = readQueryPeriod(text, typed, today)
	const periodWords = new Set(period?.indexes)
	// The last word may still be typed: "renru" is the start of "renrum", not a typo.
	const stillTyping = endsWithSeparator ? -1 : typed.length - 1
	const corrections = correctionsOf(typed).filter(
		(correction) =>
			!periodWords.has(correction.index) &&
			(correction.index !== stillTyping || !startsAVocabularyWord(typed[stillTyping]!.folded)),
	)
	const tokens = typed.map((token, index) => {
		const correction = corrections.find((entry) => entry.index === index)
		return asTyped(correction ? corrected(token, correction.to) : token)
	})
	const covered = new Set<number>(periodWords)
	const concepts: UnderstoodConcept[] = []
	const add = (key: ConceptKey, from: number, to: number, form: string, source: ConceptSource) => {
		for (let index = from; index < to; index += 1) covered.add(index)
		if (concepts.some((concept) => concept.key === key)) return
		const span = tokens.slice(from, Math.max(to, from + 1))
		const surface = span.map((token) => token.folded).join(' ')
		const typedText = span.length ? text.slice(span[0]!.start, span.at(-1)!.end) : surface
		concepts.push({ key, surface, typed: typedText, form, source })
	}

	const matches = spotPhrases(tokens, { needs: true, vocabularies: QUERY_VOCABULARIES })
	for (const match of [...matches, ...overlappingMatches(tokens, matches)])
		for (const entry of match.entries)
			add(
				conceptKey(entry.vocabulary, entry.code),
				match.from,
				match.to,
				entry.form,
				entry.scope === 'need' ? 'need' : 'words',
			)
	for (const grade of readGrades(tokens))
		add(conceptKey('cleanroomGrades', grade.grade), grade.from, grade.to, grade.surface, 'grade')
	for (const need of frameNeeds(tokens)) {
		add(conceptKey('services', need.service), need.from, need.from, need.form, 'need')
		for (const index of need.words) covered.add(index)
	}

	const last = tokens.length - 1
	if (last >= 0 && !covered.has(last) && !endsWithSeparator) {
		const completed = conceptOfPrefix(tokens[last]!.folded)
		if (completed) add(completed.key, last, last + 1, completed.form, 'prefix')
	}
	for (const loose of conceptsOfLooseWords(tokens, covered))
		add(
			loose.key,
			loose.from,
			loose.to,
			tokens
				.slice(loose.from, loose.to)
				.map((token) => token.folded)
				.join(' '),
			'word',
		)
	// "batch certification": once "batch" reads as QP release, "certification" (its "QP certification") adds nothing.
	const understoodWords = new Set(concepts.flatMap((concept) => [...formKeysOf(concept.key)]))

	const words: string[] = []
	const weak: string[] = []
	let lastIsWord = false
	tokens.forEach((token, index) => {
		lastIsWord = false
		if (covered.has(index) || FUNCTION_WORDS.has(token.folded)) return
		if (addsNothing(token) || understoodWords.has(token.stem)) {
			weak.push(token.folded)
			return
		}
		if (!words.includes(token.folded)) words.push(token.folded)
		lastIsWord = index === last
	})

	let correctedText: string | undefined
	if (corrections.length) {
		correctedText = text
		for (const { from, to } of corrections) correctedText = correctedText.replace(from, to)
	}
	return {
		text,
		...(correctedText ? { corrected: correctedText } : {}),
		corrections: corrections.map(({ from, to }) => ({ from, to })),
		concepts,
		words,
		prefixLast: lastIsWord && !endsWithSeparator,
		weak,
		suppliersFirst: typed.some(namesASupplier),
		...(period ? { period: { from: period.from, to: period.to, typed: period.typed } } : {}),
	}
}
