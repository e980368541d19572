import { Link } from '@remix-run/react'
import { useId } from 'react'
import type { AnalyticsTable, Cell, ColumnFormat } from '~/domain/analytics/analytics-tables.ts'
import { useT } from '~/i18n/use-t.ts'

/** A cell as the page writes it; "—" where there is no figure. */
export function useCellFormat() {
	const { formatNumber, formatDate, intlLocale } = useT()
	const percent = new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 1 })
	return (cell: Cell, format: ColumnFormat): string => {
		if (cell === null || cell === '') return '—'
		if (typeof cell === 'string') return format === 'date' ? formatDate(cell, 'day') : cell
		if (format === 'percent') return percent.format(cell / 100)
		return formatNumber(cell)
	}
}

/**
 * The figures of a chart (or a list) as a table: what screen readers read and
 * what the CSV download holds. On a narrow screen the table scrolls inside
 * its own box, which keyboard users can focus to scroll.
 */
export function DataTable({ table, caption }: { table: AnalyticsTable; caption: string }) {
	const id = useId()
	const format = useCellFormat()
	return (
		<div
			className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
			role="region"
			aria-labelledby={id}
			tabIndex={0}
			data-table={table.id}
		>
			<table className="w-full text-left text-sm">
				<caption id={id} className="px-3 pt-3 pb-2 text-left font-semibold text-slate-900">
					{caption}
				</caption>
				<thead>
					<tr className="border-t border-slate-200 bg-slate-50 text-slate-700">
						{table.columns.map((column, index) => (
							<th
								key={column.label}
								scope="col"
								className={`px-3 py-2 font-semibold ${index > 0 && column.format !== 'text' && column.format !== 'date' ? 'text-right' : ''}`}
							>
								{column.label}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{table.rows.map((row, rowIndex) => (
						<tr key={rowIndex} className="border-t border-slate-200 align-top">
							{row.map((cell, index) => {
								const column = table.columns[index]!
								const text = format(cell, column.format)
								const link = index === 0 ? table.links?.[rowIndex] : null
								const numeric = index > 0 && column.format !== 'text' && column.format !== 'date'
								return index === 0 ? (
									<th key={index} scope="row" className="max-w-xs px-3 py-2 font-medium text-slate-900">
										{link ? (
											<Link to={link} className="link">
												{text}
											</Link>
										) : (
											text
										)}
									</th>
								) : (
									<td
										key={index}
										className={`px-3 py-2 ${numeric ? 'text-right whitespace-nowrap tabular-nums' : ''} ${column.format === 'date' ? 'whitespace-nowrap' : ''}`}
									>
										{text}
									</td>
								)
							})}
						</tr>
					))}
				</tbody>
			</table>
		</div>
	)
}
