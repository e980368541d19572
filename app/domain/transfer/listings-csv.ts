// Listings as CSV, the way a coordinator's spreadsheet holds them: one file
// per listing type, or one combined file with a `type` column. A row becomes
// the same interchange record a JSON file holds, and the one record schema
// (listings/interchange.ts) checks it: this file only turns cells into the
// record's values (lists, yes/no, numbers, labels to codes) and never judges
// them. A value it cannot read is passed on as typed, so the schema's message
// names it. CSV itself is read and written by node-csv (decision 039).
import { parse } from 'csv-parse/sync'
import { csvText, readCell } from '~/utils/csv.server.ts'
import { message, type FieldIssue } from '../messages.ts'
import {
	emptyInterchangeFile,
	listingTypes,
	sectionOf,
	type InterchangeFile,
	type ListingType,
} from '../listings/interchange.ts'
import { taxonomy, type VocabularyName } from '../../taxonomy/taxonomy.ts'
import { columnKind, columnsOf, combinedColumns, TYPE_COLUMN, vocabularyOfColumn } from './listing-columns.ts'

const BOM = '\uFEFF'

/** What separates the entries of a list cell: `;`, and `|` as the format's first description wrote it. */
const LIST_SEPARATOR = /[;|]/

// ───────────────────────── writing ─────────────────────────

function cellOf(value: unknown): string {
	if (value === undefined || value === null) return ''
	if (typeof value === 'boolean') return value ? 'yes' : 'no'
	if (typeof value === 'number') return String(value)
	if (typeof value === 'string') return value
	if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) return value.join('; ')
	// A structured value (a list of objects) keeps its JSON form in one cell.
	return JSON.stringify(value)
}

/** The listings of an interchange file as CSV: of one type, or all of them with a `type` column. */
export function listingsToCsv(file: InterchangeFile, type: ListingType | 'all'): string {
	const types = type === 'all' ? listingTypes : [type]
	const columns = type === 'all' ? combinedColumns() : columnsOf(type)
	const rows: string[][] = [columns]
	for (const listingType of types)
		for (const record of file[sectionOf[listingType]] as ReadonlyArray<Record<string, unknown>>)
			rows.push(columns.map((column) => (column === TYPE_COLUMN ? listingType : cellOf(record[column]))))
	return csvText(rows)
}

// ───────────────────────── reading ─────────────────────────

/** Lower case without accents or repeated spaces: how a label typed in a spreadsheet is compared. */
export function comparable(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim()
}

const labelIndexes = new Map<VocabularyName, Map<string, string>>()

/** The code a label, synonym or code of the taxonomy names, in English or Swedish. */
export function codeForLabel(vocabulary: VocabularyName, typed: string): string | undefined {
	let index = labelIndexes.get(vocabulary)
	if (!index) {
		index = new Map()
		for (const term of taxonomy[vocabulary])
			for (const word of [term.code, term.en, term.sv, ...(term.synonyms ?? [])]) {
				const key = comparable(word)
				if (!index.has(key)) index.set(key, term.code)
			}
		labelIndexes.set(vocabulary, index)
	}
	return index.get(comparable(typed))
}

const yesNo = new Map<string, boolean>(
	Object.entries({ yes: true, ja: true, true: true, sant: true, no: false, nej: false, false: false, falskt: false }),
)

function numberOf(cell: string): number | string {
	// Swedish spreadsheets write 59,2199 and 1 200.
	const compact = cell.replace(/[\s\u00A0]/g, '')
	const decimal = /^-?\d+,\d+$/.test(compact) ? compact.replace(',', '.') : compact
	return /^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(decimal) ? Number(decimal) : cell
}

/** A cell as the record's value; anything unreadable is passed on as typed for the schema to name. */
function valueOf(type: ListingType, column: string, cell: string): unknown {
	const vocabulary = vocabularyOfColumn[column]
	switch (columnKind(type, column)) {
		case 'list': {
			if (/^\s*\[/.test(cell)) {
				try {
					return JSON.parse(cell) as unknown
				} catch {
					// Not JSON after all: read it as entries.
				}
			}
			const entries = cell
				.split(LIST_SEPARATOR)
				.map((entry) => entry.trim())
				.filter(Boolean)
			return vocabulary ? entries.map((entry) => codeForLabel(vocabulary, entry) ?? entry) : entries
		}
		case 'yesNo':
			return yesNo.get(comparable(cell)) ?? cell
		case 'number':
			return numberOf(cell)
		default:
			return vocabulary ? (codeForLabel(vocabulary, cell) ?? cell) : cell
	}
}

function typeOfCell(cell: string): ListingType | undefined {
	const typed = comparable(cell)
	return (
		listingTypes.find((type) => type === typed || sectionOf[type] === typed) ??
		(codeForLabel('listingTypes', cell) as ListingType | undefined)
	)
}

/** A row that could not become a record (a ragged row, no type): its spreadsheet row number and why. */
export interface RowIssue {
	row: number
	issues: FieldIssue[]
}

export interface CsvReading {
	/** Problems that stop the whole file (no header, an unknown column). */
	fileIssues: FieldIssue[]
	/** The rows as an interchange file, for the importer's one schema. */
	file: InterchangeFile | null
	/** The spreadsheet row of each record: rowOf[section][index]. */
	rowOf: Record<string, number[]>
	rowIssues: RowIssue[]
	type: ListingType | 'all' | null
}

/** `;` when the header row has more of them than commas (Swedish Excel), else `,`. */
export function detectDelimiter(headerLine: string): ',' | ';' {
	const count = (character: string) => headerLine.split(character).length - 1
	return count(';') > count(',') ? ';' : ','
}

/** The listing type whose columns hold every column of the header, if exactly one does. */
function typeOfHeader(header: readonly string[]): ListingType | 'ambiguous' | undefined {
	const fitting = listingTypes.filter((type) => {
		const columns = new Set(columnsOf(type))
		return header.every((column) => columns.has(column))
	})
	if (fitting.length === 1) return fitting[0]
	return fitting.length > 1 ? 'ambiguous' : undefined
}

/**
 * Reads a CSV of listings. `type` says what a file without a `type` column
 * holds; when it is not given, the header's columns tell (an exported file or
 * a template always does).
 */
export function readListingsCsv(text: string, options: { type?: ListingType } = {}): CsvReading {
	const rowOf: Record<string, number[]> = Object.fromEntries(listingTypes.map((type) => [sectionOf[type], []]))
	const failed = (issue: FieldIssue): CsvReading => ({
		fileIssues: [issue],
		file: null,
		rowOf,
		rowIssues: [],
		type: null,
	})
	let body = text.startsWith(BOM) ? text.slice(1) : text
	// Excel's own hint line ("sep=;") names the delimiter and is not a row.
	const hint = /^sep=(.)\r?\n/.exec(body)
	if (hint) body = body.slice(hint[0].length)
	const headerLine = body.slice(0, body.search(/\r?\n|$/))
	const delimiter = hint?.[1] === ';' || hint?.[1] === ',' ? hint[1] : detectDelimiter(headerLine)
	let rows: string[][]
	try {
		rows = (parse(body, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][]).map(
			(row) => row.map(readCell),
		)
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error)
		return failed({ field: '', message: message('transfer.check.unreadable', { reason }) })
	}
	const [headerRow, ...dataRows] = rows
	const header = (headerRow ?? []).map((column) => column.trim())
	if (header.length === 0 || header.every((column) => column === ''))
		return failed({ field: '', message: message('transfer.check.noHeader') })

	const hasTypeColumn = header.includes(TYPE_COLUMN)
	const known = new Set(combinedColumns())
	const unknown = header.filter((column) => !known.has(column))
	if (unknown.length)
		return failed({ field: '', message: message('transfer.check.unknownColumns', { columns: unknown.join(', ') }) })
	const repeated = header.filter((column, index) => header.indexOf(column) !== index)
	if (repeated.length)
		return failed({ field: '', message: message('transfer.check.repeatedColumns', { columns: repeated.join(', ') }) })
	let fileType: ListingType | undefined = options.type
	if (!hasTypeColumn && !fileType) {
		const fromHeader = typeOfHeader(header)
		if (fromHeader === undefined || fromHeader === 'ambiguous')
			return failed({ field: '', message: message('transfer.check.whichType') })
		fileType = fromHeader
	}

	const file = emptyInterchangeFile()
	const rowIssues: RowIssue[] = []
	dataRows.forEach((cells, index) => {
		// The header is the spreadsheet's row 1.
		const row = index + 2
		if (cells.every((cell) => cell.trim() === '')) return
		if (cells.length !== header.length) {
			rowIssues.push({
				row,
				issues: [
					{ field: '', message: message('transfer.check.ragged', { expected: header.length, found: cells.length }) },
				],
			})
			return
		}
		let type = fileType
		if (hasTypeColumn) {
			const typeCell = cells[header.indexOf(TYPE_COLUMN)]!.trim()
			const ofRow = typeCell === '' ? fileType : typeOfCell(typeCell)
			if (!ofRow) {
				rowIssues.push({
					row,
					issues: [
						{
							field: TYPE_COLUMN,
							message: message('transfer.check.type', { value: typeCell, known: listingTypes.join(', ') }),
						},
					],
				})
				return
			}
			type = ofRow
		}
		const record: Record<string, unknown> = {}
		header.forEach((column, position) => {
			const cell = cells[position]!
			if (column === TYPE_COLUMN || cell.trim() === '') return
			// A cell of another type's column is left in, for the schema to call it an unknown field.
			record[column] = columnKind(type!, column) ? valueOf(type!, column, cell) : cell
		})
		const section = sectionOf[type!]
		;(file[section] as unknown[]).push(record)
		rowOf[section]!.push(row)
	})
	return { fileIssues: [], file, rowOf, rowIssues, type: hasTypeColumn ? 'all' : fileType! }
}

// ───────────────────────── templates ─────────────────────────

/** A template: the header row and one example row (from the format's documented example). */
export function templateCsv(type: ListingType | 'all', examples: Record<ListingType, Record<string, unknown>>): string {
	const file = emptyInterchangeFile()
	for (const listingType of type === 'all' ? listingTypes : [type])
		(file[sectionOf[listingType]] as unknown[]).push(examples[listingType])
	return listingsToCsv(file, type)
}
