// The words behind a suggestion: what matches ("offers viral vector
// production", "mentions LVV in its description", "grade B capacity from March
// 2027", "verified") and what a coordinator should check ("capacity only from
// October 2027, after the needed-by date", "says it does not offer …"). The
// wording is in the catalogue (i18n/*/reasons.ts); a reason carries it in every
// language, because the API and the CLI give both.
import { translator, type MessageKey, type MessageParams, type PlainMessageKey } from '~/i18n/messages.ts'
import { taxonomy, termLabel, type Locale, type VocabularyName } from '../../taxonomy/taxonomy.ts'
import type { MatchNeeds } from './needs.ts'
import {
	capabilityOf,
	availabilityFor,
	heldCodes,
	supportOf,
	type Capability,
	type ListingProfile,
	type ListingType,
	type Snippet,
} from './profile.ts'
import type { Assessment, ConstraintMatch } from './scoring.ts'

export interface Reason {
	/** Stable identifier of the kind of reason, e.g. "service.offered" or "caution.capacity-late". */
	code: string
	text: { en: string; sv: string }
}

type ReasonKey = Extract<MessageKey, `reason.${string}`>
/** A value in a reason: the same in every language (the listing's own words, a grade), or worded per language. */
type Part = string | number | ((locale: Locale) => string)

/** A reason in English and Swedish from its catalogue message and the values for its placeholders. */
export function reason<Key extends ReasonKey>(
	code: string,
	key: Key,
	...parts: keyof MessageParams<Key> extends never ? [] : [{ [Name in keyof MessageParams<Key>]: Part }]
): Reason {
	const values: Record<string, Part> = parts[0] ?? {}
	const text = (locale: Locale) => {
		const params: Record<string, string | number> = {}
		for (const [name, part] of Object.entries(values)) params[name] = typeof part === 'function' ? part(locale) : part
		const t = translator(locale).t as (key: MessageKey, params: Record<string, string | number>) => string
		return t(key, params)
	}
	return { code, text: { en: text('en'), sv: text('sv') } }
}

/** A plain catalogue message as a part of a reason. */
const words = (key: PlainMessageKey) => (locale: Locale) => translator(locale).t(key)

/** A taxonomy label as it reads mid-sentence: "viral vector production", but "GMP manufacturing" and "Qualified Person (QP) release" keep their capitals. */
export function readableLabel(vocabulary: VocabularyName, code: string, locale: Locale): string {
	const label = termLabel(vocabulary, code, locale)
	const [first = '', ...rest] = label.split(/\s+/)
	const restHasProperWords = rest.some((word) => /^\p{Lu}\p{Ll}/u.test(word))
	if (/^\p{Lu}\p{Ll}/u.test(first) && !restHasProperWords) return first.charAt(0).toLowerCase() + label.slice(1)
	return label
}

/** A taxonomy term as a part of a reason. */
const label = (vocabulary: VocabularyName, code: string) => (locale: Locale) => readableLabel(vocabulary, code, locale)

/** "2027-03-01" → "March 2027" / "mars 2027"; a date other than the first keeps its day. */
const date = (iso: string) => (locale: Locale) =>
	translator(locale).formatDate(iso, Number(iso.slice(8, 10)) > 1 ? 'day' : 'month')

function isCaution(reason: Reason): boolean {
	return reason.code.startsWith('caution.')
}

function mentionReason(code: string, snippet: Snippet): Reason {
	return reason(code, 'reason.mentioned', { surface: snippet.surface, where: words(`reason.field.${snippet.field}`) })
}

function contradictionReason(kind: 'service' | 'modality', code: string, snippet: Snippet): Reason {
	const term = label(kind === 'service' ? 'services' : 'modalities', code)
	if (snippet.polarity === 'past')
		return reason(`caution.${kind}-past`, 'reason.onlyInThePast', { label: term, surface: snippet.surface })
	if (snippet.polarity === 'referral') return reason(`caution.${kind}-referred`, 'reason.referred', { label: term })
	return reason(`caution.${kind}-denied`, kind === 'service' ? 'reason.serviceDenied' : 'reason.modalityDenied', {
		label: term,
	})
}

function statedSnippet(capability: Capability): Snippet | undefined {
	return capability.affirmed.find((snippet) => snippet.field !== 'title') ?? capability.affirmed[0]
}

/** How a service or a modality the listing holds is worded. */
const tagKinds = {
	service: { vocabulary: 'services', held: ['service.offered', 'reason.serviceOffered'] },
	modality: { vocabulary: 'modalities', held: ['modality.works-with', 'reason.modalityWorksWith'] },
} as const

/**
 * Why a listing does (or may not) offer a service or work with a modality:
 * tagged, stated in its text, implied by a person's role (services only), or
 * denied. A modality not found at all is a caution; a service not found
 * says nothing here.
 */
function tagReasons(profile: ListingProfile, kind: keyof typeof tagKinds, code: string): Reason[] {
	const { vocabulary, held } = tagKinds[kind]
	const capability = capabilityOf(profile, vocabulary, code)
	switch (supportOf(profile, vocabulary, code)) {
		case 'tagged-and-text':
		case 'tagged':
			return [reason(held[0], held[1], { label: label(vocabulary, code) })]
		case 'text':
		case 'text-typo':
		case 'title': {
			const snippet = statedSnippet(capability)
			return snippet ? [mentionReason(`${kind}.mentioned`, snippet)] : []
		}
		case 'role': {
			if (kind !== 'service') break
			const title = capabilityOf(profile, 'roles', code).affirmed[0]?.surface ?? ''
			return [reason('service.role', 'reason.serviceRole', { title, label: label('services', code) })]
		}
		case 'contradicted':
			return [contradictionReason(kind, code, capability.contradicted[0]!)]
	}
	if (kind === 'service') return []
	return [reason('caution.modality-missing', 'reason.notMentioned', { label: label('modalities', code) })]
}

export function serviceReasons(profile: ListingProfile, code: string): Reason[] {
	return tagReasons(profile, 'service', code)
}

export function modalityReasons(profile: ListingProfile, code: string): Reason[] {
	return tagReasons(profile, 'modality', code)
}

/** "Discovery / research" reads "discovery" inside a range. */
function phaseName(code: string, locale: Locale): string {
	return readableLabel('phases', code, locale).split(' / ')[0]!
}

function phaseByRank(rank: number, locale: Locale): string {
	return phaseName(taxonomy.phases.find((term) => term.rank === rank)?.code ?? '', locale)
}

function constraintReasons(profile: ListingProfile, needs: MatchNeeds, match: ConstraintMatch): Reason[] {
	const listing = profile.listing
	switch (match.kind) {
		case 'service': {
			if (match.status === 'met')
				return serviceReasons(profile, match.code).map((reason) => ({
					...reason,
					code: reason.code.replace('service.', 'service.also-'),
				}))
			if (supportOf(profile, 'services', match.code) === 'contradicted') return serviceReasons(profile, match.code)
			return [reason('caution.service-missing', 'reason.notMentioned', { label: label('services', match.code) })]
		}
		case 'phase': {
			const range = profile.phaseRange
			if (!range) return []
			const span = (locale: Locale) =>
				range.lowest === range.highest
					? phaseByRank(range.lowest, locale)
					: translator(locale).t('reason.phaseSpan', {
							lowest: phaseByRank(range.lowest, locale),
							highest: phaseByRank(range.highest, locale),
						})
			const phase = (locale: Locale) => phaseName(match.code, locale)
			return match.status === 'met'
				? [reason('phase.covered', 'reason.phaseCovered', { phase, span })]
				: [reason('caution.phase', 'reason.phaseOther', { phase, span })]
		}
		case 'capacity': {
			const available = needs.neededBy ? availabilityFor(profile, needs.neededBy.code) : profile.availableFrom
			if (!available) return [reason('caution.capacity-unknown', 'reason.capacityUnknown')]
			const suite = available.suite
			if (suite && match.status === 'met')
				return [
					reason('capacity.in-time', 'reason.suiteFreeFrom', {
						suite: () => suite,
						date: (locale: Locale) => translator(locale).formatDate(available.date, 'month'),
					}),
				]
			const grades = needs.grades
				.map((grade) => grade.code)
				.filter((grade) => heldCodes(profile, 'cleanroomGrades').has(grade))
			const capacity =
				grades.length === 0
					? words('reason.capacity')
					: (locale: Locale) => translator(locale).t('reason.gradeCapacity', { grades: grades.join('/') })
			return match.status === 'met'
				? [reason('capacity.in-time', 'reason.capacityInTime', { capacity, date: date(available.date) })]
				: [reason('caution.capacity-late', 'reason.capacityLate', { capacity, date: date(available.date) })]
		}
		case 'grade': {
			if (match.status === 'met') {
				// With capacity in time the grade is already named there ("grade B capacity from March 2027").
				const namedWithCapacity =
					needs.neededBy !== undefined &&
					(availabilityFor(profile, needs.neededBy.code)?.date ?? '9999') <= needs.neededBy.code &&
					availabilityFor(profile, needs.neededBy.code)?.suite === undefined
				return namedWithCapacity ? [] : [reason('grade.held', 'reason.gradeHeld', { grade: match.code })]
			}
			if (match.status === 'unknown') return [reason('caution.grade-unknown', 'reason.gradeUnknown')]
			const held = [...heldCodes(profile, 'cleanroomGrades')].sort().join(', ')
			return [reason('caution.grade', 'reason.gradeOther', { held, grade: match.code })]
		}
		case 'licence': {
			const licence = label('licences', match.code)
			if (match.status !== 'met') return [reason('caution.licence', 'reason.licenceMissing', { label: licence })]
			return [
				reason('licence.held', listing.type === 'expert' ? 'reason.licenceExperienced' : 'reason.licenceHeld', {
					label: licence,
				}),
			]
		}
		case 'product-type': {
			const productType = label('productTypes', match.code)
			if (match.status === 'met')
				return [reason('product-type.suited', 'reason.productTypeSuited', { label: productType })]
			if (match.status === 'unknown') return []
			return [reason('caution.product-type', 'reason.productTypeOther', { label: productType })]
		}
		case 'listing-type': {
			const wanted = words(`reason.listingType.${match.code as ListingType}`)
			return match.status === 'met'
				? [reason('listing-type.preferred', 'reason.listingTypeAsked', { type: wanted })]
				: [
						reason('caution.listing-type', 'reason.listingTypeOther', {
							type: words(`reason.listingType.${listing.type}`),
							wanted,
						}),
					]
		}
		default:
			return []
	}
}

/** Everything a coordinator should read about one suggestion: matches first, then verification, then cautions. */
export function explain(profile: ListingProfile, needs: MatchNeeds, assessment: Assessment): Reason[] {
	const all: Reason[] = []
	if (assessment.mainService) all.push(...serviceReasons(profile, assessment.mainService.code))
	if (assessment.mainModality) all.push(...modalityReasons(profile, assessment.mainModality.code))
	for (const match of assessment.constraints) all.push(...constraintReasons(profile, needs, match))
	const matches = all.filter((reason) => !isCaution(reason))
	if (profile.listing.verified === true) matches.push(reason('verified', 'reason.verified'))
	return [...matches, ...all.filter(isCaution)]
}
