// A funnel table as a file (decision 039). Apart from analytics-tables.ts,
// which the page also renders in the browser: csv-stringify is for the server only.
import { toCsv } from '~/utils/csv.server.ts'
import type { AnalyticsTable } from './analytics-tables.ts'

/**
 * The table as a spreadsheet opens it (decision 039): csv-stringify, a UTF-8
 * byte-order mark, the column labels as the header row; numbers as numbers,
 * an empty cell where there is no figure.
 */
export function tableCsv(table: AnalyticsTable): string {
	return toCsv(
		table.columns.map((column) => column.label),
		table.rows,
	)
}
