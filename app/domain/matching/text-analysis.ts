// Reads free text (listing descriptions, request descriptions; English and
// Swedish) into evidence for taxonomy codes. Pure functions, no I/O: the same
// code runs when a listing is indexed, when a request is submitted and in the
// benchmark.
//
// A mention is only as good as its sentence: "we do not offer viral vector
// production", "tidigare arbetade vi med AAV" and "for vialing we refer
// clients to …" all name a capability the provider does NOT have, so every
// mention carries a polarity read from its clause.
import { taxonomy } from '../taxonomy/taxonomy.ts'
import { editDistance, foldText, words } from '../../utils/text.ts'
import { extraTerms, roleTerms, type LexiconVocabulary } from './lexicon.ts'

export { editDistance, foldText }

export type Polarity = 'affirmed' | 'negated' | 'past' | 'referral'
export type EvidenceVocabulary = LexiconVocabulary | 'roles'

export interface Token {
	/** As written, for case-sensitive abbreviations ("PD", "OV"). */
	raw: string
	/** Folded (lowercase, accents removed). */
	folded: string
	/** Folded with a plural "s" removed, used to match terms. */
	stem: string
	start: number
	end: number
	sentence: number
	clause: number
}

export interface Mention {
	vocabulary: EvidenceVocabulary
	code: string
	polarity: Polarity
	/** The words as they stand in the text. */
	surface: string
	/** The lexicon form that matched, for explanations ("mentions LVV"). */
	form: string
	start: number
	end: number
	sentence: number
	/** False when a typo-tolerant comparison was needed. */
	exact: boolean
	/** True for phases filled in from a range ("from discovery to phase I"). */
	implied?: boolean
}

export interface DateMention {
	/** First day of the period the text names (ISO yyyy-mm-dd). */
	start: string
	/** Last day of the period the text names. */
	end: string
	/** What the date is about, read from the words before it. */
	kind: 'available' | 'deadline' | 'other'
	polarity: Polarity
	surface: string
	sentence: number
}

export interface GradeMention {
	grade: 'A' | 'B' | 'C' | 'D'
	polarity: Polarity
	surface: string
	sentence: number
}

export interface CodeEvidence {
	vocabulary: EvidenceVocabulary
	code: string
	mentions: Mention[]
}

export interface TextEvidence {
	mentions: Mention[]
	/** The mentions grouped per code, in order of first appearance. */
	codes: CodeEvidence[]
	dates: DateMention[]
	grades: GradeMention[]
}

export interface AnalysisOptions {
	/**
	 * Requests read "we already have X covered" as "X is not needed", and a
	 * referral cue means nothing there ("looking for a partner with …").
	 */
	perspective?: 'listing' | 'request'
}

// ───────────────────────── normalisation ─────────────────────────

/** Plural "s" removed so that "vectors"/"vector", "cells"/"cell" compare equal; "process", "virus", "analysis" keep theirs. */
export function stemToken(folded: string): string {
	if (folded.length > 4 && folded.endsWith('s') && !/(ss|us|is)$/.test(folded)) return folded.slice(0, -1)
	return folded
}

const SENTENCE_BREAK = /[.!?](\s|$)|\n/
const CLAUSE_BREAK = /;/
const CLAUSE_STARTERS = new Set(['but', 'however', 'whereas', 'although', 'men', 'dock'])
const NEGATION_WORDS = new Set(['not', 'no', 'inte', 'ej', 'never', 'aldrig'])

/**
 * Words with their positions and the sentence and clause they belong to.
 * Hyphens and slashes split words ("CAR-T" → CAR, T), so hyphen and space
 * variants compare equal; "CART" is matched through the lexicon's joined forms.
 */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = []
	let sentence = 0
	let clause = 0
	let previousEnd = 0
	let clauseHasNegation = false
	for (const { raw, folded, start, end } of words(text)) {
		const separator = text.slice(previousEnd, start)
		if (tokens.length > 0) {
			if (SENTENCE_BREAK.test(separator)) {
				sentence += 1
				clause += 1
				clauseHasNegation = false
			} else if (
				CLAUSE_BREAK.test(separator) ||
				CLAUSE_STARTERS.has(folded) ||
				(separator.includes(',') && NEGATION_WORDS.has(folded)) ||
				// "inte AAV utan lentivirus": after a negation, "utan" means "but", not "without".
				(folded === 'utan' && clauseHasNegation)
			) {
				clause += 1
				clauseHasNegation = false
			}
		}
		if (NEGATION_WORDS.has(folded)) clauseHasNegation = true
		tokens.push({ raw, folded, stem: stemToken(folded), start, end, sentence, clause })
		previousEnd = end
	}
	return tokens
}

// ───────────────────────── typo tolerance ─────────────────────────

// Short words are left exact: one edit turns "cell" into "call", "LV" into "LB".
const MIN_FUZZY_LENGTH = 5

// Correctly spelled words that sit one edit away from a lexicon word; without
// them "patients" would read as "patents" and "marker" as "market".
const PROTECTED_WORDS = new Set(
	[
		'patient',
		'patients',
		'marker',
		'markers',
		'career',
		'genome',
		'vision',
		'version',
		'virus',
		'viral',
		'cells',
		'grant',
		'graft',
		'grafts',
		'grade',
		'graded',
		'trade',
		'phase',
		'phrase',
		'funded',
		'founded',
		'founding',
		'facility',
		'facilities',
		'clinic',
		'clinics',
		'clinical',
		'studie',
		'studier',
		'stude',
		'course',
		'source',
		'sources',
		'model',
		'modell',
		'modeller',
		'modules',
		'testing',
		'testning',
		'release',
		'tissue',
		'issue',
		'issues',
		'design',
		'designs',
		'assay',
		'assays',
		'essay',
		'based',
		'bases',
		'fases',
		'cases',
		'basis',
		'platform',
		'platforms',
		'partner',
		'partners',
		'permit',
		'permits',
		'license',
		'licence',
		'licences',
		'licenses',
		'vektor',
		'vektorer',
		'vector',
		'vectors',
		'sector',
		'sectors',
		'celler',
		'seller',
		'center',
		'centre',
		'centres',
		'centers',
		'produkter',
		'product',
		'products',
		'produce',
		'products',
		'process',
		'processes',
		'access',
		'support',
		'supports',
		'report',
		'reports',
		'supply',
		'supplies',
		'applied',
		'apply',
		'screen',
		'screening',
		'service',
		'services',
		'device',
		'devices',
	].map(stemToken),
)

// ───────────────────────── lexicon ─────────────────────────

interface LexiconToken {
	stem: string
	/** Set for short all-caps abbreviations, which only match as written. */
	caseSensitive?: string
}

interface LexiconEntry {
	tokens: LexiconToken[]
	vocabulary: EvidenceVocabulary
	code: string
	form: string
}

// Acronyms that never collide with ordinary words, so "aav" and "msc" typed in
// lowercase still count.
const CASE_FREE_ACRONYMS = new Set([
	'aav',
	'raav',
	'lvv',
	'msc',
	'hsc',
	'hsct',
	'ipsc',
	'hesc',
	'vcn',
	'mcb',
	'wcb',
	'facs',
	'impd',
	'gmp',
	'cgmp',
	'cart',
	'treg',
	'glp',
	'gmm',
	'gmo',
	'cdmo',
	'esc',
])

const MAX_CASE_SENSITIVE_LENGTH = 3

function lexiconTokensOf(form: string): LexiconToken[] {
	const formWords = words(form)
	return formWords.map(({ raw: word, folded }) => {
		const isShortAcronym =
			formWords.length === 1 &&
			word.length <= MAX_CASE_SENSITIVE_LENGTH + 1 &&
			word === word.toUpperCase() &&
			/\p{Lu}/u.test(word)
		const caseSensitive =
			isShortAcronym && !CASE_FREE_ACRONYMS.has(folded) && (word.length <= MAX_CASE_SENSITIVE_LENGTH || /\d/.test(word))
		return caseSensitive ? { stem: stemToken(folded), caseSensitive: word } : { stem: stemToken(folded) }
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

function buildLexicon(): LexiconEntry[] {
	const entries: LexiconEntry[] = []
	const seen = new Set<string>()
	const add = (vocabulary: EvidenceVocabulary, code: string, form: string) => {
		for (const variant of variantsOf(form)) {
			const tokens = lexiconTokensOf(variant)
			if (tokens.length === 0) continue
			const key = `${vocabulary}|${code}|${tokens.map((token) => token.caseSensitive ?? token.stem).join(' ')}`
			if (seen.has(key)) continue
			seen.add(key)
			entries.push({ tokens, vocabulary, code, form: variant })
		}
	}
	for (const vocabulary of LABELS_FROM_TAXONOMY) {
		for (const term of taxonomy[vocabulary]) {
			for (const label of [term.en, term.sv]) for (const form of formsOfLabel(label)) add(vocabulary, term.code, form)
			for (const synonym of term.synonyms ?? []) add(vocabulary, term.code, synonym)
		}
	}
	for (const [vocabulary, codes] of Object.entries(extraTerms) as Array<
		[LexiconVocabulary, Record<string, string[]>]
	>) {
		for (const [code, forms] of Object.entries(codes)) for (const form of forms) add(vocabulary, code, form)
	}
	for (const [code, forms] of Object.entries(roleTerms)) for (const form of forms) add('roles', code, form)
	return entries
}

const lexicon = buildLexicon()
const entriesByFirstStem = new Map<string, LexiconEntry[]>()
const entriesByFirstRaw = new Map<string, LexiconEntry[]>()
const lexiconStems = new Set<string>()
for (const entry of lexicon) {
	const first = entry.tokens[0]!
	const key = first.caseSensitive ?? first.stem
	const index = first.caseSensitive ? entriesByFirstRaw : entriesByFirstStem
	index.set(key, [...(index.get(key) ?? []), entry])
	for (const token of entry.tokens) if (!token.caseSensitive) lexiconStems.add(token.stem)
}

// Deletion index (symmetric-delete spelling correction): every lexicon word
// and its one-letter deletions point back to the word, so a typo finds its
// candidates with a handful of map look-ups instead of a scan.
const deletionIndex = new Map<string, string[]>()
function deletionsOf(word: string): string[] {
	const result = [word]
	for (let index = 0; index < word.length; index += 1) result.push(word.slice(0, index) + word.slice(index + 1))
	return result
}
for (const stem of lexiconStems) {
	if (stem.length < MIN_FUZZY_LENGTH) continue
	for (const deletion of deletionsOf(stem)) deletionIndex.set(deletion, [...(deletionIndex.get(deletion) ?? []), stem])
}

const fuzzyCache = new Map<string, readonly string[]>()
const NONE: readonly string[] = []

/** Lexicon words one typo away from `stem` ("lentivrial" → "lentiviral"); empty for correctly spelled or short words. */
export function typoCandidates(stem: string): readonly string[] {
	if (stem.length < MIN_FUZZY_LENGTH || lexiconStems.has(stem) || PROTECTED_WORDS.has(stem) || /\d/.test(stem))
		return NONE
	const cached = fuzzyCache.get(stem)
	if (cached) return cached
	const candidates = new Set<string>()
	for (const deletion of deletionsOf(stem))
		for (const candidate of deletionIndex.get(deletion) ?? []) candidates.add(candidate)
	const result = [...candidates].filter(
		(candidate) => candidate.length >= MIN_FUZZY_LENGTH && editDistance(stem, candidate, 1) <= 1,
	)
	const frozen = result.length > 0 ? result : NONE
	if (fuzzyCache.size > 50_000) fuzzyCache.clear()
	fuzzyCache.set(stem, frozen)
	return frozen
}

function matchesToken(lexiconToken: LexiconToken, token: Token, allowTypos: boolean): 'exact' | 'fuzzy' | undefined {
	if (lexiconToken.caseSensitive) {
		return token.raw === lexiconToken.caseSensitive || token.raw === `${lexiconToken.caseSensitive}s`
			? 'exact'
			: undefined
	}
	if (token.stem === lexiconToken.stem) return 'exact'
	return allowTypos && typoCandidates(token.stem).includes(lexiconToken.stem) ? 'fuzzy' : undefined
}

function candidateEntries(token: Token): LexiconEntry[] {
	const result: LexiconEntry[] = []
	const add = (entries: LexiconEntry[] | undefined) => {
		if (entries) result.push(...entries)
	}
	add(entriesByFirstStem.get(token.stem))
	for (const candidate of typoCandidates(token.stem)) add(entriesByFirstStem.get(candidate))
	add(entriesByFirstRaw.get(token.raw))
	if (token.raw.endsWith('s')) add(entriesByFirstRaw.get(token.raw.slice(0, -1)))
	return result
}

// Last words of organisation and unit names. "Bergby Cell Manufacturing AB"
// and "Hägglid In Vivo Sciences AB" name a company, not a capability.
const NAME_SUFFIXES = new Set([
	'AB',
	'Inc',
	'Ltd',
	'GmbH',
	'Oy',
	'AS',
	'ApS',
	'Services',
	'Core',
	'Unit',
	'Suite',
	'Platform',
	'Works',
	'Group',
	'Lab',
	'Labs',
	'Institute',
	'Centre',
	'Center',
	'Network',
	'Partners',
	'Sciences',
	'Biologics',
	'Therapeutics',
	'Bio',
	'Biotech',
])

function isCapitalised(token: Token): boolean {
	return /^[\p{Lu}\d]/u.test(token.raw)
}

function isInsideProperName(tokens: Token[], from: number, to: number): boolean {
	for (let index = from; index < to; index += 1) if (!isCapitalised(tokens[index]!)) return false
	const sentence = tokens[from]!.sentence
	for (let index = to; index < Math.min(tokens.length, to + 3); index += 1) {
		const token = tokens[index]!
		if (token.sentence !== sentence || !isCapitalised(token)) return false
		if (NAME_SUFFIXES.has(token.raw)) return true
	}
	return false
}

interface RawMatch {
	entries: LexiconEntry[]
	from: number
	to: number
	exact: boolean
}

/**
 * Longest-match phrase spotting, left to right, never across a sentence:
 * "tillverkning av virusvektorer" wins over "tillverkning", "CAR-NK cells"
 * over "NK cells". A span may stand for several codes at once (the modality
 * and the product type "tissue-engineered products").
 */
function spotTerms(tokens: Token[]): RawMatch[] {
	const matches: RawMatch[] = []
	let position = 0
	while (position < tokens.length) {
		const first = tokens[position]!
		let best: RawMatch | undefined
		for (const entry of candidateEntries(first)) {
			const length = entry.tokens.length
			if (position + length > tokens.length) continue
			let exact = true
			let matched = true
			for (let offset = 0; offset < length; offset += 1) {
				const token = tokens[position + offset]!
				if (token.sentence !== first.sentence) {
					matched = false
					break
				}
				// Job titles are read exactly: "virology" is a field, "virologist" a role.
				const result = matchesToken(entry.tokens[offset]!, token, entry.vocabulary !== 'roles')
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
			if (!isInsideProperName(tokens, best.from, best.to)) matches.push(best)
			position = best.to
		} else {
			position += 1
		}
	}
	return matches
}

// ───────────────────────── polarity ─────────────────────────

const YEAR = '<year>'

const NEGATION_CUES: string[][] = [
	['not'],
	['no'],
	['never'],
	['without'],
	['cannot'],
	['don', 't'],
	['doesn', 't'],
	['isn', 't'],
	['aren', 't'],
	['won', 't'],
	['inte'],
	['ej'],
	['ingen'],
	['inget'],
	['inga'],
	['utan'],
	['icke'],
	['aldrig'],
]
const REQUEST_NEGATION_CUES: string[][] = [['already'], ['redan']]
const PAST_CUES: string[][] = [
	['previously'],
	['earlier'],
	['formerly'],
	['used', 'to'],
	['until', YEAR],
	['before', YEAR],
	['discontinued'],
	['phased', 'out'],
	['in', 'the', 'past'],
	['tidigare'],
	['forut'],
	['fore', YEAR],
	['fram', 'till', YEAR],
	['avvecklades'],
	['avvecklat'],
	['avvecklad'],
	['upphorde'],
	['lades', 'ned'],
	['completed'],
	['avslutat'],
	['genomfort'],
]
const REFERRAL_CUES: string[][] = [
	['refer'],
	['refers'],
	['hanvisar'],
	['hanvisa'],
	['we', 'partner', 'with'],
	['vi', 'samarbetar', 'med'],
	['samarbetar', 'med'],
	['bought', 'in'],
	['sourced', 'from'],
	['provided', 'by'],
	['kops', 'in'],
	['koper', 'vi', 'in'],
	['levereras', 'av'],
	['subcontracted'],
	['subcontract'],
	['outsourced', 'to'],
	['also', 'hosts'],
	['hosted', 'here'],
	['own', 'listing'],
	['separate', 'listing'],
	['separat', 'listning'],
	['har', 'finns'],
	['lagger', 'ut'],
	['lagger', 'vi', 'ut'],
]

// Words after a negation that turn it into something else: "no later than
// Q1 2028", "not only … but also", "inte bara", "no-cost".
const NEGATION_RELEASES = new Set(['later', 'only', 'just', 'cost', 'bara', 'enbart', 'endast', 'senare', 'minst'])

function cueMatchesAt(cue: string[], words: string[], index: number): boolean {
	if (index + cue.length > words.length) return false
	for (let offset = 0; offset < cue.length; offset += 1) {
		const expected = cue[offset]!
		const word = words[index + offset]!
		if (expected === YEAR ? !/^(19|20)\d\d$/.test(word) : word !== expected) return false
	}
	return true
}

/** Cues by their first word, so that a clause is read in one pass instead of once per cue. */
function byFirstWord(cues: string[][]): Map<string, string[][]> {
	const index = new Map<string, string[][]>()
	for (const cue of cues) index.set(cue[0]!, [...(index.get(cue[0]!) ?? []), cue])
	return index
}

const LISTING_NEGATIONS = byFirstWord(NEGATION_CUES)
const REQUEST_NEGATIONS = byFirstWord([...NEGATION_CUES, ...REQUEST_NEGATION_CUES])
const REFERRALS = byFirstWord(REFERRAL_CUES)
const PASTS = byFirstWord(PAST_CUES)

/** Where the cues of an index occur in the words; "no later than" and "not only" are not negations. */
function cuePositions(
	words: string[],
	cues: Map<string, string[][]>,
	isNegation: boolean,
): Array<{ from: number; to: number }> {
	const found: Array<{ from: number; to: number }> = []
	for (let index = 0; index < words.length; index += 1) {
		for (const cue of cues.get(words[index]!) ?? []) {
			if (!cueMatchesAt(cue, words, index)) continue
			if (isNegation && NEGATION_RELEASES.has(words[index + cue.length] ?? '')) continue
			found.push({ from: index, to: index + cue.length })
		}
	}
	return found
}

function hasCue(words: string[], cues: Map<string, string[][]>, isNegation = false): boolean {
	return cuePositions(words, cues, isNegation).length > 0
}

function negationsFor(perspective: 'listing' | 'request'): Map<string, string[][]> {
	return perspective === 'request' ? REQUEST_NEGATIONS : LISTING_NEGATIONS
}

function clausePolarity(words: string[], perspective: 'listing' | 'request'): Polarity {
	if (hasCue(words, negationsFor(perspective), true)) return 'negated'
	if (perspective === 'listing' && hasCue(words, REFERRALS)) return 'referral'
	if (hasCue(words, PASTS)) return 'past'
	return 'affirmed'
}

function wordsOfClauses(tokens: Token[]): Map<number, string[]> {
	const wordsByClause = new Map<number, string[]>()
	for (const token of tokens) {
		const words = wordsByClause.get(token.clause)
		if (words) words.push(token.folded)
		else wordsByClause.set(token.clause, [token.folded])
	}
	return wordsByClause
}

/** The polarity of each clause as a whole; dates and grades take theirs from it. */
function polaritiesByClause(
	wordsByClause: Map<number, string[]>,
	perspective: 'listing' | 'request',
): Map<number, Polarity> {
	const result = new Map<number, Polarity>()
	for (const [clause, words] of wordsByClause) result.set(clause, clausePolarity(words, perspective))
	return result
}

interface NegationCue {
	clause: number
	/** Token index of the first word of the cue. */
	from: number
	/** Token index after the cue. */
	to: number
}

function negationCuesIn(tokens: Token[], perspective: 'listing' | 'request'): NegationCue[] {
	const words = tokens.map((token) => token.folded)
	const cues: NegationCue[] = []
	for (const { from, to } of cuePositions(words, negationsFor(perspective), true)) {
		const clause = tokens[from]!.clause
		// An "utan" that opened a clause is the "but" of "inte X utan Y".
		const opensClause = from > 0 && tokens[from - 1]!.clause !== clause
		if (words[from] === 'utan' && opensClause) continue
		if (tokens[to - 1]!.clause === clause) cues.push({ clause, from, to })
	}
	return cues
}

// "We are not a CDMO and need GMP manufacturing": a new request or statement
// after "and" ends the reach of the negation (NegEx's pseudo-terminators).
const SCOPE_BREAKERS = new Set([
	'need',
	'needs',
	'want',
	'require',
	'we',
	'are',
	'is',
	'looking',
	'offer',
	'offers',
	'behover',
	'vill',
	'soker',
	'vi',
	'erbjuder',
	'ar',
])
// A negation reaches back only a few words: "fill & finish is not part of …", "… ingår inte".
const BACKWARD_REACH = 4

function isNegated(
	tokens: Token[],
	cues: NegationCue[],
	from: number,
	to: number,
	mentionStarts: ReadonlySet<number>,
): boolean {
	const clause = tokens[from]!.clause
	for (const cue of cues) {
		if (cue.clause !== clause) continue
		if (cue.from >= to && cue.from - to <= BACKWARD_REACH) {
			// Only the nearest mention before the cue: in "we offer QC testing, fill & finish is not …" QC testing stays offered.
			let nearest = true
			for (let index = to; index < cue.from; index += 1) if (mentionStarts.has(index)) nearest = false
			if (nearest) return true
			continue
		}
		if (cue.to > from) continue
		let reaches = true
		for (let index = cue.to; index < from; index += 1) {
			const word = tokens[index]!.folded
			if ((word === 'and' || word === 'och') && SCOPE_BREAKERS.has(tokens[index + 1]?.folded ?? '')) {
				reaches = false
				break
			}
		}
		if (reaches) return true
	}
	return false
}

/**
 * The polarity of a mention: negated when a negation reaches it (forward to
 * the end of its clause, backward a few words), otherwise the referral or
 * past-tense reading of its clause, otherwise affirmed.
 */
function mentionPolarity(
	tokens: Token[],
	wordsByClause: Map<number, string[]>,
	negations: NegationCue[],
	mentionStarts: ReadonlySet<number>,
	from: number,
	to: number,
	perspective: 'listing' | 'request',
): Polarity {
	if (isNegated(tokens, negations, from, to, mentionStarts)) return 'negated'
	const words = wordsByClause.get(tokens[from]!.clause) ?? []
	if (perspective === 'listing' && hasCue(words, REFERRALS)) return 'referral'
	if (hasCue(words, PASTS)) return 'past'
	return 'affirmed'
}

// ───────────────────────── dates ─────────────────────────

const MONTHS: Record<string, number> = {
	january: 1,
	januari: 1,
	jan: 1,
	february: 2,
	februari: 2,
	feb: 2,
	march: 3,
	mars: 3,
	mar: 3,
	april: 4,
	apr: 4,
	may: 5,
	maj: 5,
	june: 6,
	juni: 6,
	jun: 6,
	july: 7,
	juli: 7,
	jul: 7,
	august: 8,
	augusti: 8,
	aug: 8,
	september: 9,
	sept: 9,
	sep: 9,
	october: 10,
	oktober: 10,
	oct: 10,
	okt: 10,
	november: 11,
	nov: 11,
	december: 12,
	dec: 12,
}

const AVAILABLE_CUES = new Set([
	'from',
	'fran',
	'available',
	'availability',
	'open',
	'opens',
	'start',
	'starting',
	'starts',
	'ledig',
	'lediga',
	'kapacitet',
	'capacity',
	'slots',
	'tillganglig',
	'tillgangligt',
	'after',
	'efter',
	'onwards',
	'free',
])
const DEADLINE_CUES = new Set([
	'by',
	'before',
	'senast',
	'latest',
	'deadline',
	'needed',
	'required',
	'requires',
	'innan',
	'no',
	'until',
	'tills',
	'within',
	'need',
	'behover',
	'klart',
	'ready',
])
const BOOKED_CUES = new Set(['booked', 'fullbokad', 'fullbokat', 'fullbokade', 'upptagen', 'upptaget'])
const BARE_YEAR_CUES = new Set([
	'from',
	'fran',
	'by',
	'senast',
	'after',
	'efter',
	'than',
	'of',
	'av',
	'innan',
	'onwards',
])
const END_OF_PERIOD = new Set(['end', 'slutet', 'late', 'sent'])

function pad(value: number): string {
	return String(value).padStart(2, '0')
}

function lastDayOfMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function period(year: number, firstMonth: number, lastMonth: number, day?: number): { start: string; end: string } {
	if (day !== undefined) {
		const iso = `${year}-${pad(firstMonth)}-${pad(day)}`
		return { start: iso, end: iso }
	}
	return {
		start: `${year}-${pad(firstMonth)}-01`,
		end: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`,
	}
}

const DATE_PATTERN = new RegExp(
	[
		'\\b(?<isoYear>20\\d\\d)-(?<isoMonth>0[1-9]|1[0-2])(?:-(?<isoDay>0[1-9]|[12]\\d|3[01]))?\\b',
		`\\b(?<monthName>${Object.keys(MONTHS).join('|')})\\.?\\s+(?<monthYear>20\\d\\d)\\b`,
		'\\b(?:q|kv|kvartal\\s*)(?<quarter>[1-4])\\s*(?<quarterYear>20\\d\\d)\\b',
		'\\b(?<quarterFirst>[1-4])(?::a|:e|st|nd|rd|th)?\\s+(?:quarter|kvartalet)\\s+(?:of\\s+)?(?<quarterFirstYear>20\\d\\d)\\b',
		'\\b(?<half>h[12])\\s*(?<halfYear>20\\d\\d)\\b',
		'\\b(?<year>20\\d\\d)\\b',
	].join('|'),
	'g',
)

function contextWords(folded: string, index: number): string[] {
	return (folded.slice(Math.max(0, index - 60), index).match(/[\p{L}\p{N}]+/gu) ?? []).slice(-6)
}

/**
 * Dates with their period: "2027-03" is all of March 2027, "Q2 2027" April to
 * June, "slutet av mars 2028" ends 2028-03-31. A bare year only counts next to
 * a cue ("from 2027", "senast 2028"); "founded in 2005" is not a date of
 * capacity.
 */
export function extractDates(
	text: string,
	tokens: Token[] = tokenize(text),
	polarities?: Map<number, Polarity>,
): DateMention[] {
	const folded = foldText(text)
	const dates: DateMention[] = []
	for (const match of folded.matchAll(DATE_PATTERN)) {
		const groups = match.groups ?? {}
		const index = match.index ?? 0
		const before = contextWords(folded, index)
		const near = before.slice(-4)
		let bounds: { start: string; end: string } | undefined
		if (groups.isoYear) {
			const year = Number(groups.isoYear)
			const month = Number(groups.isoMonth)
			bounds = period(year, month, month, groups.isoDay ? Number(groups.isoDay) : undefined)
		} else if (groups.monthName) {
			const month = MONTHS[groups.monthName]!
			// "may" and "mar" are ordinary English words; only take them before a year.
			bounds = period(Number(groups.monthYear), month, month)
		} else if (groups.quarter || groups.quarterFirst) {
			const quarter = Number(groups.quarter ?? groups.quarterFirst)
			bounds = period(Number(groups.quarterYear ?? groups.quarterFirstYear), quarter * 3 - 2, quarter * 3)
		} else if (groups.half) {
			bounds = groups.half === 'h1' ? period(Number(groups.halfYear), 1, 6) : period(Number(groups.halfYear), 7, 12)
		} else if (groups.year) {
			// A bare year is a date of capacity only right after a cue ("from 2027", "no later than 2028", "end of 2027");
			// "founded in 2005", "until 2021" and "the 2021 partner spreadsheet" are not.
			if (!BARE_YEAR_CUES.has(before[before.length - 1] ?? '')) continue
			bounds = period(Number(groups.year), 1, 12)
		}
		if (!bounds) continue
		if (near.some((word) => END_OF_PERIOD.has(word))) bounds = { start: bounds.end.slice(0, 8) + '01', end: bounds.end }
		// "Fully booked until March 2027" opens in March 2027.
		const booked = before.some((word) => BOOKED_CUES.has(word))
		const kind = booked
			? 'available'
			: near.some((word) => DEADLINE_CUES.has(word))
				? 'deadline'
				: before.some((word) => AVAILABLE_CUES.has(word))
					? 'available'
					: 'other'
		const token = tokens.find((candidate) => candidate.start >= index) ?? tokens[tokens.length - 1]
		const polarity = token && polarities ? (polarities.get(token.clause) ?? 'affirmed') : 'affirmed'
		dates.push({
			...bounds,
			kind,
			polarity,
			surface: text.slice(index, index + match[0].length),
			sentence: token?.sentence ?? 0,
		})
	}
	return dates
}

// ───────────────────────── cleanroom grades ─────────────────────────

const GRADE_KEYWORDS = [
	'grade',
	'grades',
	'klass',
	'klasser',
	'renrumsklass',
	'renrumsklasser',
	'class',
	'classes',
	'cleanroom',
	'renrum',
]
const GRADE_LIST_FILLERS = new Set([
	'and',
	'och',
	'or',
	'eller',
	'iso',
	'5',
	'6',
	'7',
	'8',
	'eu',
	'gmp',
	'at',
	'rest',
	'in',
	'operation',
	'to',
	'till',
])

const gradeKeywordCache = new Map<string, boolean>()

function isGradeKeyword(word: string): boolean {
	let result = gradeKeywordCache.get(word)
	if (result === undefined) {
		result = readsAsGradeKeyword(word)
		if (gradeKeywordCache.size > 50_000) gradeKeywordCache.clear()
		gradeKeywordCache.set(word, result)
	}
	return result
}

function readsAsGradeKeyword(stem: string): boolean {
	return (
		GRADE_KEYWORDS.includes(stem) ||
		(stem.length >= MIN_FUZZY_LENGTH &&
			GRADE_KEYWORDS.some((keyword) => keyword.length >= 8 && editDistance(stem, keyword, 1) <= 1))
	)
}

/** "grade B", "klass C", "renrumsklass B", "Grade A (ISO 5), grade C and grade D", "grades B and C". */
export function extractGrades(tokens: Token[], polarities?: Map<number, Polarity>): GradeMention[] {
	const grades: GradeMention[] = []
	for (let index = 0; index < tokens.length; index += 1) {
		if (!isGradeKeyword(tokens[index]!.folded)) continue
		let cursor = index + 1
		let afterKeyword = true
		while (cursor < tokens.length && tokens[cursor]!.sentence === tokens[index]!.sentence) {
			const token = tokens[cursor]!
			const isLetter = /^[a-dA-D]$/.test(token.raw) && (afterKeyword || /^[A-D]$/.test(token.raw))
			if (isLetter) {
				grades.push({
					grade: token.raw.toUpperCase() as GradeMention['grade'],
					polarity: polarities?.get(token.clause) ?? 'affirmed',
					surface: `${tokens[index]!.raw} ${token.raw}`,
					sentence: token.sentence,
				})
				afterKeyword = false
			} else if (isGradeKeyword(token.folded)) {
				afterKeyword = true
			} else if (!GRADE_LIST_FILLERS.has(token.folded)) {
				break
			}
			cursor += 1
		}
		index = cursor - 1
	}
	return grades
}

// ───────────────────────── evidence ─────────────────────────

const RANGE_WORDS = new Set(['to', 'till', 'through', 'until', 'thru'])

function phaseRankOf(code: string): number | undefined {
	return taxonomy.phases.find((term) => term.code === code)?.rank
}

/** "from discovery to phase I" also covers preclinical. */
function fillPhaseRanges(mentions: Mention[], tokens: Token[]): Mention[] {
	const phases = mentions.filter((mention) => mention.vocabulary === 'phases')
	const implied: Mention[] = []
	for (let index = 0; index + 1 < phases.length; index += 1) {
		const from = phases[index]!
		const to = phases[index + 1]!
		if (from.sentence !== to.sentence) continue
		const between = tokens
			.filter((token) => token.start >= from.end && token.end <= to.start)
			.map((token) => token.folded)
		if (between.length === 0 || between.length > 2 || !between.some((word) => RANGE_WORDS.has(word))) continue
		const low = phaseRankOf(from.code)
		const high = phaseRankOf(to.code)
		if (low === undefined || high === undefined || high - low < 2) continue
		for (const term of taxonomy.phases) {
			if (term.rank === undefined || term.rank <= low || term.rank >= high) continue
			implied.push({
				...from,
				code: term.code,
				form: `${from.form} – ${to.form}`,
				surface: `${from.surface} … ${to.surface}`,
				implied: true,
			})
		}
	}
	return implied.length > 0 ? [...mentions, ...implied] : mentions
}

function groupByCode(mentions: Mention[]): CodeEvidence[] {
	const groups = new Map<string, CodeEvidence>()
	for (const mention of mentions) {
		const key = `${mention.vocabulary}:${mention.code}`
		const group = groups.get(key) ?? { vocabulary: mention.vocabulary, code: mention.code, mentions: [] }
		group.mentions.push(mention)
		groups.set(key, group)
	}
	return [...groups.values()]
}

/** Taxonomy codes, dates and cleanroom grades the text names, each with the polarity of its clause. */
export function extractEvidence(text: string, options: AnalysisOptions = {}): TextEvidence {
	const perspective = options.perspective ?? 'listing'
	const tokens = tokenize(text)
	const wordsByClause = wordsOfClauses(tokens)
	const polarities = polaritiesByClause(wordsByClause, perspective)
	const negations = negationCuesIn(tokens, perspective)
	const matches = spotTerms(tokens)
	const mentionStarts = new Set(matches.map((match) => match.from))
	const mentions: Mention[] = []
	for (const match of matches) {
		const first = tokens[match.from]!
		const last = tokens[match.to - 1]!
		const polarity = mentionPolarity(tokens, wordsByClause, negations, mentionStarts, match.from, match.to, perspective)
		const seen = new Set<string>()
		for (const entry of match.entries) {
			const key = `${entry.vocabulary}:${entry.code}`
			if (seen.has(key)) continue
			seen.add(key)
			mentions.push({
				vocabulary: entry.vocabulary,
				code: entry.code,
				polarity,
				surface: text.slice(first.start, last.end),
				form: entry.form,
				start: first.start,
				end: last.end,
				sentence: first.sentence,
				exact: match.exact,
			})
		}
	}
	const withRanges = fillPhaseRanges(mentions, tokens)
	return {
		mentions: withRanges,
		codes: groupByCode(withRanges),
		dates: extractDates(text, tokens, polarities),
		grades: extractGrades(tokens, polarities),
	}
}

/** The codes of one vocabulary the text affirms (not negated, not past, not a referral). */
export function affirmedCodes(evidence: TextEvidence, vocabulary: EvidenceVocabulary): string[] {
	return [
		...new Set(
			evidence.mentions
				.filter((mention) => mention.vocabulary === vocabulary && mention.polarity === 'affirmed')
				.map((mention) => mention.code),
		),
	]
}
