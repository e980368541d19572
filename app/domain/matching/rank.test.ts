import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildMatchIndex, expectedGains, positionsWithEvidence } from './match-index.ts'
import { needsFromRequest, type MatchRequest } from './needs.ts'
import type { ListingType, MatchListing } from './profile.ts'
import { profileOf } from './profile.ts'
import { generateCandidates, rankCandidates, type RankedCandidate } from './rank.ts'
import { assessListing, planFor } from './scoring.ts'

let counter = 0
function listing(type: ListingType, fields: Partial<MatchListing> = {}): MatchListing {
	counter += 1
	return {
		ref: `${type}-${counter}`,
		type,
		name: `Listing ${counter}`,
		modalities: [],
		services: [],
		phases: [],
		...fields,
	}
}

/** A listing that offers what the vector request asks for: lentiviral vector production. */
function vectorProvider(type: ListingType, fields: Partial<MatchListing> = {}): MatchListing {
	return listing(type, { services: ['viral-vector-production'], modalities: ['lentiviral'], ...fields })
}

/** What a candidate's reason with this code says, in both languages. */
function reasonText(candidate: RankedCandidate | undefined, code: string) {
	return candidate?.reasons.find((reason) => reason.code === code)?.text
}

const vectorRequest: MatchRequest = {
	title: 'Lentiviral vector supply',
	description: 'We need viral vector production for our lentiviral vector programme.',
	services: ['viral-vector-production'],
	modalities: ['lentiviral'],
}

function refs(request: MatchRequest, listings: MatchListing[]): string[] {
	return rankCandidates(request, listings).map((candidate) => candidate.ref)
}

describe('rankCandidates', () => {
	it('ranks the listings the search engine found besides those with evidence, and ignores refs it does not know', () => {
		const offers = vectorProvider('organization')
		// Text the evidence lexicon does not read as the service, but a search engine may match.
		const foundBySearch = listing('lab', { description: 'Our lentivectors are made in house.' })
		const unrelated = listing('lab', { description: 'Histology and imaging.' })
		const listings = [offers, foundBySearch, unrelated]
		expect(refs(vectorRequest, listings)).toEqual([offers.ref])
		const ranked = rankCandidates(vectorRequest, listings, { alsoConsider: [foundBySearch.ref, 'no-such-ref'] })
		expect(ranked.map((candidate) => candidate.ref)).toEqual([offers.ref, foundBySearch.ref])
	})

	it('ranks a listing that says "we do not offer viral vector production" below one that offers it', () => {
		const denies = vectorProvider('organization', {
			description: 'We work with LVV. We do not offer viral vector production.',
		})
		const offers = listing('organization', {
			modalities: ['lentiviral'],
			description: 'We offer viral vector production and work with lentiviral vectors.',
		})
		const ranked = rankCandidates(vectorRequest, [denies, offers])
		expect(ranked.map((candidate) => candidate.ref)).toEqual([offers.ref, denies.ref])
		expect(reasonText(ranked[1], 'caution.service-denied')).toMatchObject({
			en: 'says it does not offer viral vector production',
			sv: 'anger att de inte erbjuder produktion av virala vektorer',
		})
	})

	it('ranks past and referred capabilities below current ones, in English and Swedish', () => {
		const past = listing('organization', {
			description: 'We offer viral vector production. Tidigare arbetade vi med lentivirala vektorer.',
		})
		const referred = listing('organization', {
			modalities: ['lentiviral'],
			description: 'For vector supply we refer clients to a partner.',
		})
		const current = listing('organization', {
			description: 'Vi erbjuder produktion av virala vektorer. Vi arbetar med lentivirus.',
		})
		const order = refs(vectorRequest, [past, referred, current])
		expect(order[0]).toBe(current.ref)
		expect(order).toContain(past.ref)
		expect(order).toContain(referred.ref)
	})

	it('explains text-only evidence by quoting it', () => {
		const textOnly = listing('organization', {
			services: ['viral-vector-production'],
			description: 'Projects span LVV.',
		})
		const [candidate] = rankCandidates(vectorRequest, [textOnly])
		expect(candidate!.reasons.map((reason) => reason.text.en)).toEqual(
			expect.arrayContaining(['offers viral vector production', 'mentions LVV in its description']),
		)
		expect(candidate!.reasons.map((reason) => reason.text.sv)).toEqual(
			expect.arrayContaining(['erbjuder produktion av virala vektorer', 'nämner LVV i sin beskrivning']),
		)
	})

	it('penalises capacity after the needed-by date and says so', () => {
		const request: MatchRequest = { ...vectorRequest, neededBy: '2027-06-30', grade: 'B' }
		const early = vectorProvider('facility', { cleanroomGrades: ['B'], availableFrom: '2027-03-01' })
		const late = vectorProvider('facility', { cleanroomGrades: ['B'], availableFrom: '2027-10-01' })
		const ranked = rankCandidates(request, [late, early])
		expect(ranked.map((candidate) => candidate.ref)).toEqual([early.ref, late.ref])
		expect(ranked[0]!.reasons.map((reason) => reason.text.en)).toContain('grade B capacity from March 2027')
		expect(reasonText(ranked[1], 'caution.capacity-late')).toMatchObject({
			en: 'grade B capacity only from October 2027, after the needed-by date',
			sv: 'kapacitet i klass B först från oktober 2027, efter önskat datum',
		})
	})

	it('reads capacity windows: a free window before the needed-by date ranks above none, named by suite and month', () => {
		const request: MatchRequest = { ...vectorRequest, neededBy: '2027-06-30', grade: 'B' }
		const withWindow = vectorProvider('facility', {
			cleanroomGrades: ['B'],
			// The old single date says later; the windows replace it.
			availableFrom: '2028-01-01',
			capacity: [
				{ suite: 'Suite 1', windows: [{ from: '2027-01-01', to: '2027-12-31', state: 'booked' }] },
				{
					suite: 'Suite 2',
					windows: [
						{ from: '2026-01-01', to: '2026-02-28', state: 'free' },
						{ from: '2027-03-01', to: '2027-09-30', state: 'free' },
					],
				},
			],
		})
		const bookedOnly = vectorProvider('facility', {
			cleanroomGrades: ['B'],
			availableFrom: '2027-01-01',
			capacity: [{ suite: 'Suite A', windows: [{ from: '2027-01-01', to: '2027-12-31', state: 'booked' }] }],
		})
		const ranked = rankCandidates(request, [bookedOnly, withWindow])
		expect(ranked.map((candidate) => candidate.ref)).toEqual([withWindow.ref, bookedOnly.ref])
		expect(reasonText(ranked[0], 'capacity.in-time')).toEqual({
			en: 'Suite 2 free from March 2027',
			sv: 'Suite 2 ledig från mars 2027',
		})
		expect(reasonText(ranked[1], 'caution.capacity-unknown')).toBeDefined()
	})

	it('reads capacity dates written in the text', () => {
		const request: MatchRequest = { ...vectorRequest, neededBy: '2027-06-30' }
		const inText = vectorProvider('facility', { description: 'Ledig kapacitet från 2027-03.' })
		const [candidate] = rankCandidates(request, [inText])
		expect(candidate!.evidence.constraints).toContainEqual(expect.objectContaining({ kind: 'capacity', status: 'met' }))
	})

	it('favours the preferred listing type without excluding the others', () => {
		const request: MatchRequest = { ...vectorRequest, listingType: 'expert' }
		const organisation = vectorProvider('organization', { verified: true })
		const expert = vectorProvider('expert')
		const ranked = rankCandidates(request, [organisation, expert])
		expect(ranked.map((candidate) => candidate.ref)).toEqual([expert.ref, organisation.ref])
		expect(reasonText(ranked[1], 'caution.listing-type')?.en).toBe('is an organisation, not an expert')
	})

	it('puts "main service and modality" above "main service only", whatever the secondary constraints', () => {
		const request: MatchRequest = { ...vectorRequest, listingType: 'facility', phase: 'phase-1' }
		const serviceOnly = listing('facility', {
			services: ['viral-vector-production'],
			modalities: ['aav'],
			phases: ['phase-1'],
		})
		const both = vectorProvider('expert')
		expect(refs(request, [serviceOnly, both])).toEqual([both.ref, serviceOnly.ref])
	})

	it('matches phases by range: IND-enabling work falls inside discovery – phase I', () => {
		const request: MatchRequest = { ...vectorRequest, phase: 'preclinical' }
		const covering = vectorProvider('organization', { phases: ['discovery', 'phase-1'] })
		const later = vectorProvider('organization', { phases: ['phase-3', 'commercial'] })
		const ranked = rankCandidates(request, [later, covering])
		expect(ranked.map((candidate) => candidate.ref)).toEqual([covering.ref, later.ref])
		expect(reasonText(ranked[0], 'phase.covered')?.en).toBe('experience covers preclinical (discovery – phase I)')
		expect(reasonText(ranked[1], 'caution.phase')?.en).toBe('experience is phase III – commercial, not preclinical')
	})

	it('requires the licence asked for', () => {
		const request: MatchRequest = {
			title: 'GMP manufacturing of CAR-T cells under hospital exemption',
			services: ['gmp-manufacturing'],
			modalities: ['car-t'],
			licence: 'hospital-exemption',
		}
		const holds = listing('organization', {
			services: ['gmp-manufacturing'],
			modalities: ['car-t'],
			description: 'Vi har sjukhusundantag.',
		})
		const lacks = listing('organization', { services: ['gmp-manufacturing'], modalities: ['car-t'], verified: true })
		const ranked = rankCandidates(request, [lacks, holds])
		expect(ranked.map((candidate) => candidate.ref)).toEqual([holds.ref, lacks.ref])
		expect(ranked[0]!.reasons.map((reason) => reason.text.sv)).toContain('har sjukhusundantag')
	})

	it('uses verification only to break ties', () => {
		const plain = vectorProvider('organization')
		const verified = vectorProvider('organization', { verified: true })
		const ranked = rankCandidates(vectorRequest, [plain, verified])
		expect(ranked.map((candidate) => candidate.ref)).toEqual([verified.ref, plain.ref])
		expect(ranked[0]!.reasons.at(-1)).toEqual({ code: 'verified', text: { en: 'verified', sv: 'verifierad' } })
		expect(ranked[0]!.score - ranked[1]!.score).toBeLessThan(0.1)
	})

	it('never shows two equal scores without saying why one is above the other', () => {
		const closer = vectorProvider('organization', { description: 'Programme support for biotech clients.' })
		const further = vectorProvider('organization')
		const twin = vectorProvider('organization')
		const ranked = rankCandidates(vectorRequest, [further, twin, closer])
		expect(ranked[0]!.ref).toBe(closer.ref)
		const tieReasons = ranked.map((candidate) => candidate.reasons.find((reason) => reason.code.startsWith('tie.')))
		// The request's own words lift the first above the shown score of the others; they tie.
		expect(tieReasons[0]).toBeUndefined()
		expect(tieReasons[1]?.text.en).toMatch(
			/shares \d+ of the request's words \(lentiviral, production, vector, viral\)/,
		)
		expect(tieReasons[2]?.code).toBe('tie.equal')
		for (const reason of tieReasons.slice(1)) expect(reason?.text.sv).toBeTruthy()
	})

	it('gives every suggestion reasons in both languages', () => {
		const listings = [
			vectorProvider('facility', { cleanroomGrades: ['C'], availableFrom: '2028-01-01', verified: true }),
			listing('expert', { title: 'Virologist', description: 'Anna is a virologist. Current work involves LVV.' }),
			listing('lab', { description: 'We do not offer viral vector production. We work with lentivirus.' }),
		]
		const ranked = rankCandidates(
			{ ...vectorRequest, neededBy: '2027-12-31', grade: 'B', listingType: 'facility' },
			listings,
		)
		expect(ranked).toHaveLength(3)
		for (const candidate of ranked) {
			expect(candidate.reasons.length).toBeGreaterThan(0)
			for (const reason of candidate.reasons) {
				expect(reason.code).toMatch(/^[a-z.-]+$/)
				expect(reason.text.en.trim()).not.toBe('')
				expect(reason.text.sv.trim()).not.toBe('')
			}
		}
	})

	it('works for a request with free text only', () => {
		const request: MatchRequest = {
			title: 'Söker expert: metodutveckling (AAV)',
			description: 'Finns det någon person med praktisk erfarenhet av metodutveckling?',
		}
		const expert = listing('expert', { services: ['analytical-development'], modalities: ['aav'] })
		const organisation = listing('organization', { services: ['analytical-development'], modalities: ['aav'] })
		const unrelated = listing('expert', { services: ['funding'] })
		expect(refs(request, [organisation, unrelated, expert])).toEqual([expert.ref, organisation.ref])
	})

	it('is pure: same input, same output, listings untouched', () => {
		const listings = [vectorProvider('organization'), listing('expert', { description: 'We offer vector supply.' })]
		const before = JSON.stringify(listings)
		const first = rankCandidates(vectorRequest, listings)
		const second = rankCandidates(vectorRequest, listings)
		expect(second).toEqual(first)
		expect(JSON.stringify(listings)).toBe(before)
	})

	it('returns the same top suggestions with a limit as without', () => {
		const listings = Array.from({ length: 40 }, (_, index) =>
			listing(index % 2 ? 'organization' : 'expert', {
				services: index % 3 ? ['viral-vector-production'] : [],
				modalities: index % 4 ? ['lentiviral'] : ['aav'],
				description: index % 5 ? 'We work with LVV.' : 'Vector supply.',
				verified: index % 7 === 0,
			}),
		)
		const all = rankCandidates(vectorRequest, listings).map((candidate) => candidate.ref)
		expect(rankCandidates(vectorRequest, listings, { limit: 7 }).map((candidate) => candidate.ref)).toEqual(
			all.slice(0, 7),
		)
	})
})

describe('generateCandidates', () => {
	it('keeps listings with evidence for the main service or modality, denials included', () => {
		const service = listing('organization', { services: ['viral-vector-production'] })
		const modality = listing('expert', { description: 'Current work involves LVV.' })
		const denial = listing('lab', { description: 'We do not offer vector supply.' })
		const role = listing('expert', { description: 'Sam is a virologist.' })
		const unrelated = listing('organization', { services: ['funding'], description: 'We invest in start-ups.' })
		const listings = [service, modality, denial, role, unrelated]
		const candidates = generateCandidates(vectorRequest, listings).map((candidate) => candidate.ref)
		expect(candidates).toEqual([service.ref, modality.ref, denial.ref, role.ref])
		expect(
			generateCandidates(vectorRequest, listings, buildMatchIndex(listings)).map((candidate) => candidate.ref),
		).toEqual(candidates)
	})

	it('keeps every listing when no service or modality can be read', () => {
		const listings = [listing('organization'), listing('expert')]
		expect(generateCandidates({ title: 'Hello', description: 'Anyone there?' }, listings)).toHaveLength(2)
	})
})

describe('columnar scoring', () => {
	function expectSameGains(requests: MatchRequest[], listings: MatchListing[]) {
		const index = buildMatchIndex(listings)
		for (const request of requests) {
			const needs = needsFromRequest(request)
			const plan = planFor(needs)
			const positions = positionsWithEvidence(index, [])
			const gains = expectedGains(index, positions, plan)
			positions.forEach((position, candidate) => {
				expect(gains[candidate]).toBeCloseTo(
					assessListing(profileOf(listings[position]!), needs, plan).expectedGain,
					12,
				)
			})
		}
	}

	it('gives the same expected gain as the per-listing assessment', () => {
		const listings = [
			vectorProvider('facility', {
				cleanroomGrades: ['B'],
				licences: ['gmo-contained-use'],
				productTypes: ['allogeneic'],
				availableFrom: '2027-03',
			}),
			listing('facility', { description: 'GMP facility. Grade C. Ledig kapacitet från 2029-01.', phases: ['phase-2'] }),
			listing('organization', {
				kind: 'hospital',
				description: 'Vi har sjukhusundantag. We do not offer viral vector production.',
			}),
			listing('expert', { description: 'Anna is a virologist working on AAV. Experience from discovery to phase I.' }),
			listing('lab', {
				services: ['process-development'],
				modalities: ['lentiviral'],
				description: 'Typical products: autologous cell products.',
			}),
		]
		const requests: MatchRequest[] = [
			{
				...vectorRequest,
				neededBy: '2027-12-31',
				grade: 'B',
				licence: 'gmo-contained-use',
				productType: 'allogeneic',
				listingType: 'facility',
				phase: 'preclinical',
			},
			{
				title: 'GMP manufacturing and process development',
				description: 'Hospital exemption needed. Must be grade C.',
				services: ['gmp-manufacturing', 'process-development'],
			},
			{ title: 'Expert needed', description: 'Anyone?' },
		]
		expectSameGains(requests, listings)
	})

	// Skipped when the hub's shared evaluation corpus (../shared/eval, or EVAL_DIR) is not next to the
	// clone, as on a bare CI checkout: it is not part of the repository, and the other tests here do not need it.
	const evalDir = path.resolve(process.cwd(), process.env.EVAL_DIR ?? '../shared/eval')
	it.skipIf(!existsSync(path.join(evalDir, 'corpus.json')))(
		'agrees with the per-listing assessment on the whole evaluation corpus',
		() => {
			const corpus = JSON.parse(readFileSync(path.join(evalDir, 'corpus.json'), 'utf8')) as Record<
				string,
				Array<Omit<MatchListing, 'type'>>
			>
			const sections: Array<[string, ListingType]> = [
				['organizations', 'organization'],
				['labs', 'lab'],
				['facilities', 'facility'],
				['experts', 'expert'],
			]
			const listings = sections.flatMap(([section, type]) =>
				(corpus[section] ?? []).map((record) => ({ ...record, type })),
			)
			const requests = (
				JSON.parse(readFileSync(path.join(evalDir, 'requests-dev.json'), 'utf8')) as { requests: MatchRequest[] }
			).requests
			expectSameGains(requests, listings)
		},
	)
})
