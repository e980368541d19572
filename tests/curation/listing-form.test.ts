import { describe, expect, it } from 'vitest'
import { changedFields, revisionDiff } from '../../app/domain/listings/revision-diff.ts'
import { recordSchemas } from '../../app/domain/listings/interchange.ts'
import { listingFields } from '../../app/domain/listings/listing-fields.ts'
import { formFieldsOf, parseListingForm, recordToFormValues } from '../../app/domain/listings/listing-form-input.ts'
import { fieldIssues, message, renderMessage } from '../../app/domain/messages.ts'
import { translator } from '../../app/i18n/messages.ts'

function form(entries: Record<string, string | string[]>): FormData {
	const data = new FormData()
	for (const [name, value] of Object.entries(entries)) for (const entry of [value].flat()) data.append(name, entry)
	return data
}

describe('parseListingForm (the form edge of the interchange schema)', () => {
	it('reads a facility form into the interchange record', () => {
		const submission = parseListingForm(
			form({
				name: '  Grantorp  Suite ',
				cleanroomGrades: ['B', 'c'],
				areaSqm: '120',
				qpRelease: 'false',
				availableFrom: '2027-03-01',
				modalities: 'car-t',
			}),
			'facility',
			{ ref: 'fac-abc', organizationRef: 'org-0002' },
		)
		expect(submission.status).toBe('success')
		expect(submission.status === 'success' && submission.value).toEqual({
			ref: 'fac-abc',
			organizationRef: 'org-0002',
			name: 'Grantorp Suite',
			cleanroomGrades: ['B', 'C'],
			areaSqm: 120,
			qpRelease: false,
			availableFrom: '2027-03-01',
			modalities: ['car-t'],
			services: [],
			phases: [],
			productTypes: [],
			licences: [],
		})
	})

	it('drops what no form field asks for: verified, intent, another type’s fields, a host in the form', () => {
		const submission = parseListingForm(
			form({ name: 'Lab', verified: 'true', intent: 'submit', kind: 'company', organizationRef: 'org-evil' }),
			'lab',
			{ ref: 'lab-abc', organizationRef: 'org-0001' },
		)
		expect(submission.status === 'success' && submission.value).toMatchObject({ organizationRef: 'org-0001' })
		expect(submission.status === 'success' && submission.value).not.toHaveProperty('verified')
	})

	it('splits free-text lists and accepts a decimal comma', () => {
		const expert = parseListingForm(
			form({ name: 'Dr A', expertise: 'CAR-T\n\nGMP  \nCAR-T', languages: 'sv, en;fi' }),
			'expert',
			{
				ref: 'exp-abc',
			},
		)
		expect(expert.status === 'success' && expert.value).toMatchObject({
			expertise: ['CAR-T', 'GMP'],
			languages: ['sv', 'en', 'fi'],
		})
		const organization = parseListingForm(
			form({ name: 'Org', kind: 'cdmo', lat: '59,2203', lng: '17.94' }),
			'organization',
			{
				ref: 'org-abc',
			},
		)
		expect(organization.status === 'success' && organization.value).toMatchObject({ lat: 59.2203, lng: 17.94 })
	})

	it('reports every bad field, with the typed values kept for the form', () => {
		const submission = parseListingForm(
			form({
				name: '',
				summary: 'x'.repeat(281),
				cleanroomGrades: ['B', 'Z'],
				suites: '1.5',
				qpRelease: 'maybe',
				availableFrom: '2027-02-30',
			}),
			'facility',
			{ ref: 'fac-abc', organizationRef: 'org-0001' },
		)
		expect(submission.status).toBe('error')
		const result = submission.reply()
		expect(Object.keys(result.error ?? {}).sort()).toEqual([
			'availableFrom',
			'cleanroomGrades[1]',
			'name',
			'qpRelease',
			'suites',
			'summary',
		])
		expect(result.initialValue).toMatchObject({ summary: 'x'.repeat(281), suites: '1.5' })
	})

	it("treats Conform's validate-on-blur as validation, never as a submit", () => {
		const submission = parseListingForm(
			form({ name: 'Valid name', __intent__: JSON.stringify({ type: 'validate', payload: { name: 'name' } }) }),
			'lab',
			{ ref: 'lab-abc', organizationRef: 'org-0001' },
		)
		expect(submission.status).not.toBe('success')
	})

	it('round-trips a record through the form defaults', () => {
		const record = recordSchemas.expert.parse({
			ref: 'exp-1',
			name: 'Dr B',
			expertise: ['Flow cytometry', 'QC'],
			languages: ['sv', 'en'],
			openTo: ['collaboration'],
		})
		const values = recordToFormValues('expert', record)
		expect(values).toMatchObject({ expertise: 'Flow cytometry\nQC', languages: 'sv, en', openTo: ['collaboration'] })
		const again = parseListingForm(form(values as Record<string, string | string[]>), 'expert', { ref: 'exp-1' })
		expect(again.status === 'success' && again.value).toEqual(record)
	})

	it('has a form control for every field of every schema', () => {
		for (const type of ['organization', 'lab', 'facility', 'expert'] as const) {
			expect(listingFields[type].map((field) => field.name).sort()).toEqual(formFieldsOf(type).sort())
		}
	})
})

describe("rendering the schemas' messages beside a field", () => {
	const badRecords = {
		organization: {
			ref: 'org-x',
			name: '',
			kind: 'shop',
			website: 'example',
			email: 'no',
			lat: 200,
			lng: 'x',
			summary: 'y'.repeat(300),
		},
		lab: {
			ref: 'lab-x',
			name: 'x'.repeat(201),
			organizationRef: '',
			techniques: ['t'.repeat(101)],
			acceptsExternalProjects: 'maybe',
		},
		facility: { ref: 'fac-x', name: 'F', areaSqm: 0, suites: 1.5, availableFrom: '2027-02-30', licences: ['nope'] },
		expert: {
			ref: 'exp-x',
			name: 'E',
			orcid: '0000-0002-1825-0098',
			languages: ['xx'],
			openTo: ['Research collaboration'],
		},
	}
	const messages = Object.entries(badRecords).flatMap(([type, record]) => {
		const parsed = recordSchemas[type as keyof typeof recordSchemas].safeParse(record)
		return parsed.success ? [] : fieldIssues(parsed.error).map((issue) => issue.message)
	})
	messages.push(message('check.orcidFormat', { value: '1234' }))
	messages.push(message('check.coordinatePair', { label: 'label.lat' }))

	it.each(messages)('has a Swedish message for: %s', (encoded) => {
		const swedish = translator('sv')
		const localized = renderMessage(swedish, encoded)
		expect(localized).not.toBe(swedish.t('check.invalid'))
		expect(localized).not.toMatch(/\{\w+\}/)
	})

	it('quotes the offending value, not the hint after it', () => {
		const english = translator('en')
		expect(renderMessage(english, message('check.language', { word: 'klingon' }))).toBe(
			'“klingon” is not a language we know.',
		)
		expect(renderMessage(translator('sv'), message('check.language', { word: 'klingon' }))).toBe(
			'”klingon” är inget språk vi känner till.',
		)
		expect(
			renderMessage(
				english,
				message('check.unknownCodeHint', { noun: 'noun.modalities', code: 'car t', hint: 'car-t' }),
			),
		).toBe('“car t” is not one of the choices.')
	})

	it('translates rule errors and falls back safely', () => {
		const english = translator('en')
		expect(renderMessage(english, 'rule:organization-not-allowed')).toBe('Choose an organisation you belong to.')
		expect(renderMessage(english, 'rule:made-up')).toBe('This value is not valid.')
		expect(renderMessage(english, 'Something new')).toBe('Something new')
		expect(renderMessage(translator('sv'), 'Something new')).toBe('Värdet är inte giltigt.')
	})
})

describe('revisionDiff', () => {
	const published = {
		ref: 'fac-1',
		name: 'Suite',
		summary: 'Old',
		cleanroomGrades: ['B', 'C'],
		qpRelease: true,
		modalities: [],
	}

	it('marks changed fields with what was added and removed', () => {
		const diff = revisionDiff('facility', published, { ...published, summary: 'New', cleanroomGrades: ['C', 'A'] })
		const byName = Object.fromEntries(diff.map((entry) => [entry.field.name, entry]))
		expect(byName.summary).toMatchObject({ changed: true, before: 'Old', after: 'New' })
		expect(byName.cleanroomGrades).toMatchObject({ changed: true, added: ['A'], removed: ['B'] })
		expect(byName.qpRelease?.changed).toBe(false)
		expect(byName.name?.changed).toBe(false)
	})

	it('treats empty, null and absent alike, and list order as meaningless', () => {
		expect(
			changedFields('facility', { ...published, description: '' }, { ...published, cleanroomGrades: ['C', 'B'] }),
		).toEqual({})
	})

	it('shows every filled field of a new listing as new', () => {
		expect(changedFields('facility', null, published)).toEqual({
			name: { from: null, to: 'Suite' },
			summary: { from: null, to: 'Old' },
			cleanroomGrades: { from: null, to: ['B', 'C'] },
			qpRelease: { from: null, to: true },
		})
	})
})
