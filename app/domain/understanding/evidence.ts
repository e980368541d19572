// Reads free text (listing descriptions, request descriptions; English and
// Swedish) into evidence for taxonomy codes. Pure functions, no I/O: the same
// code runs when a listing is indexed, when a request is submitted and in the
// benchmark.
//
// A mention is only as good as its sentence: "we do not offer viral vector
// production", "tidigare arbetade vi med AAV" and "for vialing we refer
// clients to …" all name a capability the provider does NOT have, so every
// mention carries a polarity read from its clause.
import { taxonomy } from '../../taxonomy/taxonomy.ts'
import { parseConceptKey } from '../../taxonomy/concepts.ts'
import { spotPhrases, type ConceptVocabulary, type PhraseMatch } from '../../taxonomy/vocabulary.ts'
import { extractDates, type DateMention } from './dates.ts'
import { extractGrades, type GradeMention } from './grades.ts'
import {
	mentionPolarity,
	negationCuesIn,
	polaritiesByClause,
	wordsOfClauses,
	type Perspective,
	type Polarity,
} from './polarity.ts'
import { frameNeeds } from './frames.ts'
import { clauseTokens, type Token } from './tokens.ts'
import { typoCandidates } from './typos.ts'
import { ASKING_VOCABULARIES, conceptsOfLooseWords, overlappingMatches } from './word-concepts.ts'
import { wordLists } from './word-lists.ts'

export type { DateMention } from './dates.ts'
export type { GradeMention } from './grades.ts'
export type { Polarity } from './polarity.ts'

export type EvidenceVocabulary = ConceptVocabulary

export interface Mention {
	vocabulary: EvidenceVocabulary
	code: string
	polarity: Polarity
	/** The words as they stand in the text. */
	surface: string
	/** The vocabulary form that matched, for explanations ("mentions LVV"). */
	form: string
	start: number
	end: number
	sentence: number
	/** False when a typo-tolerant comparison was needed. */
	exact: boolean
	/** True for phases filled in from a range ("from discovery to phase I"). */
	implied?: boolean
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
	perspective?: Perspective
	/**
	 * Read the text the way people ask for something: everyday phrasings and
	 * verb-and-object needs ("someone to produce our vector") too, and in a
	 * title, which is written like a search query, single words that stand for
	 * one concept ("Cryo storage of MSC doses").
	 */
	asking?: 'title' | 'text'
}

// Last words of organisation and unit names: "Bergby Cell Manufacturing AB"
// and "Hägglid In Vivo Sciences AB" name a company, not a capability.
const NAME_SUFFIXES = new Set(wordLists.nameSuffixes.words)

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

const RANGE_WORDS = new Set(wordLists.phaseRanges.words)

// What a capability statement can name; words of the field ("cleanroom") and
// kinds of listing are for search, not evidence of a capability.
const LISTING_VOCABULARIES: ReadonlySet<ConceptVocabulary> = new Set<ConceptVocabulary>([
	'modalities',
	'services',
	'phases',
	'licences',
	'productTypes',
	'roles',
])
const ASKING_AND_ROLES: ReadonlySet<ConceptVocabulary> = new Set<ConceptVocabulary>([...ASKING_VOCABULARIES, 'roles'])

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

interface Span {
	entries: Array<{ vocabulary: ConceptVocabulary; code: string; form: string }>
	from: number
	to: number
	exact: boolean
}

/** Needs said as a verb and its object, and words of a title that stand for one concept: spans like the phrases'. */
function askingSpans(tokens: Token[], matches: readonly Span[], asking: 'title' | 'text'): Span[] {
	const covered = new Set<number>()
	for (const match of matches) for (let index = match.from; index < match.to; index += 1) covered.add(index)
	const spans: Span[] = []
	for (const need of frameNeeds(tokens)) {
		if (need.words.some((index) => covered.has(index))) continue
		spans.push({
			entries: [{ vocabulary: 'services', code: need.service, form: need.form }],
			from: need.from,
			to: need.from + need.words.length,
			exact: true,
		})
		for (const index of need.words) covered.add(index)
	}
	// A title is written like a query: any word that names one concept counts. In running text a
	// single word counts only when it names a modality (technical nouns: "iPS", "exosomes"); words
	// that agree on one concept together ("frisläppa batcher") count anywhere.
	const single = asking === 'title' ? undefined : (key: string) => key.startsWith('modalities:')
	for (const loose of conceptsOfLooseWords(tokens, covered, single)) {
		const { vocabulary, code } = parseConceptKey(loose.key)
		const form = tokens
			.slice(loose.from, loose.to)
			.map((token) => token.raw)
			.join(' ')
		spans.push({ entries: [{ vocabulary: vocabulary as ConceptVocabulary, code, form }], ...loose, exact: true })
	}
	return spans
}

/** The object of a verb-and-object need is what the need is about, not a need of its own ("ansökan om klinisk prövning"). */
function withoutFrameObjects(tokens: Token[], matches: Span[]): Span[] {
	const objects = frameNeeds(tokens).flatMap((need) => (need.object ? [need.object] : []))
	if (!objects.length) return matches
	return matches.filter(
		(match) =>
			!objects.some((object) => match.from >= object.from && match.to <= object.to) ||
			!match.entries.every((entry) => entry.vocabulary === 'services'),
	)
}

/** Taxonomy codes, dates and cleanroom grades the text names, each with the polarity of its clause. */
export function extractEvidence(text: string, options: AnalysisOptions = {}): TextEvidence {
	const perspective = options.perspective ?? 'listing'
	const tokens = clauseTokens(text)
	const wordsByClause = wordsOfClauses(tokens)
	const polarities = polaritiesByClause(wordsByClause, perspective)
	const negations = negationCuesIn(tokens, perspective)
	const phrases: Span[] = spotPhrases(tokens, {
		typoCandidates,
		// Job titles are read exactly: "virology" is a field, "virologist" a role.
		typosAllowed: (entry) => entry.vocabulary !== 'roles',
		skip: (from, to) => isInsideProperName(tokens, from, to),
		vocabularies: options.asking ? ASKING_AND_ROLES : LISTING_VOCABULARIES,
		needs: Boolean(options.asking),
	})
	const matches = options.asking
		? withoutFrameObjects(tokens, [
				...phrases,
				...overlappingMatches(tokens, phrases as PhraseMatch[], { typoCandidates }),
				...askingSpans(tokens, phrases, options.asking),
			])
		: phrases
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
	mentions.sort((left, right) => left.start - right.start)
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
