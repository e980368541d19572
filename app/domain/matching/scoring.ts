// How much a listing is worth for a request, from its evidence.
//
// The score is the relevance a coordinator can expect, read as grades: a
// provider with the main service but not the modality is worth 1, one with
// both is worth 3, and one that also meets every secondary constraint (phase,
// capacity date, cleanroom grade, licence, product type, the kind of provider
// asked for, further services) is worth 7 (the 2^g − 1 gains of the
// benchmark's nDCG). Each piece of evidence enters as the probability that
// the listing really has the capability, so the score is an expected gain:
// a tag or an affirmative sentence makes a capability near-certain, "we do
// not offer …", "previously worked on …" or "we refer clients to …" makes it
// near-impossible even when a stale tag says otherwise, and silence leaves a
// small prior.
import { phaseRank } from '../../taxonomy/taxonomy.ts'
import type { MatchNeeds } from './needs.ts'
import {
	capabilityKey,
	availabilityFor,
	heldCodes,
	type ListingProfile,
	type ListingType,
	type MatchListing,
	type Support,
} from './profile.ts'

export interface CapabilityMatch {
	code: string
	support: Support
	probability: number
}

export type ConstraintKind = 'service' | 'phase' | 'capacity' | 'grade' | 'licence' | 'product-type' | 'listing-type'
export type ConstraintStatus = 'met' | 'unmet' | 'unknown'

export interface ConstraintMatch {
	kind: ConstraintKind
	code: string
	status: ConstraintStatus
	probability: number
}

export interface Assessment {
	mainService?: CapabilityMatch
	mainModality?: CapabilityMatch
	constraints: ConstraintMatch[]
	/** Expected benchmark gain (0–7) before tie-breaking. */
	expectedGain: number
}

// ───────────────────────── probabilities ─────────────────────────

// How likely a listing is to really have a capability, given what it says.
// Measured on the development corpus and rounded away from certainty: a tag
// or an affirmative sentence is almost always right, a denial almost always
// wins over a stale tag, and a listing that says nothing rarely has it.
export const SUPPORT_PROBABILITY: Readonly<Record<Support, number>> = {
	'tagged-and-text': 0.99,
	tagged: 0.97,
	text: 0.96,
	'text-typo': 0.92,
	role: 0.8,
	title: 0.35,
	contradicted: 0.03,
	none: 0.01,
}

export const PROBABILITY = {
	phaseInRange: 0.97,
	phaseOutOfRange: 0.1,
	phaseUnknown: 0.5,
	capacityInTime: 0.97,
	capacityLate: 0.05,
	// Capacity without a date means "ask": as often there in time as not.
	capacityUnknown: 0.4,
	gradeHeld: 0.97,
	gradeOther: 0.08,
	gradeUnknown: 0.25,
	licenceHeld: 0.97,
	licenceMissing: 0.05,
	productTypeHeld: 0.97,
	productTypeOther: 0.08,
	// Product types are rarely stated; silence is usually not a mismatch.
	productTypeUnknown: 0.85,
} as const

// What a listing that says nothing about a service is still likely to offer,
// by listing type and organisation kind: a GMP facility usually
// manufactures, a university hospital usually runs trials.
const SERVICE_PRIORS: ReadonlyArray<{ type: ListingType; kind?: string; service: string; probability: number }> = [
	{ type: 'facility', service: 'gmp-manufacturing', probability: 0.2 },
	{ type: 'organization', kind: 'hospital', service: 'clinical-trial-site', probability: 0.3 },
	{ type: 'organization', kind: 'hospital', service: 'gmp-manufacturing', probability: 0.1 },
	{ type: 'organization', kind: 'hospital', service: 'donor-material', probability: 0.1 },
	{ type: 'organization', kind: 'cdmo', service: 'gmp-manufacturing', probability: 0.15 },
	{ type: 'organization', kind: 'cdmo', service: 'process-development', probability: 0.15 },
	{ type: 'organization', kind: 'investor', service: 'funding', probability: 0.3 },
]

export const GAIN = { mainServiceOnly: 1, serviceAndModality: 3, everything: 7 } as const

/** A score as coordinators see it: the share of a perfect match (every need met, with certainty). */
export function scorePercent(score: number): number {
	return Math.min(100, Math.round((score / GAIN.everything) * 100))
}

/** The probability that a listing offers a service it supports this way; silence falls back to the type/kind prior. */
export function serviceProbability(
	type: ListingType,
	kind: string | undefined,
	support: Support,
	service: string,
): number {
	if (support !== 'none') return SUPPORT_PROBABILITY[support]
	const prior = SERVICE_PRIORS.find(
		(entry) => entry.type === type && entry.service === service && (entry.kind === undefined || entry.kind === kind),
	)
	return prior?.probability ?? SUPPORT_PROBABILITY.none
}

/** Expected gain from the probabilities of the main service, the main modality (undefined when none was asked for) and all secondary constraints together. */
export function expectedGain(serviceP: number, modalityP: number | undefined, constraintP: number): number {
	const fullMatch = constraintP * GAIN.everything + (1 - constraintP) * GAIN.serviceAndModality
	return modalityP === undefined
		? serviceP * fullMatch
		: serviceP * (modalityP * fullMatch + (1 - modalityP) * GAIN.mainServiceOnly)
}

// ───────────────────────── constraints ─────────────────────────

/** A request's needs with their look-up keys, computed once per request. */
export interface ScoringPlan {
	needs: MatchNeeds
	mainServiceKey?: string
	mainModalityKey?: string
	secondaryServices: Array<{ code: string; key: string }>
	phaseRank?: number
}

export function planFor(needs: MatchNeeds): ScoringPlan {
	return {
		needs,
		mainServiceKey: needs.mainService ? capabilityKey('services', needs.mainService.code) : undefined,
		mainModalityKey: needs.mainModality ? capabilityKey('modalities', needs.mainModality.code) : undefined,
		secondaryServices: needs.services
			.slice(1)
			.map((need) => ({ code: need.code, key: capabilityKey('services', need.code) })),
		phaseRank: needs.phase ? phaseRank(needs.phase.code) : undefined,
	}
}

export type Outcome = readonly [ConstraintStatus, number]

/** The outcome of a "does the listing hold this code" constraint, by what the listing states. */
export interface HeldOutcomes {
	held: Outcome
	other: Outcome
	unknown: Outcome
}

function outcomes(held: number, other: number, unknown: number): HeldOutcomes {
	return { held: ['met', held], other: ['unmet', other], unknown: ['unknown', unknown] }
}

export const PHASE_OUTCOMES = outcomes(PROBABILITY.phaseInRange, PROBABILITY.phaseOutOfRange, PROBABILITY.phaseUnknown)
export const CAPACITY_OUTCOMES = outcomes(
	PROBABILITY.capacityInTime,
	PROBABILITY.capacityLate,
	PROBABILITY.capacityUnknown,
)
export const GRADE_OUTCOMES = outcomes(PROBABILITY.gradeHeld, PROBABILITY.gradeOther, PROBABILITY.gradeUnknown)
// A licence nobody mentions is as good as missing: a coordinator cannot route on a permit that is not stated.
export const LICENCE_OUTCOMES = outcomes(
	PROBABILITY.licenceHeld,
	PROBABILITY.licenceMissing,
	PROBABILITY.licenceMissing,
)
export const PRODUCT_TYPE_OUTCOMES = outcomes(
	PROBABILITY.productTypeHeld,
	PROBABILITY.productTypeOther,
	PROBABILITY.productTypeUnknown,
)
export const LISTING_TYPE_OUTCOMES: HeldOutcomes = { held: ['met', 1], other: ['unmet', 0], unknown: ['unmet', 0] }

function heldOutcome(held: ReadonlySet<string>, code: string, choices: HeldOutcomes): Outcome {
	if (held.has(code)) return choices.held
	return held.size === 0 ? choices.unknown : choices.other
}

function phaseOutcome(profile: ListingProfile, wanted: number | undefined): Outcome {
	const range = profile.phaseRange
	if (wanted === undefined || !range) return PHASE_OUTCOMES.unknown
	// A provider that has run discovery and phase II projects covers the preclinical stage in between.
	return wanted >= range.lowest && wanted <= range.highest ? PHASE_OUTCOMES.held : PHASE_OUTCOMES.other
}

function capacityOutcome(profile: ListingProfile, neededBy: string): Outcome {
	const available = availabilityFor(profile, neededBy)
	if (!available) return CAPACITY_OUTCOMES.unknown
	return available.date <= neededBy ? CAPACITY_OUTCOMES.held : CAPACITY_OUTCOMES.other
}

/** Status of a further service the request asks for, from its probability. */
export function serviceStatus(support: Support, probability: number): ConstraintStatus {
	if (probability >= 0.5) return 'met'
	return support === 'none' ? 'unknown' : 'unmet'
}

function mainServiceProbability(profile: ListingProfile, plan: ScoringPlan): number {
	const service = plan.needs.mainService
	if (!service || !plan.mainServiceKey) return 1
	return serviceProbability(
		profile.listing.type,
		profile.listing.kind,
		profile.support.get(plan.mainServiceKey) ?? 'none',
		service.code,
	)
}

function mainModalityProbability(profile: ListingProfile, plan: ScoringPlan): number | undefined {
	return plan.mainModalityKey ? SUPPORT_PROBABILITY[profile.support.get(plan.mainModalityKey) ?? 'none'] : undefined
}

/**
 * The full assessment of one listing for a request: how it supports the main
 * service and modality, the outcome of every secondary constraint, and the
 * expected gain. A pure function of the listing's evidence profile and the
 * request's needs.
 */
export function assessListing(
	profile: ListingProfile,
	needs: MatchNeeds,
	plan: ScoringPlan = planFor(needs),
): Assessment {
	const listing: MatchListing = profile.listing
	const constraints: ConstraintMatch[] = []
	let constraintP = 1
	const add = (kind: ConstraintKind, code: string, [status, probability]: Outcome) => {
		constraints.push({ kind, code, status, probability })
		constraintP *= probability
	}
	for (const service of plan.secondaryServices) {
		const support = profile.support.get(service.key) ?? 'none'
		const probability = serviceProbability(listing.type, listing.kind, support, service.code)
		add('service', service.code, [serviceStatus(support, probability), probability])
	}
	if (needs.phase) add('phase', needs.phase.code, phaseOutcome(profile, plan.phaseRank))
	if (needs.neededBy) add('capacity', needs.neededBy.code, capacityOutcome(profile, needs.neededBy.code))
	for (const grade of needs.grades)
		add('grade', grade.code, heldOutcome(heldCodes(profile, 'cleanroomGrades'), grade.code, GRADE_OUTCOMES))
	for (const licence of needs.licences)
		add('licence', licence.code, heldOutcome(heldCodes(profile, 'licences'), licence.code, LICENCE_OUTCOMES))
	for (const productType of needs.productTypes)
		add(
			'product-type',
			productType.code,
			heldOutcome(heldCodes(profile, 'productTypes'), productType.code, PRODUCT_TYPE_OUTCOMES),
		)
	if (needs.listingType)
		add(
			'listing-type',
			needs.listingType.code,
			listing.type === needs.listingType.code ? LISTING_TYPE_OUTCOMES.held : LISTING_TYPE_OUTCOMES.other,
		)

	const serviceP = mainServiceProbability(profile, plan)
	const modalityP = mainModalityProbability(profile, plan)
	return {
		mainService:
			needs.mainService && plan.mainServiceKey
				? {
						code: needs.mainService.code,
						support: profile.support.get(plan.mainServiceKey) ?? 'none',
						probability: serviceP,
					}
				: undefined,
		mainModality:
			needs.mainModality && plan.mainModalityKey && modalityP !== undefined
				? {
						code: needs.mainModality.code,
						support: profile.support.get(plan.mainModalityKey) ?? 'none',
						probability: modalityP,
					}
				: undefined,
		constraints,
		expectedGain: expectedGain(serviceP, modalityP, constraintP),
	}
}
