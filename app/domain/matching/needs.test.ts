import { describe, expect, it } from 'vitest'
import { endOfPeriod, listingTypeFromText, type MatchRequest, needsFromRequest } from './needs.ts'

/** The codes read from a request, need by need: a case names the needs it is about. */
function codesRead(request: MatchRequest) {
	const needs = needsFromRequest(request)
	const codes = (list: ReadonlyArray<{ code: string }>) => list.map((need) => need.code)
	return {
		mainService: needs.mainService?.code,
		services: codes(needs.services),
		mainModality: needs.mainModality?.code,
		phase: needs.phase?.code,
		neededBy: needs.neededBy?.code,
		grades: codes(needs.grades),
		licences: codes(needs.licences),
		productTypes: codes(needs.productTypes),
		listingType: needs.listingType?.code,
		excluded: codes(needs.excluded),
	}
}

describe('needsFromRequest', () => {
	it('keeps structured needs and marks them as such', () => {
		const needs = needsFromRequest({
			title: 'Lentiviral vector supply for a phase I CAR-T trial',
			description: 'We need GMP-grade LV.',
			services: ['viral-vector-production'],
			modalities: ['car-t', 'lentiviral'],
			phase: 'phase-1',
			neededBy: '2027-09-30',
		})
		expect(needs.mainService).toEqual({ code: 'viral-vector-production', source: 'structured' })
		expect(needs.phase).toEqual({ code: 'phase-1', source: 'structured' })
		expect(needs.neededBy?.code).toBe('2027-09-30')
		// For vector production the vector is the modality that matters.
		expect(needs.mainModality?.code).toBe('lentiviral')
	})

	it.each([
		{
			title: 'reads the same needs from the text when the form is empty',
			request: {
				title: 'Facility: vector supply (LV), grade B',
				description:
					'We are a Danish company planning a Nordic study of a lentiviral vectors programme. Looking for a GMP suite where we can do viral vector production. Must be grade B. The partner needs a GMO class 2 permit. Timeline: slots required by 2028-09-30.',
			},
			read: {
				mainService: 'viral-vector-production',
				mainModality: 'lentiviral',
				grades: ['B'],
				licences: ['gmo-contained-use'],
				neededBy: '2028-09-30',
				listingType: 'facility',
			},
		},
		{
			title: 'reads Swedish requests',
			request: {
				title: 'Anläggning: GMP-tillverkning för CAR-NK, klass B',
				description:
					'Vi utvecklar CAR-NK mot AML. Produkten är autolog. Kravet är klass B. Vi behöver kapacitet senast slutet av mars 2028. Vi planerar en prövning i fas II.',
			},
			read: {
				mainService: 'gmp-manufacturing',
				mainModality: 'car-nk',
				grades: ['B'],
				productTypes: ['autologous'],
				neededBy: '2028-03-31',
				phase: 'phase-2',
				listingType: 'facility',
			},
		},
		{
			title: 'lets the title decide the main service and modality',
			request: {
				title: 'Expert needed: process optimisation - AAV vectors',
				description:
					'We need a person with hands-on experience of scale-out. Clinical manufacturing would be a plus. We are in IND-enabling development.',
			},
			read: {
				mainService: 'process-development',
				services: ['process-development', 'gmp-manufacturing'],
				mainModality: 'aav',
				phase: 'preclinical',
				listingType: 'expert',
			},
		},
		{
			title: 'drops what the requester says is covered or not wanted',
			request: {
				title: 'GMP manufacturing for tissue-engineered products',
				description:
					'We already have IMPD writing covered. We do not need QC testing. Seed funding is already arranged.',
			},
			read: {
				services: ['gmp-manufacturing'],
				excluded: expect.arrayContaining(['regulatory', 'qc-testing', 'funding']),
				// "tissue-engineered products" names the modality, not a product-type constraint.
				productTypes: [],
			},
		},
	])('$title', ({ request, read }) => {
		expect(codesRead(request)).toMatchObject(read)
	})

	it('accepts the alias fields of the structured needs', () => {
		const needs = needsFromRequest({
			title: 'Cleanroom',
			structured: {
				services: ['facility-rental'],
				cleanroomGrade: 'c',
				licence: 'gmp-certificate',
				productType: 'allogeneic',
				listingType: 'facility',
				neededBy: '2028-03',
			},
		})
		expect(needs.grades).toEqual([{ code: 'C', source: 'structured' }])
		expect(needs.licences).toEqual([{ code: 'gmp-certificate', source: 'structured' }])
		expect(needs.productTypes).toEqual([{ code: 'allogeneic', source: 'structured' }])
		expect(needs.neededBy?.code).toBe('2028-03-31')
	})

	it('ignores codes that are not in the taxonomy', () => {
		expect(codesRead({ title: 'Something', services: ['teleportation'], modalities: ['unicorns'] })).toMatchObject({
			mainService: undefined,
			mainModality: undefined,
		})
	})
})

describe('listingTypeFromText', () => {
	it('reads the kind of provider from a title', () => {
		expect(listingTypeFromText('Expert needed: regulatory affairs')?.code).toBe('expert')
		expect(listingTypeFromText('Labbpartner: musmodeller (onkolytiska virus)')?.code).toBe('lab')
		expect(listingTypeFromText('Leverantör för tekniköverföring (TCR-T)')?.code).toBe('organization')
		expect(listingTypeFromText('Söker kylkedjelogistik (CAR-T-celler)')).toBeUndefined()
	})

	it('does not take the requester’s own description for the provider wanted', () => {
		expect(
			listingTypeFromText('We are a Danish company. Our research group needs help.', 'description'),
		).toBeUndefined()
		expect(
			listingTypeFromText('We are a start-up. We would like to speak to an expert in QP certification.', 'description')
				?.code,
		).toBe('expert')
	})
})

describe('endOfPeriod', () => {
	it('reads a needed-by month or year as its last day', () => {
		expect(endOfPeriod('2028-02')).toBe('2028-02-29')
		expect(endOfPeriod('2027')).toBe('2027-12-31')
		expect(endOfPeriod('2027-09-30')).toBe('2027-09-30')
	})
})
