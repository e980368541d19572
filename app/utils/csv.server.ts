import { stringify } from 'csv-stringify/sync'

// Every CSV the portal writes (docs/decisions/039-csv-with-node-csv.md): a
// spreadsheet opens it as it is, so it starts with a UTF-8 byte-order mark
// (without it Excel reads Swedish letters as Windows-1252), ends lines with
// CRLF, and never lets a cell run as a formula.

/** A cell: text, a number, or nothing (null and undefined are empty); anything else is written as String() gives it. */
type Cell = unknown

const formulaStart = /^[=+\-@\t\r]/
const plainNumber = /^[+-]?\d+(?:[.,]\d+)?$/

/**
 * A cell that begins with = + - @ (or a tab or CR) runs as a formula in a
 * spreadsheet (CSV injection): it is written with a leading apostrophe, which
 * `readCell` takes off again. A plain number such as -18.5 is no formula.
 */
function inert(value: Cell): string {
	if (value === null || value === undefined) return ''
	const text = String(value)
	return formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text
}

/** A cell as the portal wrote it, or as a person typed it: the apostrophe that kept a formula inert is not data. */
export function readCell(cell: string): string {
	return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell
}

/** A CSV file of rows, the first being the header row. */
export function csvText(rows: ReadonlyArray<readonly Cell[]>): string {
	return stringify(
		rows.map((row) => row.map(inert)),
		{ bom: true, record_delimiter: 'windows' },
	)
}

/** A CSV file of a header row and the rows under it. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
	return csvText([header, ...rows])
}

/** The response headers of a CSV download named `filename`, never kept by a cache (they hold names and addresses). */
export function csvDownloadHeaders(filename: string): HeadersInit {
	return {
		'Content-Type': 'text/csv; charset=utf-8',
		'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
		'Cache-Control': 'no-store',
	}
}
