import { describe, expect, it } from 'vitest'
import type { Listing } from '../../generated/prisma/client.ts'
import {
	recordSchemas,
	typedRecord,
	type ListingRecordByType,
	type ListingType,
	type TypedListingRecord,
} from './interchange.ts'
import { expertExample, facilityExample, labExample, organizationExample } from './interchange.fixtures.ts'
import {
	dateFromIsoDate,
	contentLocaleOf,
	detectContentLocale,
	listingCreateData,
	listingToRecord,
	listingUpdateData,
	SLUG_MAX_LENGTH,
	slugAllocator,
	slugCandidatesPrefix,
	slugify,
	uniqueSlug,
} from './to-database.ts'

describe('slugify', () => {
	it('turns Swedish and other accented letters into plain ASCII', () => {
		for (const [name, slug] of [
			['Kästa universitetssjukhus', 'kasta-universitetssjukhus'],
			['Åre Öl & Ägg', 'are-ol-agg'],
			['Södertälje Bioteknik AB', 'sodertalje-bioteknik-ab'],
			['Café Révolution, Liège', 'cafe-revolution-liege'],
			['Øresund CAR-NK ApS', 'oresund-car-nk-aps'],
			['Sigrún Sigurðardóttir', 'sigrun-sigurdardottir'],
			['Emre Yılmaz', 'emre-yilmaz'],
			['Große Straße Æble', 'grosse-strasse-aeble'],
			['Dr. Ł. Wójcik', 'dr-l-wojcik'],
		] as const) {
			expect(slugify(name)).toBe(slug)
		}
	})

	it('uses hyphens between words, never at the ends', () => {
		expect(slugify('  --Cell & Gene   Therapy!!  ')).toBe('cell-gene-therapy')
		expect(slugify('Suite 2 (grade B)')).toBe('suite-2-grade-b')
	})

	it('keeps slugs at most 80 characters, cut at a word boundary', () => {
		const slug = slugify(
			'Flemingsberg Institute for Regenerative Medicine and Advanced Therapy Medicinal Products Research',
		)
		expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH)
		expect(slug).toBe('flemingsberg-institute-for-regenerative-medicine-and-advanced-therapy-medicinal')
		expect(slugify('x'.repeat(200))).toHaveLength(80)
	})

	it('falls back to a neutral slug when nothing is left', () => {
		expect(slugify('—!?')).toBe('listing')
		expect(slugify('北京')).toBe('listing')
	})
})

describe('unique slugs', () => {
	it('appends -2, -3 … to a taken slug', () => {
		const taken = new Set(['grantorp-biologics', 'grantorp-biologics-2'])
		expect(uniqueSlug('Grantorp Biologics', (slug) => taken.has(slug))).toBe('grantorp-biologics-3')
		expect(uniqueSlug('Novum Core', (slug) => taken.has(slug))).toBe('novum-core')
	})

	it('stays within 80 characters with the suffix', () => {
		const long = 'a'.repeat(80)
		const slug = uniqueSlug(long, (candidate) => candidate === long)
		expect(slug).toBe(`${'a'.repeat(78)}-2`)
	})

	it('names a prefix that every numbered slug of a long name starts with, to look the taken ones up by', () => {
		const long = 'Grade B cleanroom suites for viral vector manufacturing at the Novum building in Flemingsberg'
		const taken = new Set<string>()
		for (let count = 0; count < 12; count++) taken.add(uniqueSlug(long, (slug) => taken.has(slug)))
		expect(taken.size).toBe(12)
		for (const slug of taken) expect(slug.startsWith(slugCandidatesPrefix(long))).toBe(true)
	})

	it('remembers what it handed out', () => {
		const next = slugAllocator(['cell-lab'])
		expect([next('Cell Lab'), next('Cell lab'), next('Céll Låb'), next('Other')]).toEqual([
			'cell-lab-2',
			'cell-lab-3',
			'cell-lab-4',
			'other',
		])
	})
})

describe('content language', () => {
	it('recognises Swedish text', () => {
		expect(
			detectContentLocale(
				'Vi tillverkar lentivirala vektorer för CAR-T och erbjuder QC-testning på plats i Flemingsberg.',
			),
		).toBe('sv')
		expect(detectContentLocale('Kärnfacilitet för flödescytometri')).toBe('sv')
	})

	it('recognises English text, even with Swedish place names', () => {
		expect(
			detectContentLocale('We produce lentiviral vectors for CAR-T programmes at our site in Södertälje and Kästa.'),
		).toBe('en')
		expect(detectContentLocale('GMP manufacturing')).toBe('en')
		expect(detectContentLocale(null, undefined, '')).toBe('en')
	})

	it('reads a short text beside its translation: the one that reads more Swedish is the Swedish one', () => {
		const main = ['GMP site: Södertälje, Kästa']
		expect(detectContentLocale(...main)).toBe('sv')
		expect(contentLocaleOf(main, ['GMP-anläggning i Södertälje och Kästa'])).toBe('en')
		expect(contentLocaleOf(['Renrum i Kästa'], ['Cleanrooms in Kästa'])).toBe('sv')
		expect(contentLocaleOf(['We make vectors.'], [null, ''])).toBe('en')
	})
})

// Every field of every type, with values that stress the mapping (zero-ish
// coordinates, dates, empty and non-empty lists, false flags).
const fullRecords: { [T in ListingType]: ListingRecordByType[T] } = {
	organization: recordSchemas.organization.parse({
		...organizationExample,
		summary: 'Lentiviral vectors for CAR-T.',
		description: 'Vi tillverkar lentivirala vektorer och erbjuder QC-testning.\n\nAndra stycket.',
		translatedDescription: 'We make lentiviral vectors and offer QC testing.',
		lat: 0,
		lng: -0.5,
	}),
	lab: recordSchemas.lab.parse({
		...labExample,
		organizationRef: 'org-0042',
		summary: 'CAR-T engineering.',
		description: 'We engineer T cells.',
		translatedSummary: 'Konstruktion av CAR-T-celler.',
		translatedDescription: 'Vi konstruerar T-celler.',
		acceptsExternalProjects: false,
	}),
	facility: recordSchemas.facility.parse({
		...facilityExample,
		summary: 'Grade B suite.',
		description: 'Cleanroom classes A to D.',
		translatedDescription: 'Renrumsklasser A till D.',
		qpRelease: false,
		verified: false,
	}),
	expert: recordSchemas.expert.parse({
		...expertExample,
		organizationRef: 'org-0042',
		summary: 'Potency assays for NK cells.',
		bio: 'B. has worked on NK cells for ten years.',
		translatedSummary: 'Potensanalyser för NK-celler.',
		translatedBio: 'B. har arbetat med NK-celler i tio år.',
	}),
}

const minimalRecords: { [T in ListingType]: ListingRecordByType[T] } = {
	organization: recordSchemas.organization.parse({ ref: 'org-1', name: 'Acme', kind: 'company' }),
	lab: recordSchemas.lab.parse({ ref: 'lab-1', organizationRef: 'org-1', name: 'Lab' }),
	facility: recordSchemas.facility.parse({ ref: 'fac-1', name: 'Suite' }),
	expert: recordSchemas.expert.parse({ ref: 'exp-1', name: 'A. Person' }),
}

/** What Prisma would hand back after creating the row: the data plus the columns the database fills. */
function asStoredRow(typed: TypedListingRecord, organizationId: string | null): Listing {
	const data = listingCreateData(typed, { organizationId, slug: 'some-slug' })
	return {
		...data,
		id: '00000000-0000-4000-8000-000000000001',
		type: typed.type,
		slug: data.slug,
		status: 'published',
		visibility: 'public',
		ownerUserId: null,
		featured: false,
		mergedIntoId: null,
		publishedAt: null,
		confirmedAt: null,
		nudgedAt: null,
		capacityCurrentAt: null,
		capacityNudgedAt: null,
		createdAt: new Date(0),
		updatedAt: new Date(0),
	}
}

describe('record → database row → record', () => {
	for (const [label, records] of [
		['every field', fullRecords],
		['only required fields', minimalRecords],
	] as const) {
		for (const type of ['organization', 'lab', 'facility', 'expert'] as const) {
			it(`is lossless for ${type} records with ${label}`, () => {
				const record = records[type]
				const organizationRef = 'organizationRef' in record ? record.organizationRef : undefined
				const row = asStoredRow(typedRecord(type, record), organizationRef ? 'org-uuid' : null)
				const back = listingToRecord(row, organizationRef, {
					...(record.verified === undefined ? {} : { verified: record.verified }),
					// A facility's capacity lives in tables of its own (capacity-records.server.ts), as verifications do.
					...('capacity' in record && record.capacity ? { capacity: record.capacity } : {}),
				})
				expect(back).toStrictEqual(
					Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)),
				)
				// And the exported record is itself valid input.
				expect(recordSchemas[type].parse(back)).toEqual(record)
			})
		}
	}

	it('stores availableFrom as a date at UTC midnight', () => {
		const data = listingCreateData(typedRecord('facility', fullRecords.facility), { organizationId: null, slug: 's' })
		expect(data.availableFrom).toEqual(new Date('2027-03-01T00:00:00.000Z'))
		expect(dateFromIsoDate('2027-12-31').toISOString()).toBe('2027-12-31T00:00:00.000Z')
	})

	it('writes an expert bio into the description column and detects the content language', () => {
		const expert = listingCreateData(typedRecord('expert', fullRecords.expert), { organizationId: null, slug: 's' })
		expect(expert.description).toBe('B. has worked on NK cells for ten years.')
		expect(expert.translatedDescription).toBe('B. har arbetat med NK-celler i tio år.')
		expect(expert.translatedSummary).toBe('Potensanalyser för NK-celler.')
		expect(expert.contentLocale).toBe('en')
		const organization = listingCreateData(typedRecord('organization', fullRecords.organization), {
			organizationId: null,
			slug: 's',
		})
		expect(organization.contentLocale).toBe('sv')
		expect(organization.organizationId).toBeNull()
	})

	it('clears on update what the new record no longer has, and keeps ref, slug and type', () => {
		const update = listingUpdateData(typedRecord('facility', minimalRecords.facility), { organizationId: null })
		expect(update).not.toHaveProperty('ref')
		expect(update).not.toHaveProperty('slug')
		expect(update).not.toHaveProperty('type')
		expect(update).not.toHaveProperty('status')
		expect(update).toMatchObject({
			summary: null,
			description: null,
			translatedSummary: null,
			translatedDescription: null,
			cleanroomGrades: [],
			areaSqm: null,
			availableFrom: null,
			licences: [],
		})
	})
})
