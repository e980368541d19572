// A funnel table as a file, through the portal's one CSV writer (decision
// 039: byte-order mark, CRLF, no formula cells: request titles and
// organisation names are typed by members). Apart from analytics-tables.ts,
// which the page also renders in the browser: the writer is for the server only.
import { toCsv } from '~/utils/csv.server.ts'
import type { AnalyticsTable } from './analytics-tables.ts'

/** The table as a spreadsheet opens it: the column labels as the header row, numbers as numbers, an empty cell where there is no figure. */
export function tableCsv(table: AnalyticsTable): string {
	return toCsv(
		table.columns.map((column) => column.label),
		table.rows,
	)
}
