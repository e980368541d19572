import { describe, expect, it } from 'vitest'
import { translator } from '~/i18n/messages.ts'
import { renderMessage } from '../messages.ts'
import { codesOf } from '../../taxonomy/taxonomy.ts'
import {
	expertRecordSchema,
	facilityRecordSchema,
	interchangeFileSchema,
	labRecordSchema,
	listingTypes,
	organizationRecordSchema,
	typedRecordsOf,
	validateInterchangeRecords,
} from './interchange.ts'
import { isIsoCalendarDate, isValidOrcid, orcidCheckCharacter } from './interchange-fields.ts'
import {
	exampleFile as file,
	expertExample as expert,
	facilityExample as facility,
	labExample as lab,
	organizationExample as organization,
} from './interchange.fixtures.ts'

/** A message as a report prints it: in English, naming the field. */
function inEnglish(encoded: string): string {
	return renderMessage(translator('en'), encoded, 'report')
}

/** Issues with their messages as a report prints them. */
function reported(issues: ReadonlyArray<{ field: string; message: string }>) {
	return issues.map((issue) => ({ field: issue.field, message: inEnglish(issue.message) }))
}

/** The messages of a failed parse, keyed by field path. */
function problems(result: {
	success: boolean
	error?: { issues: Array<{ path: Array<string | number>; message: string }> }
}) {
	expect(result.success).toBe(false)
	return result.error!.issues.map((issue) => ({ field: issue.path.join('.'), message: inEnglish(issue.message) }))
}

describe('valid records', () => {
	it('accepts the examples of the format description unchanged', () => {
		expect(organizationRecordSchema.parse(organization)).toEqual(organization)
		expect(labRecordSchema.parse(lab)).toEqual(lab)
		expect(facilityRecordSchema.parse(facility)).toEqual(facility)
		expect(expertRecordSchema.parse(expert)).toEqual(expert)
		expect(interchangeFileSchema.parse(file)).toEqual(file)
	})

	it('needs only the required fields and reads absent lists as empty', () => {
		expect(organizationRecordSchema.parse({ ref: 'org-1', name: 'Acme', kind: 'company' })).toEqual({
			ref: 'org-1',
			name: 'Acme',
			kind: 'company',
			modalities: [],
			services: [],
			phases: [],
		})
		expect(labRecordSchema.parse({ ref: 'lab-1', organizationRef: 'org-1', name: 'Lab' }).techniques).toEqual([])
		expect(facilityRecordSchema.parse({ ref: 'fac-1', name: 'Suite' }).cleanroomGrades).toEqual([])
		expect(expertRecordSchema.parse({ ref: 'exp-1', name: 'A. Person' }).languages).toEqual([])
	})

	it('treats null and empty strings in optional fields as not given, as a CSV cell does', () => {
		const parsed = organizationRecordSchema.parse({
			...organization,
			summary: '',
			website: null,
			email: '  ',
			// Without a street the position cannot come from a campus building either.
			street: '',
			postcode: null,
			lat: null,
			lng: null,
			modalities: '',
		})
		expect(parsed).not.toHaveProperty('summary', expect.anything())
		expect(parsed.website).toBeUndefined()
		expect(parsed.email).toBeUndefined()
		expect(parsed.street).toBeUndefined()
		expect(parsed.postcode).toBeUndefined()
		expect(parsed.lat).toBeUndefined()
		expect(parsed.modalities).toEqual([])
	})

	it('accepts an interchange file with only some sections', () => {
		const parsed = interchangeFileSchema.parse({ format: 'atmp-hub-listings', version: 1, experts: [expert] })
		expect(parsed.organizations).toEqual([])
		expect(typedRecordsOf(parsed)).toEqual([{ type: 'expert', record: expert }])
	})

	it('names the four listing types of the taxonomy', () => {
		expect([...listingTypes]).toEqual(codesOf('listingTypes'))
	})
})

describe('taxonomy codes', () => {
	it('names the unknown code and the field', () => {
		expect(problems(organizationRecordSchema.safeParse({ ...organization, modalities: ['car-t', 'car-x'] }))).toEqual([
			{
				field: 'modalities.1',
				message: expect.stringMatching(/^Unknown modality code "car-x" \(known codes: car-t, /),
			},
		])
		const vocabularies = [
			[
				{ ...organization, services: ['cooking'] },
				organizationRecordSchema,
				'services.0',
				'Unknown service code "cooking"',
			],
			[{ ...organization, phases: ['phase-4'] }, organizationRecordSchema, 'phases.0', 'Unknown phase code "phase-4"'],
			[
				{ ...organization, kind: 'biotech' },
				organizationRecordSchema,
				'kind',
				'Unknown organisation kind code "biotech"',
			],
			[
				{ ...facility, cleanroomGrades: ['E'] },
				facilityRecordSchema,
				'cleanroomGrades.0',
				'Unknown cleanroom grade code "E"',
			],
			[
				{ ...facility, productTypes: ['pills'] },
				facilityRecordSchema,
				'productTypes.0',
				'Unknown product type code "pills"',
			],
			[{ ...facility, licences: ['driving'] }, facilityRecordSchema, 'licences.0', 'Unknown licence code "driving"'],
			[{ ...expert, openTo: ['gossip'] }, expertRecordSchema, 'openTo.0', 'Unknown "open to" code "gossip"'],
		] as const
		for (const [input, schema, field, message] of vocabularies) {
			const [issue] = problems(schema.safeParse(input))
			expect(issue).toEqual({ field, message: expect.stringContaining(message) })
		}
	})

	it('hints at the code when a label or synonym was typed instead', () => {
		const [issue] = problems(organizationRecordSchema.safeParse({ ...organization, modalities: ['LVV'] }))
		expect(issue!.message).toBe('Unknown modality code "LVV" (did you mean "lentiviral"?)')
	})

	it('accepts codes in any capitalisation and removes duplicates', () => {
		const parsed = facilityRecordSchema.parse({
			...facility,
			cleanroomGrades: ['b', 'B', 'A', ' a '],
			modalities: ['CAR-T', 'car-t', 'Lentiviral'],
			services: ['gmp-manufacturing', '', 'gmp-manufacturing'],
		})
		expect(parsed.cleanroomGrades).toEqual(['B', 'A'])
		expect(parsed.modalities).toEqual(['car-t', 'lentiviral'])
		expect(parsed.services).toEqual(['gmp-manufacturing'])
	})

	it('requires a kind for an organisation', () => {
		expect(problems(organizationRecordSchema.safeParse({ ...organization, kind: '' }))).toEqual([
			{ field: 'kind', message: expect.stringMatching(/^Kind is required \(one of: company, cdmo/) },
		])
	})
})

describe('required fields', () => {
	it('says which required field is missing', () => {
		expect(problems(organizationRecordSchema.safeParse({ summary: 'x' }))).toEqual(
			expect.arrayContaining([
				{ field: 'ref', message: 'Ref is required' },
				{ field: 'name', message: 'Name is required' },
				{ field: 'kind', message: 'Kind is required' },
			]),
		)
		expect(problems(labRecordSchema.safeParse({ ref: 'lab-1', name: 'Lab' }))).toEqual([
			{ field: 'organizationRef', message: 'Organisation ref is required' },
		])
		expect(problems(expertRecordSchema.safeParse({ ref: 'exp-1', name: '   ' }))).toEqual([
			{ field: 'name', message: 'Name is required' },
		])
	})

	it('rejects misspelt fields instead of silently dropping their values', () => {
		const { modalities, ...rest } = organization
		expect(problems(organizationRecordSchema.safeParse({ ...rest, modalites: modalities }))).toEqual([
			{ field: '', message: 'Unknown field "modalites": check the spelling against the interchange format' },
		])
	})
})

describe('formats', () => {
	it('checks ORCID iDs with the ISO 7064 11,2 checksum', () => {
		for (const [orcid, valid] of [
			['0000-0002-1825-0097', true],
			['0000-0002-1694-233X', true],
			['0000-0002-1825-0098', false],
			['0000-0002-1694-2330', false],
			['0000-0002-1825-009', false],
			['0000000218250097', false],
		] as const) {
			expect(isValidOrcid(orcid), orcid).toBe(valid)
		}
		expect(orcidCheckCharacter('000000021694233')).toBe('X')

		expect(problems(expertRecordSchema.safeParse({ ...expert, orcid: '0000-0002-1825-0098' }))).toEqual([
			{ field: 'orcid', message: 'ORCID "0000-0002-1825-0098" has a wrong check digit: please check it for a typo' },
		])
		expect(problems(expertRecordSchema.safeParse({ ...expert, orcid: '1825-0097' }))).toEqual([
			{ field: 'orcid', message: expect.stringContaining('must be written like 0000-0002-1825-0097') },
		])
	})

	it('accepts an ORCID pasted as its profile address or with a lower-case x', () => {
		expect(expertRecordSchema.parse({ ...expert, orcid: 'https://orcid.org/0000-0002-1825-0097' }).orcid).toBe(
			'0000-0002-1825-0097',
		)
		expect(expertRecordSchema.parse({ ...expert, orcid: '0000-0002-1694-233x' }).orcid).toBe('0000-0002-1694-233X')
	})

	it('accepts only real calendar dates written YYYY-MM-DD', () => {
		expect(isIsoCalendarDate('2028-02-29')).toBe(true)
		expect(isIsoCalendarDate('2027-02-29')).toBe(false)
		expect(isIsoCalendarDate('2027-13-01')).toBe(false)
		expect(problems(facilityRecordSchema.safeParse({ ...facility, availableFrom: '2027-02-30' }))).toEqual([
			{ field: 'availableFrom', message: 'Available from "2027-02-30" is not a real calendar date' },
		])
		expect(problems(facilityRecordSchema.safeParse({ ...facility, availableFrom: '1/3/2027' }))).toEqual([
			{ field: 'availableFrom', message: 'Available from "1/3/2027" must be a date written YYYY-MM-DD' },
		])
	})

	it('accepts only http(s) web addresses', () => {
		for (const website of ['www.example.org', 'ftp://example.org', 'javascript:alert(1)', 'https://']) {
			expect(problems(organizationRecordSchema.safeParse({ ...organization, website }))).toEqual([
				{
					field: 'website',
					message: `Website "${website}" must be a full web address starting with https:// or http://`,
				},
			])
		}
		expect(organizationRecordSchema.parse({ ...organization, website: ' http://example.org/path?q=1 ' }).website).toBe(
			'http://example.org/path?q=1',
		)
	})

	it('checks e-mail addresses', () => {
		expect(problems(organizationRecordSchema.safeParse({ ...organization, email: 'contact(at)example.org' }))).toEqual([
			{ field: 'email', message: 'Email "contact(at)example.org" is not a valid e-mail address' },
		])
	})

	it('keeps coordinates on the globe and in pairs', () => {
		expect(problems(organizationRecordSchema.safeParse({ ...organization, lat: 91 }))).toEqual([
			{ field: 'lat', message: 'Latitude must be between -90 and 90' },
		])
		expect(problems(organizationRecordSchema.safeParse({ ...organization, lng: -180.5 }))).toEqual([
			{ field: 'lng', message: 'Longitude must be between -180 and 180' },
		])
		expect(problems(organizationRecordSchema.safeParse({ ...organization, lng: undefined }))).toEqual([
			{ field: 'lng', message: 'Longitude is missing: give both latitude and longitude, or neither' },
		])
		expect(problems(organizationRecordSchema.safeParse({ ...organization, lat: '59.2' }))).toEqual([
			{ field: 'lat', message: 'Latitude must be a number' },
		])
	})

	it('writes a Swedish postcode one way and refuses what is no postcode', () => {
		expect(organizationRecordSchema.parse({ ...organization, postcode: '14157' }).postcode).toBe('141 57')
		expect(problems(organizationRecordSchema.safeParse({ ...organization, postcode: '1415' }))).toEqual([
			{ field: 'postcode', message: 'Postcode "1415" is not a Swedish postcode (five digits, such as "141 57")' },
		])
	})

	it('wants neither street nor city, so records without an address still import', () => {
		const { street: _street, postcode: _postcode, city: _city, ...withoutAddress } = organization
		expect(organizationRecordSchema.parse(withoutAddress)).toEqual(withoutAddress)
	})

	it('wants whole numbers for area and suites, and booleans for flags', () => {
		expect(
			problems(facilityRecordSchema.safeParse({ ...facility, areaSqm: 42.5, suites: 0, qpRelease: 'yes' })),
		).toEqual([
			{ field: 'areaSqm', message: 'Area (m²) must be a whole number from 1 to 1000000' },
			{ field: 'suites', message: 'Suites must be a whole number from 1 to 1000' },
			{ field: 'qpRelease', message: 'QP release must be true or false' },
		])
	})

	it('normalises refs to lower case and rejects malformed ones', () => {
		expect(organizationRecordSchema.parse({ ...organization, ref: ' ORG-0042 ' }).ref).toBe('org-0042')
		expect(labRecordSchema.parse({ ...lab, organizationRef: 'Org-0003' }).organizationRef).toBe('org-0003')
		for (const ref of ['org 42', '-org', '.x', 'ö-1', 'a'.repeat(65)]) {
			const [issue] = problems(organizationRecordSchema.safeParse({ ...organization, ref }))
			expect(issue).toEqual({
				field: 'ref',
				message: expect.stringContaining('is not valid: use 1 to 64 letters, digits'),
			})
		}
		expect(organizationRecordSchema.parse({ ...organization, ref: 'a'.repeat(64) }).ref).toHaveLength(64)
	})

	it('stores languages as ISO 639-1 codes, written by code or by name', () => {
		expect(expertRecordSchema.parse({ ...expert, languages: ['SV', 'en', 'sv'] }).languages).toEqual(['sv', 'en'])
		expect(expertRecordSchema.parse({ ...expert, languages: ['Swedish', 'engelska'] }).languages).toEqual(['sv', 'en'])
		expect(expertRecordSchema.parse({ ...expert, languages: 'svenska, engelska och Deutsch' }).languages).toEqual([
			'sv',
			'en',
			'de',
		])
		for (const word of ['xx', 'swe', 'klingon']) {
			expect(problems(expertRecordSchema.safeParse({ ...expert, languages: ['en', word] }))).toEqual([
				{
					field: 'languages.1',
					message: `Unknown language "${word}" (write languages by name, such as "Swedish" or "svenska", or by two-letter code, such as "sv")`,
				},
			])
		}
	})
})

describe('text', () => {
	it('limits lengths with the count in the message', () => {
		expect(problems(organizationRecordSchema.safeParse({ ...organization, summary: 'x'.repeat(281) }))).toEqual([
			{ field: 'summary', message: 'Summary must be at most 280 characters (it has 281)' },
		])
		expect(organizationRecordSchema.parse({ ...organization, summary: 'x'.repeat(280) }).summary).toHaveLength(280)
		expect(problems(organizationRecordSchema.safeParse({ ...organization, name: 'n'.repeat(201) }))).toEqual([
			{ field: 'name', message: 'Name must be at most 200 characters (it has 201)' },
		])
		expect(problems(organizationRecordSchema.safeParse({ ...organization, description: 'd'.repeat(10_001) }))).toEqual([
			{ field: 'description', message: 'Description must be at most 10000 characters (it has 10001)' },
		])
	})

	it('limits tags to 60 entries of 100 characters and removes duplicates regardless of case', () => {
		const many = Array.from({ length: 61 }, (_, i) => `technique ${i}`)
		expect(problems(labRecordSchema.safeParse({ ...lab, techniques: many }))).toEqual([
			{ field: 'techniques', message: 'Techniques can have at most 60 entries (it has 61)' },
		])
		const [issue] = problems(expertRecordSchema.safeParse({ ...expert, expertise: ['t'.repeat(101)] }))
		expect(issue).toEqual({
			field: 'expertise.0',
			message: expect.stringContaining('must be at most 100 characters (it has 101)'),
		})
		expect(
			labRecordSchema.parse({
				...lab,
				techniques: [' Flow cytometry', 'flow  cytometry', 'FLOW CYTOMETRY', '', 'ddPCR'],
			}).techniques,
		).toEqual(['Flow cytometry', 'ddPCR'])
	})

	it.each([
		{
			title: 'strips control characters but keeps newlines and tabs in free text',
			schema: organizationRecordSchema,
			record: organization,
			typed: {
				name: '  Nordic\u0000 Vector\u0007 Works\u001b[31m AB\u007f ',
				description: 'First line\r\n\tindented\u0000 line\r\n\r\nSecond paragraph\u000c',
			},
			kept: { name: 'Nordic Vector Works[31m AB', description: 'First line\n\tindented line\n\nSecond paragraph' },
		},
		{
			title: 'keeps one-line fields on one line and leaves HTML as typed (it is escaped when shown)',
			schema: labRecordSchema,
			record: lab,
			typed: { name: 'Cell\nEngineering\t Group', summary: '<b>Bold</b> & <script>x</script>' },
			kept: { name: 'Cell Engineering Group', summary: '<b>Bold</b> & <script>x</script>' },
		},
	])('$title', ({ schema, record, typed, kept }) => {
		expect(schema.parse({ ...record, ...typed })).toMatchObject(kept)
	})
})

describe('whole files', () => {
	it('rejects a file with the wrong format or version', () => {
		expect(problems(interchangeFileSchema.safeParse({ ...file, format: 'other' }))).toEqual([
			{ field: 'format', message: 'format must be "atmp-hub-listings"' },
		])
		expect(problems(interchangeFileSchema.safeParse({ ...file, version: 2 }))).toEqual([
			{ field: 'version', message: 'version must be 1' },
		])
	})

	it('rejects a ref used twice in one file', () => {
		const twice = { ...file, experts: [expert, { ...expert, ref: 'ORG-0042' }] }
		expect(problems(interchangeFileSchema.safeParse(twice))).toEqual([
			{
				field: 'experts.1.ref',
				message: 'Ref "org-0042" is used more than once in this file (first at organizations[0])',
			},
		])
	})

	it('validates record by record so one bad record never stops the good ones', () => {
		const result = validateInterchangeRecords({
			...file,
			labs: [lab, { ...lab, ref: 'lab-0008', modalities: ['car-x'], availableFrom: '2027-01-01' }],
			experts: [expert, { ...expert, name: 'Someone else' }, 'not a record'],
		})
		expect(reported(result.fileIssues)).toEqual([])
		expect(result.records.map((r) => [r.type, r.index, r.ref, r.ok])).toEqual([
			['organization', 0, 'org-0042', true],
			['lab', 0, 'lab-0007', true],
			['lab', 1, 'lab-0008', false],
			['facility', 0, 'fac-0003', true],
			['expert', 0, 'exp-0101', true],
			['expert', 1, 'exp-0101', false],
			['expert', 2, undefined, false],
		])
		const rejected = result.records.filter((r) => !r.ok)
		expect(rejected.map((r) => (r.ok ? [] : reported(r.issues)))).toEqual([
			[
				{ field: 'modalities', message: expect.stringContaining('Unknown modality code "car-x"') },
				{ field: '', message: expect.stringContaining('Unknown field "availableFrom"') },
			],
			[{ field: 'ref', message: 'Ref "exp-0101" is used more than once in this file (first at experts[0])' }],
			[{ field: '', message: 'Each record must be an object with named fields' }],
		])
	})

	it('reports a broken envelope as a file problem', () => {
		const broken = validateInterchangeRecords([1, 2])
		expect({ ...broken, fileIssues: reported(broken.fileIssues) }).toEqual({
			fileIssues: [
				{ field: '', message: 'The file must be a JSON object with "format", "version" and the listing sections' },
			],
			records: [],
		})
		expect(reported(validateInterchangeRecords({ ...file, labz: [] }).fileIssues)).toEqual([
			{ field: '', message: 'Unknown section "labz"' },
		])
	})
})

describe('an organisation at a known campus building', () => {
	const registered = { ref: 'org-9', name: 'Novum Cells AB', kind: 'company' }

	it('takes the postcode, city, campus and position from the building its street names', () => {
		expect(organizationRecordSchema.parse({ ...registered, street: 'hälsov. 7' })).toMatchObject({
			street: 'hälsov. 7',
			postcode: '141 57',
			city: 'Huddinge',
			campus: 'Novum',
			lat: expect.closeTo(59.22, 1),
			lng: expect.closeTo(17.94, 1),
		})
	})

	it('keeps what the record says itself: a position set by hand, its own campus name', () => {
		const parsed = organizationRecordSchema.parse({
			...registered,
			street: 'Hälsovägen 7',
			campus: 'Novum, floor 5',
			lat: 59.2,
			lng: 17.9,
		})
		expect(parsed).toMatchObject({ campus: 'Novum, floor 5', lat: 59.2, lng: 17.9, city: 'Huddinge' })
	})

	it('leaves the position empty for an address it does not know', () => {
		const parsed = organizationRecordSchema.parse({ ...registered, street: 'Hälsovägen 9', city: 'Huddinge' })
		expect(parsed).not.toHaveProperty('lat')
		expect(parsed).not.toHaveProperty('campus')
	})

	it('moves the position with the street when it was a building’s, not set by hand', () => {
		const atNovum = organizationRecordSchema.parse({ ...registered, street: 'Hälsovägen 7' })
		const moved = organizationRecordSchema.parse({
			...atNovum,
			street: 'Alfred Nobels allé 7',
			postcode: '141 89',
			campus: undefined,
		})
		expect(moved).toMatchObject({ campus: 'Södertörn University', lat: 59.2192, lng: 17.9441 })
		const away = organizationRecordSchema.parse({ ...atNovum, street: 'Hälsovägen 9' })
		expect(away).not.toHaveProperty('lat')
		expect(away).not.toHaveProperty('lng')
		const byHand = organizationRecordSchema.parse({ ...registered, street: 'Hälsovägen 9', lat: 59.21, lng: 17.93 })
		expect(byHand).toMatchObject({ lat: 59.21, lng: 17.93 })
	})

	it('reads its own output unchanged, so an exported file re-imports as it was', () => {
		const once = organizationRecordSchema.parse({ ...registered, street: 'Alfred Nobels alle 8' })
		expect(organizationRecordSchema.parse(once)).toEqual(once)
	})
})
