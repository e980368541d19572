// Suggestions for a match request: candidate generation, ranking and the
// reasons for each suggestion. The score is the expected relevance of a
// listing (scoring.ts); lexical similarity (BM25 with a synonym-expanded
// query) and verification only break ties between listings whose evidence
// is equally good.
import { taxonomy } from '../../taxonomy/taxonomy.ts'
import { bm25Terms } from './bm25.ts'
import { buildMatchIndex, expectedGains, positionsWithEvidence, type MatchIndex } from './match-index.ts'
import { needsFromRequest, type MatchNeeds, type MatchRequest } from './needs.ts'
import { capabilityKey, profileOf, type ListingType, type MatchListing } from './profile.ts'
import { explain, type Reason } from './reasons.ts'
import { assessListing, planFor, type Assessment } from './scoring.ts'
import { explainTies } from './ties.ts'

export type { Assessment, CapabilityMatch, ConstraintKind, ConstraintMatch } from './scoring.ts'
export type { MatchIndex } from './match-index.ts'
export { buildMatchIndex } from './match-index.ts'

export interface CandidateEvidence extends Assessment {
	/** BM25 score of the listing for the synonym-expanded request. */
	lexical: number
	verified: boolean
}

export interface RankedCandidate {
	ref: string
	type: ListingType
	score: number
	reasons: Reason[]
	evidence: CandidateEvidence
}

export interface RankOptions {
	/** How many suggestions to return (default: all candidates). Reasons are written only for those returned. */
	limit?: number
	/** The prepared directory for `listings` (same array); built on the fly when absent. */
	index?: MatchIndex
	/** Needs already read from the request (saves reading it twice). */
	needs?: MatchNeeds
	/** Score every listing given instead of the candidates only. */
	skipCandidateFilter?: boolean
	/**
	 * Refs to consider besides the listings with evidence: what the search
	 * engine found for the words of the request (typos, prefixes, stems and
	 * synonym groups the evidence lexicon does not know). Unknown refs are ignored.
	 */
	alsoConsider?: readonly string[]
}

const refPositions = new WeakMap<MatchIndex, Map<string, number>>()

function positionsOfRefs(index: MatchIndex, refs: readonly string[]): number[] {
	let positions = refPositions.get(index)
	if (!positions) {
		positions = new Map(index.listings.map((listing, position) => [listing.ref, position]))
		refPositions.set(index, positions)
	}
	return refs.flatMap((ref) => {
		const position = positions.get(ref)
		return position === undefined ? [] : [position]
	})
}

const TIE_BREAK = { lexical: 0.08, verified: 0.02 }

function isNeeds(value: MatchRequest | MatchNeeds): value is MatchNeeds {
	return 'excluded' in value && Array.isArray((value as MatchNeeds).excluded)
}

/** Evidence for the main service (or the role that implies it) or the main modality admits a listing; a denial does too, so that it can be shown with a caution. */
function candidateKeys(needs: MatchNeeds): string[] {
	const keys: string[] = []
	if (needs.mainService) keys.push(capabilityKey('services', needs.mainService.code))
	if (needs.mainModality) keys.push(capabilityKey('modalities', needs.mainModality.code))
	return keys
}

/**
 * The candidate set: listings with any evidence, tag or text, for the main
 * service or the main modality of the request. The portal asks the search
 * engine for the same set (taxonomy filters OR synonym-expanded text); this
 * function is its pure equivalent, used by tests and the benchmark. A
 * request in which no service or modality can be read keeps every listing
 * and leaves the ordering to lexical relevance.
 */
export function generateCandidates(
	request: MatchRequest | MatchNeeds,
	listings: readonly MatchListing[],
	index?: MatchIndex,
): MatchListing[] {
	const needs = isNeeds(request) ? request : needsFromRequest(request)
	const keys = candidateKeys(needs)
	if (index && index.listings === listings)
		return Array.from(positionsWithEvidence(index, keys), (position) => listings[position]!)
	if (keys.length === 0) return [...listings]
	return listings.filter((listing) => {
		const support = profileOf(listing).support
		return keys.some((key) => support.has(key))
	})
}

/** Request words plus every way of writing the codes it needs, so that BM25 sees "LVV" when the request says "lentiviral". */
export function expandedQuery(request: MatchRequest, needs: MatchNeeds): string[] {
	const terms = bm25Terms(`${request.title ?? ''} ${request.description ?? ''}`)
	const add = (vocabulary: 'services' | 'modalities', code: string | undefined) => {
		const term = code ? taxonomy[vocabulary].find((entry) => entry.code === code) : undefined
		if (!term) return
		for (const form of [term.code, term.en, term.sv, ...(term.synonyms ?? [])]) terms.push(...bm25Terms(form))
	}
	add('services', needs.mainService?.code)
	add('modalities', needs.mainModality?.code)
	return terms
}

/** Indices of the best `limit` entries by `better`, best first, without sorting everything. */
function topIndices(count: number, limit: number, better: (left: number, right: number) => number): number[] {
	const best: number[] = []
	for (let candidate = 0; candidate < count; candidate += 1) {
		if (best.length === limit && better(candidate, best[limit - 1]!) >= 0) continue
		let low = 0
		let high = best.length
		while (low < high) {
			const middle = (low + high) >> 1
			if (better(candidate, best[middle]!) < 0) high = middle
			else low = middle + 1
		}
		best.splice(low, 0, candidate)
		if (best.length > limit) best.pop()
	}
	return best
}

/**
 * Ranks listings for a request, best first, each with its score, reasons in
 * English and Swedish, and the evidence behind them. Pure: the same request
 * and listings always give the same ranking.
 */
export function rankCandidates(
	request: MatchRequest,
	listings: readonly MatchListing[],
	options: RankOptions = {},
): RankedCandidate[] {
	const needs = options.needs ?? needsFromRequest(request)
	const index = options.index && options.index.listings === listings ? options.index : buildMatchIndex(listings)
	const plan = planFor(needs)
	const positions = positionsWithEvidence(
		index,
		options.skipCandidateFilter ? [] : candidateKeys(needs),
		positionsOfRefs(index, options.alsoConsider ?? []),
	)
	const gains = expectedGains(index, positions, plan)
	const lexicalScores = index.bm25.scoreAll(expandedQuery(request, needs))

	const count = positions.length
	const lexical = new Float64Array(count)
	let maxLexical = 0
	for (let candidate = 0; candidate < count; candidate += 1) {
		const value = lexicalScores[positions[candidate]!] ?? 0
		lexical[candidate] = value
		if (value > maxLexical) maxLexical = value
	}
	const scores = new Float64Array(count)
	for (let candidate = 0; candidate < count; candidate += 1) {
		const lexicalShare = maxLexical > 0 ? lexical[candidate]! / maxLexical : 0
		const verified = index.columns.verified[positions[candidate]!] === 1
		scores[candidate] =
			Math.round(
				(gains[candidate]! + TIE_BREAK.lexical * lexicalShare + (verified ? TIE_BREAK.verified : 0)) * 10_000,
			) / 10_000
	}

	// Equal scores fall back to lexical relevance, then to the ref, so that every run gives the same order.
	const better = (left: number, right: number) =>
		scores[right]! - scores[left]! ||
		lexical[right]! - lexical[left]! ||
		(index.listings[positions[left]!]!.ref < index.listings[positions[right]!]!.ref ? -1 : 1)
	const limit = Math.min(options.limit ?? count, count)
	const order =
		limit < count
			? topIndices(count, limit, better)
			: Array.from({ length: count }, (_, candidate) => candidate).sort(better)

	const ranked = order.map((candidate) => {
		const profile = index.profiles[positions[candidate]!]!
		const assessment = assessListing(profile, needs, plan)
		const ranked: RankedCandidate = {
			ref: profile.listing.ref,
			type: profile.listing.type,
			score: scores[candidate]!,
			reasons: explain(profile, needs, assessment),
			evidence: { ...assessment, lexical: lexical[candidate]!, verified: profile.listing.verified === true },
		}
		return { candidate: ranked, listing: profile.listing }
	})
	explainTies(ranked, `${request.title ?? ''}\n${request.description ?? ''}`)
	return ranked.map(({ candidate }) => candidate)
}
