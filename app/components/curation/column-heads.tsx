import type { ReactNode } from 'react'

export interface Column {
	label: ReactNode
	/** What this column needs besides the others: hidden on narrow screens, no wrapping, a width. */
	className?: string
}

/**
 * The header row of the back office's tables: each column named by a
 * `th scope="col"`, so a screen reader announces it with every cell below.
 */
export function ColumnHeads({
	columns,
	className = 'border-b border-slate-200 bg-slate-50 text-slate-700',
	cellClassName = 'px-4 py-3',
}: {
	columns: readonly Column[]
	className?: string
	/** The padding every cell shares. */
	cellClassName?: string
}) {
	return (
		<thead className={className}>
			<tr>
				{columns.map((column, index) => (
					<th
						// The columns never move, so their place is their identity.
						key={index}
						scope="col"
						className={[cellClassName, 'font-semibold', column.className].filter(Boolean).join(' ')}
					>
						{column.label}
					</th>
				))}
			</tr>
		</thead>
	)
}
