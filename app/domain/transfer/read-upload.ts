// An uploaded file as the importer's input: a JSON interchange file as it
// is, a CSV through listings-csv.ts. Both end as the same interchange object,
// checked by the same schema; the CSV's spreadsheet rows are remembered so
// that the preview can say "row 7" where a JSON report says "labs[3]".
import { message, type FieldIssue } from '../messages.ts'
import type { ListingType } from '../listings/interchange.ts'
import { readListingsCsv, type RowIssue } from './listings-csv.ts'

export const uploadFormats = ['csv', 'json'] as const
export type UploadFormat = (typeof uploadFormats)[number]

/** By the file's extension; without one, a file that opens with `{` is JSON. */
export function formatOf(fileName: string, content: string): UploadFormat {
	const extension = /\.([a-z]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase()
	if (extension === 'json') return 'json'
	if (extension === 'csv' || extension === 'txt' || extension === 'tsv') return 'csv'
	return /^\uFEFF?\s*[{[]/.test(content) ? 'json' : 'csv'
}

export interface UploadReading {
	fileIssues: FieldIssue[]
	input: unknown
	/** Spreadsheet row of each record of a CSV: rowOf[section][index]. */
	rowOf: Record<string, number[]> | null
	rowIssues: RowIssue[]
}

export function readUpload(content: string, format: UploadFormat, options: { type?: ListingType } = {}): UploadReading {
	if (format === 'csv') {
		const reading = readListingsCsv(content, options)
		return { fileIssues: reading.fileIssues, input: reading.file, rowOf: reading.rowOf, rowIssues: reading.rowIssues }
	}
	try {
		const input = JSON.parse(content.replace(/^\uFEFF/, '')) as unknown
		return { fileIssues: [], input, rowOf: null, rowIssues: [] }
	} catch (error) {
		const reason = error instanceof Error ? error.message.slice(0, 200) : String(error)
		return {
			fileIssues: [{ field: '', message: message('transfer.check.json', { reason }) }],
			input: null,
			rowOf: null,
			rowIssues: [],
		}
	}
}
