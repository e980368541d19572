import { stringify } from 'csv-stringify/sync'

// Every CSV the portal writes (docs/decisions/039-csv-with-node-csv.md): a
// spreadsheet opens it as it is, so it starts with a UTF-8 byte-order mark
// (without it Excel reads Swedish letters as Windows-1252), ends lines with
// CRLF, and never lets a cell run as a formula.

type Cell = string | number | boolean | null | undefined

/** A cell that begins with = + - @ (or a tab or CR) runs as a formula in a spreadsheet: CSV injection. */
function inert(value: Cell): string {
	if (value === null || value === undefined) return ''
	const text = String(value)
	return typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/** A CSV file of a header row and the rows under it. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
	return stringify([header.map(inert), ...rows.map((row) => row.map(inert))], {
		bom: true,
		record_delimiter: 'windows',
	})
}

/** The response headers of a CSV download named `filename`, never kept by a cache (they hold names and addresses). */
export function csvDownloadHeaders(filename: string): HeadersInit {
	return {
		'Content-Type': 'text/csv; charset=utf-8',
		'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
		'Cache-Control': 'no-store',
	}
}
