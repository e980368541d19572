// What a listing says about itself, read from its structured tags and its
// text together. Directory records are incomplete in both directions: tags
// are missing where the text says more, and a tag can be stale where the text
// says "we no longer offer …". The profile keeps every piece of evidence so
// that ranking can weigh it and the reasons can quote it.
import { phaseRank } from '../../taxonomy/taxonomy.ts'
import {
	extractEvidence,
	type EvidenceVocabulary,
	type Polarity,
	type TextEvidence,
} from '../understanding/evidence.ts'

export type ListingType = 'organization' | 'lab' | 'facility' | 'expert'
export const listingTypes: readonly ListingType[] = ['organization', 'lab', 'facility', 'expert']

export type CleanroomGrade = 'A' | 'B' | 'C' | 'D'

/** A listing in the interchange record shape plus its type (and the coordinator's verification). */
export interface MatchListing {
	ref: string
	type: ListingType
	name: string
	kind?: string
	title?: string
	lead?: string
	summary?: string
	description?: string
	bio?: string
	techniques?: string[]
	expertise?: string[]
	modalities?: string[]
	services?: string[]
	phases?: string[]
	cleanroomGrades?: string[]
	licences?: string[]
	productTypes?: string[]
	qpRelease?: boolean
	availableFrom?: string
	/** A facility's suites and their capacity windows (docs/decisions/042). */
	capacity?: Array<{ suite: string; windows: Array<{ from: string; to: string; state: string }> }>
	verified?: boolean
	organizationRef?: string
	acceptsExternalProjects?: boolean
}

export type CapabilityVocabulary = EvidenceVocabulary | 'cleanroomGrades'

/**
 * How a listing supports a capability, strongest first: tagged and stated in
 * its text, tagged, stated, stated with a typo, implied by an expert's role
 * ("virologist"), only in an expert's job title, or denied (negated, past,
 * referred elsewhere, which outweighs a stale tag).
 */
export type Support = 'tagged-and-text' | 'tagged' | 'text' | 'text-typo' | 'role' | 'title' | 'contradicted' | 'none'

/** One place in the listing's text that speaks about a capability. */
export interface Snippet {
	field: TextField
	surface: string
	/** The lexicon form that matched, e.g. "LVV". */
	form: string
	polarity: Polarity
	/** False when the match needed typo tolerance. */
	exact: boolean
	/** True for a phase inside a stated range ("from discovery to phase I"). */
	implied?: boolean
}

export interface Capability {
	vocabulary: CapabilityVocabulary
	code: string
	/** Listed in the record's structured fields. */
	tagged: boolean
	/** Mentions in the text that state the capability. */
	affirmed: Snippet[]
	/** Mentions that deny it: negated, past, or handed to someone else. */
	contradicted: Snippet[]
}

export interface Availability {
	date: string
	source: 'field' | 'text' | 'window'
	surface?: string
	/** For a capacity window: its suite and last day. */
	suite?: string
	to?: string
}

export interface ListingProfile {
	listing: MatchListing
	capabilities: Map<string, Capability>
	/** Codes per vocabulary that the listing has (tagged or affirmed) and never denies. */
	held: Map<CapabilityVocabulary, Set<string>>
	/** Lowest and highest phase rank the listing has worked in. */
	phaseRange?: { lowest: number; highest: number }
	availableFrom?: Availability
	/** A facility's free capacity windows by start, when it keeps windows (they replace the one date). */
	freeWindows?: Availability[]
	/** How strongly the listing supports each service and modality it speaks about (absent = says nothing). */
	support: Map<string, Support>
}

export type TextField = 'name' | 'title' | 'summary' | 'description' | 'tags'

/** Every string of the record, codes included ("viral-vector-production", "cdmo"): what a keyword index over the listing sees. */
export function searchableText(listing: MatchListing): string {
	const parts: string[] = []
	for (const value of Object.values(listing)) {
		if (typeof value === 'string') parts.push(value)
		else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') parts.push(item)
	}
	return parts.join('\n')
}

export function capabilityKey(vocabulary: CapabilityVocabulary, code: string): string {
	return `${vocabulary}:${code}`
}

/** The listing's text fields, each analysed on its own so that a sentence never runs from one field into the next. */
export function textFieldsOf(listing: MatchListing): Array<[TextField, string]> {
	const tags = [...(listing.techniques ?? []), ...(listing.expertise ?? [])]
	const fields: Array<[TextField, string | undefined]> = [
		['name', listing.name],
		['title', listing.title],
		['summary', listing.summary],
		['description', [listing.description, listing.bio].filter(Boolean).join('\n\n')],
		// Free-text tags are a list, not a sentence: one per line.
		['tags', tags.join('\n')],
	]
	return fields.filter((field): field is [TextField, string] => Boolean(field[1]?.trim()))
}

function structuredTags(listing: MatchListing): Array<[CapabilityVocabulary, string]> {
	const tags: Array<[CapabilityVocabulary, string]> = []
	for (const code of listing.services ?? []) tags.push(['services', code])
	for (const code of listing.modalities ?? []) tags.push(['modalities', code])
	for (const code of listing.phases ?? []) tags.push(['phases', code])
	for (const code of listing.licences ?? []) tags.push(['licences', code])
	for (const code of listing.productTypes ?? []) tags.push(['productTypes', code])
	for (const code of listing.cleanroomGrades ?? []) tags.push(['cleanroomGrades', code.toUpperCase()])
	if (listing.qpRelease) tags.push(['services', 'qp-release'])
	return tags
}

/** "2027-03" → "2027-03-01", "2027" → "2027-01-01": a capacity date names the first day it opens. */
export function startOfPeriod(date: string): string {
	const trimmed = date.trim().slice(0, 10)
	if (/^\d{4}$/.test(trimmed)) return `${trimmed}-01-01`
	if (/^\d{4}-\d{2}$/.test(trimmed)) return `${trimmed}-01`
	return trimmed
}

function earliest(dates: string[]): string | undefined {
	return dates.length > 0 ? [...dates].sort()[0] : undefined
}

/** Builds the evidence profile of one listing. Pure; callers may cache it per listing. */
export function buildProfile(listing: MatchListing): ListingProfile {
	const capabilities = new Map<string, Capability>()
	const capability = (vocabulary: CapabilityVocabulary, code: string): Capability => {
		const key = capabilityKey(vocabulary, code)
		let entry = capabilities.get(key)
		if (!entry) {
			entry = { vocabulary, code, tagged: false, affirmed: [], contradicted: [] }
			capabilities.set(key, entry)
		}
		return entry
	}
	for (const [vocabulary, code] of structuredTags(listing)) capability(vocabulary, code).tagged = true

	const textAvailability: Availability[] = []
	for (const [field, text] of textFieldsOf(listing)) {
		const evidence: TextEvidence = extractEvidence(text)
		const record = (vocabulary: CapabilityVocabulary, code: string, snippet: Snippet) => {
			const entry = capability(vocabulary, code)
			if (snippet.polarity === 'affirmed') entry.affirmed.push(snippet)
			else entry.contradicted.push(snippet)
		}
		for (const mention of evidence.mentions) {
			const { surface, form, polarity, exact, implied } = mention
			record(mention.vocabulary, mention.code, {
				field,
				surface,
				form,
				polarity,
				exact,
				...(implied ? { implied } : {}),
			})
		}
		for (const grade of evidence.grades)
			record('cleanroomGrades', grade.grade, {
				field,
				surface: grade.surface,
				form: grade.surface,
				polarity: grade.polarity,
				exact: true,
			})
		for (const date of evidence.dates) {
			if (date.kind === 'available' && date.polarity === 'affirmed')
				textAvailability.push({ date: date.start, source: 'text', surface: date.surface })
		}
	}

	let availableFrom: Availability | undefined
	const windows = (listing.capacity ?? []).flatMap((suite) =>
		suite.windows.map((window) => ({ ...window, suite: suite.suite })),
	)
	const freeWindows = windows.length
		? windows
				.filter((window) => window.state === 'free')
				.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
				.map((window): Availability => ({ date: window.from, to: window.to, suite: window.suite, source: 'window' }))
		: undefined
	if (freeWindows) availableFrom = freeWindows[0]
	else if (listing.availableFrom) availableFrom = { date: startOfPeriod(listing.availableFrom), source: 'field' }
	else {
		const date = earliest(textAvailability.map((entry) => entry.date))
		availableFrom = textAvailability.find((entry) => entry.date === date)
	}
	const held = new Map<CapabilityVocabulary, Set<string>>()
	for (const entry of capabilities.values()) {
		if (entry.contradicted.length > 0 || (!entry.tagged && entry.affirmed.length === 0)) continue
		let codes = held.get(entry.vocabulary)
		if (!codes) {
			codes = new Set()
			held.set(entry.vocabulary, codes)
		}
		codes.add(entry.code)
	}
	const ranks = [...(held.get('phases') ?? [])]
		.map((code) => phaseRank(code))
		.filter((rank): rank is number => rank !== undefined)
	const phaseRange = ranks.length > 0 ? { lowest: Math.min(...ranks), highest: Math.max(...ranks) } : undefined
	const support = new Map<string, Support>()
	for (const [key, entry] of capabilities) {
		if (entry.vocabulary === 'services' || entry.vocabulary === 'modalities')
			support.set(key, supportLevel(listing, capabilities, entry))
		else if (entry.vocabulary === 'roles') {
			const serviceKey = capabilityKey('services', entry.code)
			if (!support.has(serviceKey) && !capabilities.has(serviceKey)) support.set(serviceKey, 'role')
		}
	}
	return { listing, capabilities, held, phaseRange, availableFrom, ...(freeWindows ? { freeWindows } : {}), support }
}

function supportLevel(listing: MatchListing, capabilities: Map<string, Capability>, capability: Capability): Support {
	if (capability.contradicted.length > 0) return 'contradicted'
	// An expert's job title ("QC Manager") says less about what they take on than their profile does.
	let stated = false
	let statedExactly = false
	for (const snippet of capability.affirmed) {
		if (snippet.field === 'title' && listing.type === 'expert') continue
		stated = true
		if (snippet.exact) statedExactly = true
	}
	if (capability.tagged) return stated ? 'tagged-and-text' : 'tagged'
	if (statedExactly) return 'text'
	if (stated) return 'text-typo'
	const role =
		capability.vocabulary === 'services' ? capabilities.get(capabilityKey('roles', capability.code)) : undefined
	if (role && role.affirmed.length > 0) return 'role'
	return capability.affirmed.length > 0 ? 'title' : 'none'
}

/** How the profile supports one service or modality ('none' when it says nothing about it). */
export function supportOf(profile: ListingProfile, vocabulary: 'services' | 'modalities', code: string): Support {
	return profile.support.get(capabilityKey(vocabulary, code)) ?? 'none'
}

const profileCache = new WeakMap<MatchListing, ListingProfile>()

/** The profile of a listing object, built once per object (listings are treated as immutable values). */
export function profileOf(listing: MatchListing): ListingProfile {
	let profile = profileCache.get(listing)
	if (!profile) {
		profile = buildProfile(listing)
		profileCache.set(listing, profile)
	}
	return profile
}

/** The evidence a profile holds for one code, or an empty record. */
export function capabilityOf(profile: ListingProfile, vocabulary: CapabilityVocabulary, code: string): Capability {
	return (
		profile.capabilities.get(capabilityKey(vocabulary, code)) ?? {
			vocabulary,
			code,
			tagged: false,
			affirmed: [],
			contradicted: [],
		}
	)
}

const EMPTY: ReadonlySet<string> = new Set()

/** The codes of one vocabulary the listing has and never denies. */
export function heldCodes(profile: ListingProfile, vocabulary: CapabilityVocabulary): ReadonlySet<string> {
	return profile.held.get(vocabulary) ?? EMPTY
}

/**
 * The availability that answers a request needed by `neededBy`: the earliest
 * free window that starts by then and has not ended before it, else the
 * earliest free window or the one date the listing gives.
 */
export function availabilityFor(profile: ListingProfile, neededBy: string): Availability | undefined {
	const inTime = profile.freeWindows?.find((window) => window.date <= neededBy && (window.to ?? neededBy) >= neededBy)
	return inTime ?? profile.availableFrom
}
