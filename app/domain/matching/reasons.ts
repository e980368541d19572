// The words behind a suggestion, in English and Swedish: what matches
// ("offers viral vector production", "mentions LVV in its description",
// "grade B capacity from March 2027", "verified") and what a coordinator
// should check ("capacity only from October 2027, after the needed-by date",
// "says it does not offer …").
import { monthNames } from '../../i18n/month-names.ts'
import { taxonomy, termLabel, type Locale, type VocabularyName } from '../../taxonomy/taxonomy.ts'
import type { MatchNeeds } from './needs.ts'
import {
	capabilityOf,
	heldCodes,
	supportOf,
	type Capability,
	type ListingProfile,
	type ListingType,
	type Snippet,
	type Support,
} from './profile.ts'
import type { Reason } from './rank.ts'
import type { Assessment, ConstraintMatch } from './scoring.ts'

/** A taxonomy label as it reads mid-sentence: "viral vector production", but "GMP manufacturing" and "Qualified Person (QP) release" keep their capitals. */
export function readableLabel(vocabulary: VocabularyName, code: string, locale: Locale): string {
	const label = termLabel(vocabulary, code, locale)
	const [first = '', ...rest] = label.split(/\s+/)
	const restHasProperWords = rest.some((word) => /^\p{Lu}\p{Ll}/u.test(word))
	if (/^\p{Lu}\p{Ll}/u.test(first) && !restHasProperWords) return first.charAt(0).toLowerCase() + label.slice(1)
	return label
}

/** "2027-03-01" → "March 2027" / "mars 2027"; a date other than the first keeps its day. */
export function formatDate(iso: string, locale: Locale): string {
	const [year, month, day] = iso.split('-').map(Number)
	const monthName = monthNames(locale)[(month ?? 1) - 1] ?? ''
	return day && day !== 1 ? `${day} ${monthName} ${year}` : `${monthName} ${year}`
}

const FIELD_WORDS: Record<Snippet['field'], { en: string; sv: string }> = {
	name: { en: 'in its name', sv: 'i sitt namn' },
	title: { en: 'in the job title', sv: 'i sin titel' },
	summary: { en: 'in its summary', sv: 'i sin sammanfattning' },
	description: { en: 'in its description', sv: 'i sin beskrivning' },
	tags: { en: 'among its keywords', sv: 'bland sina nyckelord' },
}

const LISTING_TYPE_WORDS: Record<ListingType, { en: string; sv: string }> = {
	organization: { en: 'an organisation', sv: 'en organisation' },
	lab: { en: 'a lab or research group', sv: 'ett labb eller en forskargrupp' },
	facility: { en: 'a GMP facility', sv: 'en GMP-anläggning' },
	expert: { en: 'an expert', sv: 'en expert' },
}

function isCaution(reason: Reason): boolean {
	return reason.code.startsWith('caution.')
}

function mentionReason(code: string, snippet: Snippet): Reason {
	const where = FIELD_WORDS[snippet.field]
	return { code, text: { en: `mentions ${snippet.surface} ${where.en}`, sv: `nämner ${snippet.surface} ${where.sv}` } }
}

function contradictionReason(kind: 'service' | 'modality', code: string, snippet: Snippet): Reason {
	const vocabulary = kind === 'service' ? 'services' : 'modalities'
	const en = readableLabel(vocabulary, code, 'en')
	const sv = readableLabel(vocabulary, code, 'sv')
	if (snippet.polarity === 'past') {
		return {
			code: `caution.${kind}-past`,
			text: {
				en: `worked with ${en} only in the past ("${snippet.surface}")`,
				sv: `har arbetat med ${sv} tidigare, inte nu ("${snippet.surface}")`,
			},
		}
	}
	if (snippet.polarity === 'referral')
		return {
			code: `caution.${kind}-referred`,
			text: { en: `refers ${en} to a partner`, sv: `hänvisar ${sv} till en partner` },
		}
	return {
		code: `caution.${kind}-denied`,
		text:
			kind === 'service'
				? { en: `says it does not offer ${en}`, sv: `anger att de inte erbjuder ${sv}` }
				: { en: `says it does not work with ${en}`, sv: `anger att de inte arbetar med ${sv}` },
	}
}

function statedSnippet(capability: Capability): Snippet | undefined {
	return capability.affirmed.find((snippet) => snippet.field !== 'title') ?? capability.affirmed[0]
}

export function serviceReasons(profile: ListingProfile, code: string): Reason[] {
	const support: Support = supportOf(profile, 'services', code)
	const capability = capabilityOf(profile, 'services', code)
	const en = readableLabel('services', code, 'en')
	const sv = readableLabel('services', code, 'sv')
	switch (support) {
		case 'tagged-and-text':
		case 'tagged':
			return [{ code: 'service.offered', text: { en: `offers ${en}`, sv: `erbjuder ${sv}` } }]
		case 'text':
		case 'text-typo':
		case 'title': {
			const snippet = statedSnippet(capability)
			return snippet ? [mentionReason('service.mentioned', snippet)] : []
		}
		case 'role': {
			const title = capabilityOf(profile, 'roles', code).affirmed[0]?.surface ?? ''
			return [
				{
					code: 'service.role',
					text: {
						en: `works as ${title}, a role that usually includes ${en}`,
						sv: `arbetar som ${title}, en roll som brukar omfatta ${sv}`,
					},
				},
			]
		}
		case 'contradicted':
			return [contradictionReason('service', code, capability.contradicted[0]!)]
		default:
			return []
	}
}

export function modalityReasons(profile: ListingProfile, code: string): Reason[] {
	const support = supportOf(profile, 'modalities', code)
	const capability = capabilityOf(profile, 'modalities', code)
	const en = readableLabel('modalities', code, 'en')
	const sv = readableLabel('modalities', code, 'sv')
	switch (support) {
		case 'tagged-and-text':
		case 'tagged':
			return [{ code: 'modality.works-with', text: { en: `works with ${en}`, sv: `arbetar med ${sv}` } }]
		case 'text':
		case 'text-typo':
		case 'title': {
			const snippet = statedSnippet(capability)
			return snippet ? [mentionReason('modality.mentioned', snippet)] : []
		}
		case 'contradicted':
			return [contradictionReason('modality', code, capability.contradicted[0]!)]
		default:
			return [{ code: 'caution.modality-missing', text: { en: `does not mention ${en}`, sv: `nämner inte ${sv}` } }]
	}
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
			return [
				{
					code: 'caution.service-missing',
					text: {
						en: `does not mention ${readableLabel('services', match.code, 'en')}`,
						sv: `nämner inte ${readableLabel('services', match.code, 'sv')}`,
					},
				},
			]
		}
		case 'phase': {
			const range = profile.phaseRange
			if (!range) return []
			const span = (locale: Locale) =>
				range.lowest === range.highest
					? phaseByRank(range.lowest, locale)
					: `${phaseByRank(range.lowest, locale)} – ${phaseByRank(range.highest, locale)}`
			const en = phaseName(match.code, 'en')
			const sv = phaseName(match.code, 'sv')
			return match.status === 'met'
				? [
						{
							code: 'phase.covered',
							text: { en: `experience covers ${en} (${span('en')})`, sv: `erfarenheten täcker ${sv} (${span('sv')})` },
						},
					]
				: [
						{
							code: 'caution.phase',
							text: {
								en: `experience is ${span('en')}, not ${en}`,
								sv: `erfarenheten gäller ${span('sv')}, inte ${sv}`,
							},
						},
					]
		}
		case 'capacity': {
			const available = profile.availableFrom
			if (!available)
				return [
					{
						code: 'caution.capacity-unknown',
						text: {
							en: 'no capacity date given; ask about availability',
							sv: 'inget datum för ledig kapacitet angivet; fråga om tillgänglighet',
						},
					},
				]
			const grades = needs.grades
				.map((grade) => grade.code)
				.filter((grade) => heldCodes(profile, 'cleanroomGrades').has(grade))
			const what = (locale: Locale) => {
				if (grades.length === 0) return locale === 'en' ? 'capacity' : 'kapacitet'
				return locale === 'en' ? `grade ${grades.join('/')} capacity` : `kapacitet i klass ${grades.join('/')}`
			}
			return match.status === 'met'
				? [
						{
							code: 'capacity.in-time',
							text: {
								en: `${what('en')} from ${formatDate(available.date, 'en')}`,
								sv: `${what('sv')} från ${formatDate(available.date, 'sv')}`,
							},
						},
					]
				: [
						{
							code: 'caution.capacity-late',
							text: {
								en: `${what('en')} only from ${formatDate(available.date, 'en')}, after the needed-by date`,
								sv: `${what('sv')} först från ${formatDate(available.date, 'sv')}, efter önskat datum`,
							},
						},
					]
		}
		case 'grade': {
			if (match.status === 'met') {
				// With capacity in time the grade is already named there ("grade B capacity from March 2027").
				const namedWithCapacity =
					needs.neededBy !== undefined &&
					profile.availableFrom !== undefined &&
					profile.availableFrom.date <= needs.neededBy.code
				return namedWithCapacity
					? []
					: [{ code: 'grade.held', text: { en: `grade ${match.code} cleanroom`, sv: `renrum i klass ${match.code}` } }]
			}
			if (match.status === 'unknown')
				return [
					{ code: 'caution.grade-unknown', text: { en: 'no cleanroom grade given', sv: 'ingen renrumsklass angiven' } },
				]
			const held = [...heldCodes(profile, 'cleanroomGrades')].sort().join(', ')
			return [
				{
					code: 'caution.grade',
					text: { en: `cleanroom grades ${held}, not ${match.code}`, sv: `renrumsklass ${held}, inte ${match.code}` },
				},
			]
		}
		case 'licence': {
			const en = readableLabel('licences', match.code, 'en')
			const sv = readableLabel('licences', match.code, 'sv')
			if (match.status !== 'met')
				return [{ code: 'caution.licence', text: { en: `no ${en} mentioned`, sv: `nämner inte ${sv}` } }]
			return [
				{
					code: 'licence.held',
					text:
						listing.type === 'expert'
							? { en: `experienced with a ${en}`, sv: `erfarenhet av ${sv}` }
							: { en: `holds a ${en}`, sv: `har ${sv}` },
				},
			]
		}
		case 'product-type': {
			const en = readableLabel('productTypes', match.code, 'en')
			const sv = readableLabel('productTypes', match.code, 'sv')
			if (match.status === 'met')
				return [{ code: 'product-type.suited', text: { en: `suited to ${en}`, sv: `anpassad för ${sv}` } }]
			if (match.status === 'unknown') return []
			return [
				{
					code: 'caution.product-type',
					text: { en: `set up for other product types than ${en}`, sv: `inriktad på andra produkttyper än ${sv}` },
				},
			]
		}
		case 'listing-type': {
			const wanted = match.code as ListingType
			return match.status === 'met'
				? [
						{
							code: 'listing-type.preferred',
							text: {
								en: `is ${LISTING_TYPE_WORDS[wanted].en}, as asked`,
								sv: `är ${LISTING_TYPE_WORDS[wanted].sv}, som efterfrågat`,
							},
						},
					]
				: [
						{
							code: 'caution.listing-type',
							text: {
								en: `is ${LISTING_TYPE_WORDS[listing.type].en}, not ${LISTING_TYPE_WORDS[wanted].en}`,
								sv: `är ${LISTING_TYPE_WORDS[listing.type].sv}, inte ${LISTING_TYPE_WORDS[wanted].sv}`,
							},
						},
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
	if (profile.listing.verified === true) matches.push({ code: 'verified', text: { en: 'verified', sv: 'verifierad' } })
	return [...matches, ...all.filter(isCaution)]
}
