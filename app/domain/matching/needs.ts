// What a match request asks for. Structured needs from the form come first;
// the title and description fill in what the form left out ("Must be grade
// B", "senast slutet av mars 2028", "the partner needs a tissue establishment
// licence") and take out what the requester says they do not need ("we already
// have IMPD writing covered", "not AAV").
import { isCode } from '../../taxonomy/taxonomy.ts'
import type { CleanroomGrade, ListingType } from './profile.ts'
import { listingTypes } from './profile.ts'
import { extractEvidence, type EvidenceVocabulary, type Mention, type TextEvidence } from '../understanding/evidence.ts'
import { clauseTokens } from '../understanding/tokens.ts'
import { wordLists } from '../understanding/word-lists.ts'
import { foldText } from '../../utils/text.ts'

export interface StructuredNeeds {
	services?: string[]
	modalities?: string[]
	phase?: string
	neededBy?: string
	requiredGrades?: string[]
	cleanroomGrades?: string[]
	cleanroomGrade?: string
	grade?: string
	requiredLicences?: string[]
	licences?: string[]
	licence?: string
	productTypes?: string[]
	productType?: string
	listingType?: string
}

/** A match request: free text, optionally with structured needs (flat, as in the interchange format, or under `structured`). */
export interface MatchRequest extends StructuredNeeds {
	ref?: string
	title: string
	description?: string
	structured?: StructuredNeeds | null
}

export type NeedSource = 'structured' | 'title' | 'description'

export interface Need<Code extends string = string> {
	code: Code
	source: NeedSource
	/** The words of the request it was read from. */
	surface?: string
}

export interface MatchNeeds {
	/** The service the request is about; a provider without it is not a match. */
	mainService?: Need
	/** Every service asked for, main service first. */
	services: Need[]
	/** The modality the request is about. */
	mainModality?: Need
	modalities: Need[]
	phase?: Need
	/** ISO date by which capacity is needed. */
	neededBy?: Need
	grades: Array<Need<CleanroomGrade>>
	licences: Need[]
	productTypes: Need[]
	/** The preferred kind of provider: a strong preference, not a filter. */
	listingType?: Need<ListingType>
	/** Codes the request says it does not need. */
	excluded: Array<{ vocabulary: EvidenceVocabulary; code: string; surface: string }>
}

function listOf(...values: Array<string | string[] | undefined | null>): string[] {
	return values
		.flatMap((value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]))
		.filter((value) => value.trim() !== '')
}

function structuredOf(request: MatchRequest): StructuredNeeds {
	const nested = request.structured ?? {}
	const pick = <Key extends keyof StructuredNeeds>(key: Key): StructuredNeeds[Key] => nested[key] ?? request[key]
	return {
		services: pick('services'),
		modalities: pick('modalities'),
		phase: pick('phase'),
		neededBy: pick('neededBy'),
		requiredGrades: listOf(pick('requiredGrades'), pick('cleanroomGrades'), pick('cleanroomGrade'), pick('grade')),
		requiredLicences: listOf(pick('requiredLicences'), pick('licences'), pick('licence')),
		productTypes: listOf(pick('productTypes'), pick('productType')),
		listingType: pick('listingType'),
	}
}

// Words that name the kind of provider a requester has in mind. The title is
// read first: "Expert needed: …", "Labbpartner: …", "Anläggning: …".
const LISTING_TYPE_CUES = wordLists.requests.listingTypeCues as Record<ListingType, string[][]>

// In the description, only sentences that ask for something name the kind of
// provider wanted; "We are a Danish company" and "Our research group is …"
// describe the requester.
const SEEKING_WORDS = new Set(wordLists.requests.seekingWords)
const SELF_DESCRIPTION_OPENINGS = wordLists.requests.selfDescriptionOpenings

function cuePosition(words: string[], cue: string[]): number {
	for (let index = 0; index + cue.length <= words.length; index += 1) {
		if (cue.every((word, offset) => words[index + offset] === word)) return index
	}
	return -1
}

function firstCue(words: string[]): { type: ListingType; position: number; cue: string[] } | undefined {
	let best: { type: ListingType; position: number; cue: string[] } | undefined
	for (const type of listingTypes) {
		for (const cue of LISTING_TYPE_CUES[type]) {
			const position = cuePosition(words, cue)
			if (position >= 0 && (!best || position < best.position)) best = { type, position, cue }
		}
	}
	return best
}

/**
 * The kind of provider a text asks for; the cue that comes first wins. A
 * title ("Expert needed: …", "Anläggning: …") is read whole; a description
 * only in its sentences that ask for something.
 */
export function listingTypeFromText(
	text: string,
	part: 'title' | 'description' = 'title',
): Need<ListingType> | undefined {
	const tokens = clauseTokens(text)
	const sentences = new Map<number, string[]>()
	for (const token of tokens) sentences.set(token.sentence, [...(sentences.get(token.sentence) ?? []), token.folded])
	for (const words of sentences.values()) {
		if (part === 'description') {
			const describesRequester = SELF_DESCRIPTION_OPENINGS.some((opening) =>
				opening.every((word, index) => words[index] === word),
			)
			if (describesRequester || !words.some((word) => SEEKING_WORDS.has(word))) continue
		}
		const cue = firstCue(words)
		if (cue) return { code: cue.type, source: part, surface: cue.cue.join(' ') }
	}
	return undefined
}

function affirmed(evidence: TextEvidence, vocabulary: EvidenceVocabulary): Mention[] {
	return evidence.mentions.filter(
		(mention) => mention.vocabulary === vocabulary && mention.polarity === 'affirmed' && !mention.implied,
	)
}

/** Codes in order of importance: the title's before the description's, then by how often they are named. */
function rankedCodes(title: TextEvidence, description: TextEvidence, vocabulary: EvidenceVocabulary): Array<Need> {
	const scores = new Map<string, { score: number; firstSeen: number; source: NeedSource; surface: string }>()
	let order = 0
	const add = (mentions: Mention[], source: NeedSource, weight: number) => {
		for (const mention of mentions) {
			const current = scores.get(mention.code)
			if (current) current.score += weight
			else scores.set(mention.code, { score: weight, firstSeen: order, source, surface: mention.surface })
			order += 1
		}
	}
	add(affirmed(title, vocabulary), 'title', 3)
	add(affirmed(description, vocabulary), 'description', 1)
	return [...scores.entries()]
		.sort((left, right) => right[1].score - left[1].score || left[1].firstSeen - right[1].firstSeen)
		.map(([code, entry]) => ({ code, source: entry.source, surface: entry.surface }))
}

function denied(title: TextEvidence, description: TextEvidence): MatchNeeds['excluded'] {
	const result: MatchNeeds['excluded'] = []
	const seen = new Set<string>()
	for (const mention of [...title.mentions, ...description.mentions]) {
		if (mention.polarity === 'affirmed') continue
		const key = `${mention.vocabulary}:${mention.code}`
		if (seen.has(key)) continue
		seen.add(key)
		result.push({ vocabulary: mention.vocabulary, code: mention.code, surface: mention.surface })
	}
	return result
}

/** "2028-03" → "2028-03-31", "2028" → "2028-12-31": a needed-by date means "by the end of". */
export function endOfPeriod(date: string): string {
	const trimmed = date.trim().slice(0, 10)
	if (/^\d{4}$/.test(trimmed)) return `${trimmed}-12-31`
	const month = /^(\d{4})-(\d{2})$/.exec(trimmed)
	if (month) {
		const lastDay = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate()
		return `${trimmed}-${String(lastDay).padStart(2, '0')}`
	}
	return trimmed
}

function isGrade(value: string): value is CleanroomGrade {
	return ['A', 'B', 'C', 'D'].includes(value)
}

function isListingType(value: string | undefined): value is ListingType {
	return value !== undefined && (listingTypes as readonly string[]).includes(value)
}

function mergeNeeds(structured: string[], extracted: Need[], excluded: Set<string>): Need[] {
	const result: Need[] = structured.map((code) => ({ code, source: 'structured' as const }))
	for (const need of extracted) {
		if (excluded.has(need.code) || result.some((existing) => existing.code === need.code)) continue
		result.push(need)
	}
	return result
}

/**
 * "A consultant in tech transfer", "advice on our CAR-NK design": advice is
 * how the requester wants the help, the other service is what it is about.
 * Read from the text, scientific consulting counts only when it is the only
 * service named.
 */
function withoutAdviceBeside(services: Need[]): Need[] {
	const others = services.filter((need) => need.code !== 'consulting')
	if (others.length === 0 || others.length === services.length) return services
	return services.filter((need) => need.code !== 'consulting' || need.source === 'structured')
}

const VECTOR_MODALITIES = new Set(['lentiviral', 'aav', 'oncolytic-virus'])

/** For vector production the vector is the modality that matters ("LV for a CAR-T trial" needs an LV producer), otherwise the first one named. */
function mainModalityFor(mainService: string | undefined, modalities: Need[]): Need | undefined {
	if (mainService === 'viral-vector-production')
		return modalities.find((need) => VECTOR_MODALITIES.has(need.code)) ?? modalities[0]
	return modalities[0]
}

/**
 * The request's needs: structured needs merged with those read from the text.
 * The main service and modality are the structured ones when given, else the
 * ones the title names (the title weighs three times the description). Codes
 * the text negates ("we already have X covered", "not AAV") are dropped unless
 * the form asks for them explicitly.
 */
export function needsFromRequest(request: MatchRequest): MatchNeeds {
	const structured = structuredOf(request)
	const title = extractEvidence(request.title ?? '', { perspective: 'request', asking: 'title' })
	const description = extractEvidence(request.description ?? '', { perspective: 'request', asking: 'text' })
	const excluded = denied(title, description)
	const excludedCodes = (vocabulary: EvidenceVocabulary) =>
		new Set(excluded.filter((entry) => entry.vocabulary === vocabulary).map((entry) => entry.code))

	const services = withoutAdviceBeside(
		mergeNeeds(
			listOf(structured.services).filter((code) => isCode('services', code)),
			rankedCodes(title, description, 'services'),
			excludedCodes('services'),
		),
	)
	const modalities = mergeNeeds(
		listOf(structured.modalities).filter((code) => isCode('modalities', code)),
		rankedCodes(title, description, 'modalities'),
		excludedCodes('modalities'),
	)

	const phaseCode = structured.phase && isCode('phases', structured.phase) ? structured.phase : undefined
	const textPhase = rankedCodes(title, description, 'phases')[0]
	const phase: Need | undefined = phaseCode ? { code: phaseCode, source: 'structured' } : textPhase

	let neededBy: Need | undefined
	if (structured.neededBy) neededBy = { code: endOfPeriod(structured.neededBy), source: 'structured' }
	else {
		const dates = [
			...title.dates.map((date) => ({ date, source: 'title' as const })),
			...description.dates.map((date) => ({ date, source: 'description' as const })),
		].filter(({ date }) => date.polarity === 'affirmed')
		// "by Q1 2028" is the clearest; "from Q3 2027" also says when capacity must be there.
		const first =
			dates.find(({ date }) => date.kind === 'deadline') ?? dates.find(({ date }) => date.kind === 'available')
		if (first) neededBy = { code: first.date.end, source: first.source, surface: first.date.surface }
	}

	const structuredGrades = listOf(structured.requiredGrades)
		.map((grade) => grade.toUpperCase())
		.filter(isGrade)
	const textGrades = [...title.grades, ...description.grades].filter((grade) => grade.polarity === 'affirmed')
	const grades: Array<Need<CleanroomGrade>> = structuredGrades.map((code) => ({ code, source: 'structured' as const }))
	for (const grade of textGrades) {
		if (!grades.some((existing) => existing.code === grade.grade))
			grades.push({ code: grade.grade, source: 'description', surface: grade.surface })
	}

	const licences = mergeNeeds(
		listOf(structured.requiredLicences).filter((code) => isCode('licences', code)),
		rankedCodes(title, description, 'licences'),
		excludedCodes('licences'),
	)
	// "tissue-engineered products" names the modality; it is not a second, product-type constraint.
	const modalitySpans = new Set(
		[...title.mentions, ...description.mentions]
			.filter((mention) => mention.vocabulary === 'modalities')
			.map((mention) => mention.surface),
	)
	const productTypes = mergeNeeds(
		listOf(structured.productTypes).filter((code) => isCode('productTypes', code)),
		rankedCodes(title, description, 'productTypes').filter((need) => !need.surface || !modalitySpans.has(need.surface)),
		excludedCodes('productTypes'),
	)

	let listingType: Need<ListingType> | undefined
	if (isListingType(structured.listingType)) listingType = { code: structured.listingType, source: 'structured' }
	else {
		listingType =
			listingTypeFromText(request.title ?? '', 'title') ?? listingTypeFromText(request.description ?? '', 'description')
	}

	return {
		mainService: services[0],
		services,
		mainModality: mainModalityFor(services[0]?.code, modalities),
		modalities,
		phase,
		neededBy,
		grades,
		licences,
		productTypes,
		listingType,
		excluded,
	}
}

/** Folded request text, for lexical scoring. */
export function requestText(request: MatchRequest): string {
	return foldText(`${request.title ?? ''}\n${request.description ?? ''}`)
}
