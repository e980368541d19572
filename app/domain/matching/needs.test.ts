import { describe, expect, it } from 'vitest'
import { endOfPeriod, listingTypeFromText, needsFromRequest } from './needs.ts'

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

	it('reads the same needs from the text when the form is empty', () => {
		const needs = needsFromRequest({
			title: 'Facility: vector supply (LV), grade B',
			description:
				'We are a Danish company planning a Nordic study of a lentiviral vectors programme. Looking for a GMP suite where we can do viral vector production. Must be grade B. The partner needs a GMO class 2 permit. Timeline: slots required by 2028-09-30.',
		})
		expect(needs.mainService?.code).toBe('viral-vector-production')
		expect(needs.mainModality?.code).toBe('lentiviral')
		expect(needs.grades.map((grade) => grade.code)).toEqual(['B'])
		expect(needs.licences.map((licence) => licence.code)).toEqual(['gmo-contained-use'])
		expect(needs.neededBy?.code).toBe('2028-09-30')
		expect(needs.listingType?.code).toBe('facility')
	})

	it('reads Swedish requests', () => {
		const needs = needsFromRequest({
			title: 'Anläggning: GMP-tillverkning för CAR-NK, klass B',
			description:
				'Vi utvecklar CAR-NK mot AML. Produkten är autolog. Kravet är klass B. Vi behöver kapacitet senast slutet av mars 2028. Vi planerar en prövning i fas II.',
		})
		expect(needs.mainService?.code).toBe('gmp-manufacturing')
		expect(needs.mainModality?.code).toBe('car-nk')
		expect(needs.grades.map((grade) => grade.code)).toEqual(['B'])
		expect(needs.productTypes.map((productType) => productType.code)).toEqual(['autologous'])
		expect(needs.neededBy?.code).toBe('2028-03-31')
		expect(needs.phase?.code).toBe('phase-2')
		expect(needs.listingType?.code).toBe('facility')
	})

	it('lets the title decide the main service and modality', () => {
		const needs = needsFromRequest({
			title: 'Expert needed: process optimisation - AAV vectors',
			description:
				'We need a person with hands-on experience of scale-out. Clinical manufacturing would be a plus. We are in IND-enabling development.',
		})
		expect(needs.mainService?.code).toBe('process-development')
		expect(needs.services.map((service) => service.code)).toEqual(['process-development', 'gmp-manufacturing'])
		expect(needs.mainModality?.code).toBe('aav')
		expect(needs.phase?.code).toBe('preclinical')
		expect(needs.listingType?.code).toBe('expert')
	})

	it('drops what the requester says is covered or not wanted', () => {
		const needs = needsFromRequest({
			title: 'GMP manufacturing for tissue-engineered products',
			description: 'We already have IMPD writing covered. We do not need QC testing. Seed funding is already arranged.',
		})
		expect(needs.services.map((service) => service.code)).toEqual(['gmp-manufacturing'])
		expect(needs.excluded.map((entry) => entry.code)).toEqual(
			expect.arrayContaining(['regulatory', 'qc-testing', 'funding']),
		)
		// "tissue-engineered products" names the modality, not a product-type constraint.
		expect(needs.productTypes).toEqual([])
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
		const needs = needsFromRequest({ title: 'Something', services: ['teleportation'], modalities: ['unicorns'] })
		expect(needs.mainService).toBeUndefined()
		expect(needs.mainModality).toBeUndefined()
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
