import { describe, expect, it } from 'vitest'
import { editDistance, foldText } from '../../utils/text.ts'
import { extractDates } from './dates.ts'
import { extractEvidence, type Polarity } from './evidence.ts'
import { extractGrades } from './grades.ts'
import { clauseTokens } from './tokens.ts'

function polarities(text: string, code: string, perspective: 'listing' | 'request' = 'listing'): Polarity[] {
	return extractEvidence(text, { perspective })
		.mentions.filter((mention) => mention.code === code)
		.map((mention) => mention.polarity)
}

function codes(text: string, vocabulary: string): string[] {
	return [
		...new Set(
			extractEvidence(text)
				.mentions.filter((mention) => mention.vocabulary === vocabulary && mention.polarity === 'affirmed')
				.map((mention) => mention.code),
		),
	]
}

describe('normalisation and tokens', () => {
	it('folds case and accents, Swedish letters included', () => {
		expect(foldText('Förädling Å Ä Ö é Þórsson')).toBe('foradling a a o e thorsson')
	})

	it('splits hyphenated forms so that "CAR-T" and "CAR T" give the same words', () => {
		expect(clauseTokens('CAR-T').map((token) => token.folded)).toEqual(['car', 't'])
		expect(clauseTokens('CAR T').map((token) => token.folded)).toEqual(['car', 't'])
	})

	it('starts a new clause at "but" and at a semicolon, a new sentence after a full stop', () => {
		const tokens = clauseTokens('We offer AAV but not LV; fine. Next')
		const clauseOf = (word: string) => tokens.find((token) => token.folded === word)!.clause
		expect(clauseOf('aav')).not.toBe(clauseOf('lv'))
		expect(clauseOf('lv')).not.toBe(clauseOf('fine'))
		expect(tokens.find((token) => token.folded === 'next')!.sentence).toBe(1)
	})

	it('measures edit distance with transpositions as one edit', () => {
		expect(editDistance('lentiviral', 'lentivrial')).toBe(1)
		expect(editDistance('vector', 'vecotr')).toBe(1)
		expect(editDistance('abc', 'xyz', 1)).toBeGreaterThan(1)
	})
})

describe('synonyms and abbreviations', () => {
	it('reads the hyphen and space variants of CAR-T, and the joined form', () => {
		for (const text of [
			'We work with CAR-T cells.',
			'We work with CAR T.',
			'We work with CART.',
			'Vi arbetar med CAR-T-cellterapi.',
		]) {
			expect(codes(text, 'modalities')).toContain('car-t')
		}
	})

	it('reads LVV, LV and lentivirus as lentiviral vectors', () => {
		expect(codes('Projects span LVV.', 'modalities')).toEqual(['lentiviral'])
		expect(codes('We work with LV.', 'modalities')).toEqual(['lentiviral'])
		expect(codes('Current work involves lentivirus.', 'modalities')).toEqual(['lentiviral'])
	})

	it('matches short abbreviations only as whole words in capitals', () => {
		expect(codes('Our services cover PD.', 'services')).toEqual(['process-development'])
		expect(codes('We have a spd group and an lv box.', 'services')).toEqual([])
		expect(codes('Over the years we moved to Novum.', 'modalities')).toEqual([])
		expect(codes('TIL therapy', 'modalities')).toEqual(['til'])
		expect(codes('till dess', 'modalities')).toEqual([])
	})

	it('reads Swedish labels and compounds', () => {
		expect(codes('Vi erbjuder produktion av virala vektorer.', 'services')).toEqual(['viral-vector-production'])
		expect(codes('Vi behöver hjälp med kylkedjelogistik.', 'services')).toEqual(['cryo-logistics'])
		expect(codes('Tillverkning av virusvektorer.', 'services')).toEqual(['viral-vector-production'])
	})

	it('reads Swedish inflections and compounds the vocabulary does not list', () => {
		expect(codes('Vi arbetar med dendritceller.', 'modalities')).toEqual(['dendritic'])
		expect(codes('Vi tar fram cellbankerna åt kunder.', 'services')).toEqual(['cell-banking'])
		expect(codes('Våra mesenkymala stromacellerna odlas i bioreaktorer.', 'modalities')).toEqual(['msc'])
	})

	it('reads a job title as written: a virology group is not a virologist', () => {
		const roles = (text: string) =>
			extractEvidence(text)
				.mentions.filter((mention) => mention.vocabulary === 'roles')
				.map((mention) => mention.code)
		expect(roles('The company grew out of a university virology group.')).toEqual([])
		expect(roles('Sofia is a virologist at a vector core.')).toEqual(['viral-vector-production'])
	})

	it('prefers the longest phrase: "regulatory T cells" is a modality, not regulatory affairs', () => {
		const evidence = extractEvidence('We work with regulatory T cells.')
		expect(evidence.mentions.map((mention) => mention.code)).toEqual(['treg'])
	})

	it('reads licences in English and Swedish, sjukhusundantag included', () => {
		expect(codes('Vi har sjukhusundantag och vävnadsinrättningstillstånd.', 'licences')).toEqual([
			'hospital-exemption',
			'tissue-establishment',
		])
		expect(codes('We hold a manufacturing authorisation (MIA) and a GMO class 2 permit.', 'licences')).toEqual([
			'mpa-manufacturing',
			'gmo-contained-use',
		])
		expect(codes('The site holds an EU GMP certificate.', 'licences')).toEqual(['gmp-certificate'])
		expect(codes('Work is covered by a contained use permit for GMOs.', 'licences')).toEqual(['gmo-contained-use'])
	})

	it('does not read a company name as a capability', () => {
		expect(codes('Mikko is an analyst at Bergby Cell Manufacturing AB.', 'services')).toEqual([])
		expect(codes('Studies are bought from Hägglid In Vivo Sciences AB.', 'services')).toEqual([])
	})
})

describe('typos', () => {
	it('tolerates one edit in longer words', () => {
		expect(codes('Current work involves lentivrial vectors.', 'modalities')).toEqual(['lentiviral'])
		expect(codes('We offer GMP vecotr production.', 'services')).toEqual(['viral-vector-production'])
		expect(codes('Kärnkompetenser: analys- och metodutevckling.', 'services')).toEqual(['analytical-development'])
	})

	it('marks typo matches as inexact', () => {
		const [mention] = extractEvidence('lentivrial vectors').mentions
		expect(mention?.exact).toBe(false)
	})

	it('leaves correctly spelled neighbours alone', () => {
		expect(codes('Patients are referred from the whole region.', 'services')).toEqual([])
		expect(codes('A graft-versus-host disease programme.', 'services')).toEqual([])
	})
})

describe('polarity', () => {
	it('reads English negation', () => {
		expect(polarities('We do not offer viral vector production.', 'viral-vector-production')).toEqual(['negated'])
		expect(polarities('Fill & finish is not part of our offering.', 'fill-finish')).toEqual(['negated'])
		expect(polarities('Anna does not take on QP certification assignments.', 'qp-release')).toEqual(['negated'])
		expect(polarities('No xenograft studies at this site.', 'preclinical')).toEqual(['negated'])
		expect(polarities('We no longer offer cell banking.', 'cell-banking')).toEqual(['negated'])
	})

	it('reads Swedish negation', () => {
		expect(polarities('Vi erbjuder inte cellanalys.', 'cell-analytics')).toEqual(['negated'])
		expect(
			polarities('Tillverkning av virusvektorer ingår inte i vårt erbjudande.', 'viral-vector-production'),
		).toEqual(['negated'])
		expect(polarities('Viktor tar inte uppdrag inom GMP-tillverkning.', 'gmp-manufacturing')).toEqual(['negated'])
		expect(polarities('Vi har ej GMP-certifikat.', 'gmp-certificate')).toEqual(['negated'])
	})

	it('reads past activity in English and Swedish', () => {
		expect(polarities('We previously worked on iPSC-derived cells.', 'ipsc')).toEqual(['past'])
		expect(polarities('Earlier in their career, Anna worked on CAR-T.', 'car-t')).toEqual(['past'])
		expect(polarities('Until 2021 we also ran AAV; this activity has been discontinued.', 'aav')).toEqual(['past'])
		expect(polarities('Before 2018, Petter’s research focused on MSCs.', 'msc')).toEqual(['past'])
		expect(polarities('Genome editing was phased out in 2022.', 'gene-editing')).toEqual(['past'])
		expect(polarities('Tidigare arbetade vi med dendritcellsterapi.', 'dendritic')).toEqual(['past'])
		expect(polarities('Förut arbetade vi med AAV.', 'aav')).toEqual(['past'])
		expect(polarities('Verksamheten inom MSC avvecklades 2022.', 'msc')).toEqual(['past'])
	})

	it('reads referrals to other providers', () => {
		expect(polarities('For vialing we refer clients to Ormby CellWorks AB.', 'fill-finish')).toEqual(['referral'])
		expect(polarities('Vector supply is subcontracted to Ljusudden BioVector AB.', 'viral-vector-production')).toEqual([
			'referral',
		])
		expect(polarities('Vi hänvisar kunder till en partner för kryoförvaring.', 'cryo-logistics')).toEqual(['referral'])
		expect(polarities('Vi samarbetar med Sälglid för QC- och frisläppningstestning.', 'qc-testing')).toEqual([
			'referral',
		])
		expect(
			polarities('The organisation also hosts Suite 3, which offers QP release (see separate listing).', 'qp-release'),
		).toEqual(['referral'])
	})

	it('scopes polarity to the clause', () => {
		const evidence = extractEvidence('We offer GMP manufacturing, but not fill & finish. We work with AAV.')
		const byCode = Object.fromEntries(evidence.mentions.map((mention) => [mention.code, mention.polarity]))
		expect(byCode).toMatchObject({ 'gmp-manufacturing': 'affirmed', 'fill-finish': 'negated', aav: 'affirmed' })
	})

	it('lets a negation reach forward through a list but not past a new statement', () => {
		const evidence = extractEvidence('We do not offer GMP manufacturing, QC testing or fill & finish.')
		expect(evidence.mentions.map((mention) => mention.polarity)).toEqual(['negated', 'negated', 'negated'])
		expect(polarities('We are not a CDMO and need GMP manufacturing.', 'gmp-manufacturing', 'request')).toEqual([
			'affirmed',
		])
	})

	it('reads "inte X utan Y" as "not X but Y"', () => {
		const evidence = extractEvidence('Vi behöver inte AAV utan lentivirala vektorer.', { perspective: 'request' })
		const byCode = Object.fromEntries(evidence.mentions.map((mention) => [mention.code, mention.polarity]))
		expect(byCode).toEqual({ aav: 'negated', lentiviral: 'affirmed' })
		expect(polarities('GMP-tillverkning utan QP-frisläppning.', 'qp-release')).toEqual(['negated'])
	})

	it('lets a trailing negation reach back only to the nearest mention', () => {
		const evidence = extractEvidence('We offer QC testing and cell banking, fill & finish is not part of our offering.')
		const byCode = Object.fromEntries(evidence.mentions.map((mention) => [mention.code, mention.polarity]))
		expect(byCode).toEqual({ 'qc-testing': 'affirmed', 'cell-banking': 'affirmed', 'fill-finish': 'negated' })
	})

	it('does not take "no later than" or "not only" for a negation', () => {
		expect(polarities('We need GMP manufacturing no later than Q1 2028.', 'gmp-manufacturing', 'request')).toEqual([
			'affirmed',
		])
		expect(polarities('We offer not only QC testing but also QP release.', 'qc-testing')).toEqual(['affirmed'])
	})

	it('reads "already covered" in a request as not needed', () => {
		expect(polarities('We already have IMPD writing covered.', 'regulatory', 'request')).toEqual(['negated'])
		expect(polarities('Seed funding is already arranged.', 'funding', 'request')).toEqual(['negated'])
		expect(polarities('We don’t need AAV, we need lentiviral vectors.', 'aav', 'request')).toEqual(['negated'])
	})
})

describe('phases', () => {
	it('maps IND-enabling to preclinical and first-in-human to phase I', () => {
		expect(codes('Experience from IND-enabling projects.', 'phases')).toEqual(['preclinical'])
		expect(codes('Programmes supported: first-in-human.', 'phases')).toEqual(['phase-1'])
		expect(codes('Vi stöttar projekt i fas II och marknadsfas.', 'phases')).toEqual(['phase-2', 'commercial'])
	})

	it('fills in the phases of a stated range', () => {
		expect(codes('Experience ranges from discovery to first-in-human.', 'phases')).toEqual([
			'discovery',
			'phase-1',
			'preclinical',
		])
		expect(codes('Erfarenhet från upptäcktsfas till fas 2.', 'phases')).toEqual([
			'discovery',
			'phase-2',
			'preclinical',
			'phase-1',
		])
	})

	it('does not read a "phase I unit" as a phase', () => {
		expect(codes('We run a phase I unit.', 'phases')).toEqual([])
		expect(codes('We run a phase I unit.', 'services')).toEqual(['clinical-trial-site'])
	})
})

describe('dates', () => {
	const dates = (text: string) => extractDates(text).map(({ start, end, kind }) => ({ start, end, kind }))

	it('reads availability dates in several forms', () => {
		expect(dates('Capacity available from 2027-03.')).toEqual([
			{ start: '2027-03-01', end: '2027-03-31', kind: 'available' },
		])
		expect(dates('Ledig kapacitet från 2026-11.')).toEqual([
			{ start: '2026-11-01', end: '2026-11-30', kind: 'available' },
		])
		expect(dates('Capacity available from the start of January 2027.')).toEqual([
			{ start: '2027-01-01', end: '2027-01-31', kind: 'available' },
		])
		expect(dates('New projects can start from May 2028.')).toEqual([
			{ start: '2028-05-01', end: '2028-05-31', kind: 'available' },
		])
		expect(dates('Slots open in Q2 2027.')[0]).toMatchObject({ start: '2027-04-01', end: '2027-06-30' })
		expect(dates('Fully booked until March 2027.')).toEqual([
			{ start: '2027-03-01', end: '2027-03-31', kind: 'available' },
		])
	})

	it('reads deadlines in English and Swedish', () => {
		expect(dates('Slots required by 2028-09-30.')).toEqual([
			{ start: '2028-09-30', end: '2028-09-30', kind: 'deadline' },
		])
		expect(dates('Capacity is needed by Q4 2026.')).toEqual([
			{ start: '2026-10-01', end: '2026-12-31', kind: 'deadline' },
		])
		expect(dates('Tidsplan: start senast slutet av mars 2028.')).toEqual([
			{ start: '2028-03-01', end: '2028-03-31', kind: 'deadline' },
		])
		expect(dates('We need to start no later than Q1 2028.')).toEqual([
			{ start: '2028-01-01', end: '2028-03-31', kind: 'deadline' },
		])
	})

	it('ignores years that are not dates of capacity', () => {
		expect(dates('Founded in 2005, around 18 employees.')).toEqual([])
		expect(dates('Until 2021 we also ran AAV.')).toEqual([])
		expect(dates('Budget is approved for 2027.')).toEqual([])
		expect(dates('(Entry imported from the 2021 partner spreadsheet.)')).toEqual([])
	})
})

describe('cleanroom grades', () => {
	const grades = (text: string) => extractGrades(clauseTokens(text)).map((grade) => grade.grade)

	it('reads English and Swedish grade phrases and lists', () => {
		expect(grades('Cleanroom classes: Grade A (ISO 5), grade C and grade D.')).toEqual(['A', 'C', 'D'])
		expect(grades('Lokalerna är klassade som klass A, renrumsklass B, klass C och klass D.')).toEqual([
			'A',
			'B',
			'C',
			'D',
		])
		expect(grades('Grades B and C are available.')).toEqual(['B', 'C'])
		expect(grades('Must be grade b.')).toEqual(['B'])
	})

	it('tolerates typos in the Swedish keyword', () => {
		expect(grades('Renrumsklasser: rernumsklass B och renrumsklsas C.')).toEqual(['B', 'C'])
	})

	it('does not take an article or a permit class for a grade', () => {
		expect(grades('We hold a GMO class 2 permit and a grade.')).toEqual([])
	})
})

describe('requests, read the way people ask', () => {
	const asked = (text: string, asking: 'title' | 'text') =>
		extractEvidence(text, { perspective: 'request', asking })
			.mentions.filter((mention) => mention.polarity === 'affirmed')
			.map((mention) => `${mention.vocabulary}:${mention.code}`)

	it('reads a verb and its object as a need', () => {
		expect(asked('Who could manufacture our AAV vector?', 'text')).toContain('services:viral-vector-production')
		expect(asked('We want a partner to make our NK cells.', 'text')).toContain('services:gmp-manufacturing')
	})
	it('reads a title word by word when a word names one concept only', () => {
		expect(asked('Exosome characterisation', 'title')).toContain('modalities:ev')
	})
	it('reads two neighbouring words that agree on one concept, in running text too', () => {
		expect(asked('Vi behöver någon som kan frisläppa batcher åt oss.', 'text')).toContain('services:qp-release')
	})
	it('does not read a listing that way: a provider stating "donor" offers no donor material', () => {
		expect(codes('Cells come from a single donor.', 'services')).toEqual([])
		expect(asked('We need cells from a healthy donor.', 'text')).toContain('services:donor-material')
	})
})
