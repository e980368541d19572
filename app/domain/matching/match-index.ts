// A directory prepared for matching, held the way a search engine holds it:
// postings from each service/modality code to the listings with evidence for
// it (with how strongly each supports it), one typed-array column per
// secondary constraint, and a BM25 index. Built once when listings change;
// per request, candidate generation reads two postings lists and scoring
// reads a few numbers per candidate, so a request over 100k listings costs
// milliseconds, not a pass over every listing's text.
import { taxonomy } from '../../taxonomy/taxonomy.ts'
import { buildBm25Index, type Bm25Index } from './bm25.ts'
import {
	heldCodes,
	listingTypes,
	profileOf,
	searchableText,
	type ListingProfile,
	type ListingType,
	type MatchListing,
	type Support,
} from './profile.ts'
import {
	CAPACITY_OUTCOMES,
	GRADE_OUTCOMES,
	LICENCE_OUTCOMES,
	LISTING_TYPE_OUTCOMES,
	PHASE_OUTCOMES,
	PRODUCT_TYPE_OUTCOMES,
	SUPPORT_PROBABILITY,
	expectedGain,
	serviceProbability,
	type HeldOutcomes,
	type ScoringPlan,
} from './scoring.ts'

// Support levels as small numbers; 0 means the listing says nothing.
const SUPPORT_LEVELS: readonly Support[] = [
	'none',
	'tagged-and-text',
	'tagged',
	'text',
	'text-typo',
	'role',
	'title',
	'contradicted',
]
const SUPPORT_LEVEL = new Map(SUPPORT_LEVELS.map((support, level) => [support, level]))
const PROBABILITY_BY_LEVEL = Float64Array.from(SUPPORT_LEVELS, (support) => SUPPORT_PROBABILITY[support])

// Bit sets of held codes; the top bit records "states at least one code", which
// separates "holds another grade" (a mismatch) from "says nothing" (unknown).
const ANY = 0x80
const GRADE_BITS = new Map(['A', 'B', 'C', 'D'].map((grade, bit) => [grade, 1 << bit]))
const LICENCE_BITS = new Map(taxonomy.licences.map((term, bit) => [term.code, 1 << bit]))
const PRODUCT_TYPE_BITS = new Map(taxonomy.productTypes.map((term, bit) => [term.code, 1 << bit]))

export interface Postings {
	positions: Int32Array
	/** Support level of each listing in `positions`, same order. */
	levels: Uint8Array
}

export interface MatchColumns {
	type: Uint8Array
	/** Index into `groups`: listings of one type and organisation kind share their service priors. */
	group: Uint16Array
	groups: ReadonlyArray<{ type: ListingType; kind?: string }>
	verified: Uint8Array
	/** Phase rank range; -1 when the listing states no phase. */
	phaseLowest: Int8Array
	phaseHighest: Int8Array
	/** Capacity date as yyyymmdd; 0 when none is given. */
	availableFrom: Int32Array
	grades: Uint8Array
	licences: Uint8Array
	productTypes: Uint8Array
}

export interface MatchIndex {
	listings: readonly MatchListing[]
	profiles: readonly ListingProfile[]
	bm25: Bm25Index
	postings: ReadonlyMap<string, Postings>
	columns: MatchColumns
}

/** "2027-03-01" → 20270301, for comparing dates as numbers. */
export function dateNumber(iso: string): number {
	return Number(iso.slice(0, 10).replace(/-/g, ''))
}

function bitsOf(codes: ReadonlySet<string>, bits: ReadonlyMap<string, number>): number {
	let value = codes.size > 0 ? ANY : 0
	for (const code of codes) value |= bits.get(code) ?? 0
	return value
}

/** Prepares a directory for repeated matching: evidence profiles, code postings, constraint columns and BM25. */
export function buildMatchIndex(listings: readonly MatchListing[]): MatchIndex {
	const count = listings.length
	const profiles = listings.map((listing) => profileOf(listing))
	const lists = new Map<string, { positions: number[]; levels: number[] }>()
	const groupKeys = new Map<string, number>()
	const groups: Array<{ type: ListingType; kind?: string }> = []
	const columns: MatchColumns = {
		type: new Uint8Array(count),
		group: new Uint16Array(count),
		groups,
		verified: new Uint8Array(count),
		phaseLowest: new Int8Array(count).fill(-1),
		phaseHighest: new Int8Array(count).fill(-1),
		availableFrom: new Int32Array(count),
		grades: new Uint8Array(count),
		licences: new Uint8Array(count),
		productTypes: new Uint8Array(count),
	}
	profiles.forEach((profile, position) => {
		const listing = profile.listing
		for (const [key, support] of profile.support) {
			let list = lists.get(key)
			if (!list) {
				list = { positions: [], levels: [] }
				lists.set(key, list)
			}
			list.positions.push(position)
			list.levels.push(SUPPORT_LEVEL.get(support) ?? 0)
		}
		const groupKey = `${listing.type}|${listing.kind ?? ''}`
		let group = groupKeys.get(groupKey)
		if (group === undefined) {
			group = groups.length
			groups.push({ type: listing.type, kind: listing.kind })
			groupKeys.set(groupKey, group)
		}
		columns.type[position] = listingTypes.indexOf(listing.type)
		columns.group[position] = group
		columns.verified[position] = listing.verified === true ? 1 : 0
		if (profile.phaseRange) {
			columns.phaseLowest[position] = profile.phaseRange.lowest
			columns.phaseHighest[position] = profile.phaseRange.highest
		}
		columns.availableFrom[position] = profile.availableFrom ? dateNumber(profile.availableFrom.date) : 0
		columns.grades[position] = bitsOf(heldCodes(profile, 'cleanroomGrades'), GRADE_BITS)
		columns.licences[position] = bitsOf(heldCodes(profile, 'licences'), LICENCE_BITS)
		columns.productTypes[position] = bitsOf(heldCodes(profile, 'productTypes'), PRODUCT_TYPE_BITS)
	})
	const postings = new Map<string, Postings>()
	for (const [key, list] of lists)
		postings.set(key, { positions: Int32Array.from(list.positions), levels: Uint8Array.from(list.levels) })
	const bm25 = buildBm25Index(listings.map((listing) => ({ id: listing.ref, text: searchableText(listing) })))
	return { listings, profiles, bm25, postings, columns }
}

/** Positions, in directory order, of the listings with any evidence for one of the keys (all listings when there are no keys). */
export function positionsWithEvidence(
	index: MatchIndex,
	keys: readonly string[],
	also: Iterable<number> = [],
): Int32Array {
	const count = index.listings.length
	if (keys.length === 0) return Int32Array.from({ length: count }, (_, position) => position)
	const seen = new Uint8Array(count)
	let found = 0
	for (const position of also) {
		if (seen[position]) continue
		seen[position] = 1
		found += 1
	}
	for (const key of keys) {
		const list = index.postings.get(key)
		if (!list) continue
		for (const position of list.positions) {
			if (seen[position]) continue
			seen[position] = 1
			found += 1
		}
	}
	const positions = new Int32Array(found)
	let next = 0
	for (let position = 0; position < count; position += 1) if (seen[position]) positions[next++] = position
	return positions
}

function levelsFor(index: MatchIndex, key: string | undefined): Uint8Array | undefined {
	if (!key) return undefined
	const levels = new Uint8Array(index.listings.length)
	const list = index.postings.get(key)
	if (list)
		for (let entry = 0; entry < list.positions.length; entry += 1) levels[list.positions[entry]!] = list.levels[entry]!
	return levels
}

function priorsFor(index: MatchIndex, service: string): Float64Array {
	return Float64Array.from(index.columns.groups, (group) => serviceProbability(group.type, group.kind, 'none', service))
}

function heldProbability(bits: number, wanted: number, choices: HeldOutcomes): number {
	if (bits & wanted) return choices.held[1]
	return bits === 0 ? choices.unknown[1] : choices.other[1]
}

/**
 * Expected gain of each listing at `positions`: the same arithmetic as
 * `assessListing`, on columns instead of profiles (a test holds the two
 * equal on the whole development corpus).
 */
export function expectedGains(index: MatchIndex, positions: Int32Array, plan: ScoringPlan): Float64Array {
	const { needs } = plan
	const { columns } = index
	const serviceLevels = levelsFor(index, plan.mainServiceKey)
	const servicePriors = needs.mainService ? priorsFor(index, needs.mainService.code) : undefined
	const modalityLevels = levelsFor(index, plan.mainModalityKey)
	const secondary = plan.secondaryServices.map((service) => ({
		levels: levelsFor(index, service.key)!,
		priors: priorsFor(index, service.code),
	}))
	const neededBy = needs.neededBy ? dateNumber(needs.neededBy.code) : 0
	const gradeBits = needs.grades.map((grade) => GRADE_BITS.get(grade.code) ?? 0)
	const licenceBits = needs.licences.map((licence) => LICENCE_BITS.get(licence.code) ?? 0)
	const productTypeBits = needs.productTypes.map((productType) => PRODUCT_TYPE_BITS.get(productType.code) ?? 0)
	const wantedType = needs.listingType ? listingTypes.indexOf(needs.listingType.code) : -1

	const gains = new Float64Array(positions.length)
	for (let candidate = 0; candidate < positions.length; candidate += 1) {
		const position = positions[candidate]!
		const group = columns.group[position]!
		let serviceP = 1
		if (serviceLevels && servicePriors) {
			const level = serviceLevels[position]!
			serviceP = level === 0 ? servicePriors[group]! : PROBABILITY_BY_LEVEL[level]!
		}
		const modalityP = modalityLevels ? PROBABILITY_BY_LEVEL[modalityLevels[position]!]! : undefined
		let constraintP = 1
		for (const service of secondary) {
			const level = service.levels[position]!
			constraintP *= level === 0 ? service.priors[group]! : PROBABILITY_BY_LEVEL[level]!
		}
		if (needs.phase) {
			const lowest = columns.phaseLowest[position]!
			if (plan.phaseRank === undefined || lowest < 0) constraintP *= PHASE_OUTCOMES.unknown[1]
			else
				constraintP *=
					plan.phaseRank >= lowest && plan.phaseRank <= columns.phaseHighest[position]!
						? PHASE_OUTCOMES.held[1]
						: PHASE_OUTCOMES.other[1]
		}
		if (needs.neededBy) {
			const available = columns.availableFrom[position]!
			constraintP *=
				available === 0
					? CAPACITY_OUTCOMES.unknown[1]
					: available <= neededBy
						? CAPACITY_OUTCOMES.held[1]
						: CAPACITY_OUTCOMES.other[1]
		}
		for (const bit of gradeBits) constraintP *= heldProbability(columns.grades[position]!, bit, GRADE_OUTCOMES)
		for (const bit of licenceBits) constraintP *= heldProbability(columns.licences[position]!, bit, LICENCE_OUTCOMES)
		for (const bit of productTypeBits)
			constraintP *= heldProbability(columns.productTypes[position]!, bit, PRODUCT_TYPE_OUTCOMES)
		if (wantedType >= 0)
			constraintP *=
				columns.type[position] === wantedType ? LISTING_TYPE_OUTCOMES.held[1] : LISTING_TYPE_OUTCOMES.other[1]
		gains[candidate] = expectedGain(serviceP, modalityP, constraintP)
	}
	return gains
}
