import { translator } from '~/i18n/messages.ts'
import type { Locale } from '~/i18n/locale.ts'
import { renderMessage } from '../messages.ts'
import type { ImportPreview } from './import-preview.server.ts'
import { csvText } from '~/utils/csv.server.ts'

/**
 * A preview or import report as CSV in the coordinator's language: one line
 * per problem (a record with two bad fields has two), one line for a record
 * without any, so it can be filtered in a spreadsheet.
 */
export function importReportCsv(report: ImportPreview, locale: Locale): string {
	const i18n = translator(locale)
	const header = (['row', 'type', 'ref', 'outcome', 'field', 'reason'] as const).map((column) =>
		i18n.t(`transfer.import.column.${column}`),
	)
	const lines: string[][] = [header]
	for (const issue of report.fileIssues)
		lines.push(['', '', '', '', issue.field, renderMessage(i18n, issue.message, 'report')])
	for (const row of report.rows) {
		const first = [
			row.row === null ? row.position : String(row.row),
			row.type ? i18n.t(`transfer.type.${row.type}`) : '',
			row.ref ?? '',
			i18n.t(`transfer.outcome.${row.outcome}`),
		]
		if (row.issues.length === 0) lines.push([...first, '', ''])
		for (const issue of row.issues) lines.push([...first, issue.field, renderMessage(i18n, issue.message, 'report')])
	}
	return csvText(lines)
}
