import { useT } from '~/i18n/use-t.ts'

/** One row of the preview table: messages already rendered in the coordinator's language by the loader. */
export interface PreviewTableRow {
	key: string
	row: string
	type: string
	ref: string
	outcome: 'created' | 'updated' | 'unchanged' | 'rejected'
	problems: Array<{ field: string; reason: string }>
}

const outcomeStyle = {
	created: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
	updated: 'bg-sky-50 text-sky-800 ring-sky-600/20',
	unchanged: 'bg-slate-50 text-slate-700 ring-slate-500/20',
	rejected: 'bg-red-50 text-red-800 ring-red-600/20',
} as const

/** What the import does, record by record; a rejected record lists each field's problem. */
export function ImportPreviewTable({ caption, rows }: { caption: string; rows: readonly PreviewTableRow[] }) {
	const { t } = useT()
	const heading = 'py-2 pr-4 font-medium'
	return (
		// A wide table scrolls sideways on a phone; the region can take the focus so a keyboard can scroll it too.
		<div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
			<table className="w-full text-left text-sm">
				<caption className="sr-only">{caption}</caption>
				<thead>
					<tr className="border-b border-slate-200 text-slate-600">
						<th scope="col" className={heading}>
							{t('transfer.import.column.row')}
						</th>
						<th scope="col" className={heading}>
							{t('transfer.import.column.type')}
						</th>
						<th scope="col" className={heading}>
							{t('transfer.import.column.ref')}
						</th>
						<th scope="col" className={heading}>
							{t('transfer.import.column.outcome')}
						</th>
						<th scope="col" className={heading}>
							{t('transfer.import.column.reason')}
						</th>
					</tr>
				</thead>
				<tbody>
					{rows.map((row) => (
						<tr key={row.key} className="border-b border-slate-100 align-top">
							<td className="py-2 pr-4 tabular-nums">{row.row}</td>
							<td className="py-2 pr-4">{row.type}</td>
							<td className="py-2 pr-4 font-mono text-xs whitespace-nowrap">{row.ref}</td>
							<td className="py-2 pr-4">
								<span
									className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${outcomeStyle[row.outcome]}`}
								>
									{t(`transfer.outcome.${row.outcome}`)}
								</span>
							</td>
							<td className="py-2">
								{row.problems.length ? (
									<ul className="space-y-1">
										{row.problems.map((problem, index) => (
											<li key={index}>
												{problem.field ? <code className="mr-1 text-xs text-slate-600">{problem.field}</code> : null}
												{problem.reason}
											</li>
										))}
									</ul>
								) : null}
							</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	)
}
