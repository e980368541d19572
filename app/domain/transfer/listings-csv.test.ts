import { describe, expect, it } from 'vitest'
import { translator } from '~/i18n/messages.ts'
import { renderMessage } from '../messages.ts'
import { validateInterchangeRecords, type InterchangeFile } from '../listings/interchange.ts'
import { exampleFile } from '../listings/interchange.fixtures.ts'
import { codeForLabel, listingsToCsv, readListingsCsv } from './listings-csv.ts'
import { columnsOf, combinedColumns } from './listing-columns.ts'

const file = exampleFile as unknown as InterchangeFile

function rowsOf(csv: string) {
	return csv.replace(/^\uFEFF/, '').split('\r\n')
}

describe('listings as CSV', () => {
	it('writes a UTF-8 BOM, CRLF rows, the interchange field names as header and lists joined by "; "', () => {
		const csv = listingsToCsv(file, 'facility')
		expect(csv.startsWith('\uFEFF')).toBe(true)
		const [header, row] = rowsOf(csv)
		expect(header).toBe(columnsOf('facility').join(','))
		expect(row).toContain('A; B; C; D')
		expect(row).toContain(',yes,')
	})

	it('reads back exactly the records it wrote, per type and combined', () => {
		for (const type of ['organization', 'lab', 'facility', 'expert', 'all'] as const) {
			const reading = readListingsCsv(listingsToCsv(file, type))
			expect(reading.fileIssues).toEqual([])
			expect(reading.rowIssues).toEqual([])
			const validated = validateInterchangeRecords(reading.file)
			expect(validated.records.every((record) => record.ok)).toBe(true)
			const original = validateInterchangeRecords(file).records.filter(
				(record) => type === 'all' || record.type === type,
			)
			expect(validated.records.map((r) => r.ok && r.record)).toEqual(original.map((r) => r.ok && r.record))
		}
		expect(readListingsCsv(listingsToCsv(file, 'all')).type).toBe('all')
		expect(combinedColumns()[0]).toBe('type')
	})

	it('reads a file saved by Swedish Excel: ";" as delimiter, CRLF, BOM, ja/nej and decimal commas', () => {
		const csv =
			'\uFEFFref;organizationRef;name;cleanroomGrades;qpRelease;areaSqm;modalities\r\n' +
			'fac-1;org-0042;"Svit; två";A;ja;"420,5";"CAR-T-celler; aav-genterapi"\r\n'
		const reading = readListingsCsv(csv)
		expect(reading.fileIssues).toEqual([])
		expect(reading.file?.facilities).toEqual([
			{
				ref: 'fac-1',
				organizationRef: 'org-0042',
				name: 'Svit; två',
				cleanroomGrades: ['A'],
				qpRelease: true,
				areaSqm: 420.5,
				modalities: ['car-t', 'aav'],
			},
		])
		expect(reading.rowOf.facilities).toEqual([2])
	})

	it('maps labels in either language to codes, ignoring case and accents', () => {
		expect(codeForLabel('modalities', 'lentiviral vectors')).toBeDefined()
		expect(codeForLabel('services', 'GMP-TILLVERKNING')).toBe('gmp-manufacturing')
		expect(codeForLabel('phases', 'PREKLINISK')).toBe(codeForLabel('phases', 'preclinical'))
		expect(codeForLabel('organizationKinds', 'foretag')).toBe('company')
	})

	it('reports a ragged row, a bad type and leaves bad values to the schema, with spreadsheet row numbers', () => {
		const csv = [
			'type,ref,name,kind,organizationRef,availableFrom',
			'organization,org-1,Alpha AB,company,,',
			'lab,lab-1,Lab One,,org-1',
			'spaceship,sp-1,Ship,,,',
			'facility,fac-1,,,org-1,2027-02-30',
		].join('\r\n')
		const reading = readListingsCsv(csv)
		expect(reading.rowIssues.map((issue) => issue.row)).toEqual([3, 4])
		const english = translator('en')
		expect(renderMessage(english, reading.rowIssues[0]!.issues[0]!.message)).toBe(
			'This row has 5 cells where the header has 6.',
		)
		expect(reading.rowIssues[1]!.issues[0]!.field).toBe('type')
		const validated = validateInterchangeRecords(reading.file)
		const facility = validated.records.find((record) => record.type === 'facility')!
		expect(facility.ok).toBe(false)
		expect(reading.rowOf.facilities).toEqual([5])
		expect(!facility.ok && facility.issues.map((issue) => issue.field).sort()).toEqual(['availableFrom', 'name'])
	})

	it('refuses a file whose columns it does not know, or whose type it cannot tell', () => {
		const unknown = readListingsCsv('ref,name,colour\r\nx,y,z\r\n')
		expect(unknown.file).toBeNull()
		expect(unknown.fileIssues[0]!.message).toContain('transfer.check.unknownColumns')
		expect(readListingsCsv('ref,name\r\nx,y\r\n').fileIssues[0]!.message).toBe('transfer.check.whichType')
		expect(readListingsCsv('ref,name\r\nx,y\r\n', { type: 'lab' }).file?.labs).toEqual([{ ref: 'x', name: 'y' }])
	})
})

describe('templates', () => {
	it('each template is a header row and one example row that the import accepts', async () => {
		const { templateExamples } = await import('./template-examples.ts')
		const { templateCsv } = await import('./listings-csv.ts')
		for (const type of ['organization', 'lab', 'facility', 'expert', 'all'] as const) {
			const csv = templateCsv(type, templateExamples)
			const reading = readListingsCsv(csv)
			const validated = validateInterchangeRecords(reading.file)
			expect(validated.records.length).toBe(type === 'all' ? 4 : 1)
			expect(validated.records.filter((record) => !record.ok)).toEqual([])
		}
	})
})

describe('hostile CSV', () => {
	it('never throws: any text is a file problem, rejected rows, or records for the schema', async () => {
		const fc = (await import('fast-check')).default
		const header = fc.constantFrom('ref,name,kind', 'type;ref;name;modalities', 'sep=;\r\nref;name', '', '"', 'ref,ref')
		const cell = fc.oneof(
			fc.string(),
			fc.constantFrom('"', '""', '"a""b', '\r\n', ';', ',', '\u0000', '\uFEFF', 'ja', '1,5', '[{"x":1}]', '[oops'),
		)
		const row = fc
			.tuple(fc.array(cell, { maxLength: 6 }), fc.constantFrom(',', ';'))
			.map(([cells, delimiter]) => cells.join(delimiter))
		fc.assert(
			fc.property(header, fc.array(row, { maxLength: 5 }), (head, rows) => {
				const reading = readListingsCsv([head, ...rows].join('\r\n'))
				if (reading.file) validateInterchangeRecords(reading.file)
				expect(reading.fileIssues.length > 0 || reading.file !== null).toBe(true)
			}),
			{ numRuns: 300 },
		)
	})
})
