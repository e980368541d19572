import { Form, Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import { buttonClass } from '~/components/forms/styles.ts'

/**
 * The filters above a back-office list: a GET form, so a filtered list has an
 * address of its own to share or reload. `columns` lays the fields out on
 * wider screens; `clear` leads back to the whole list while a filter is set.
 */
export function FilterForm({
	columns,
	submitLabel,
	clear,
	children,
}: {
	columns: string
	submitLabel: string
	clear?: { to: string; label: string } | null
	children: ReactNode
}) {
	return (
		<Form method="get" className={`card grid gap-4 p-5 sm:items-end ${columns}`}>
			{children}
			<div className="flex flex-wrap items-center gap-3">
				<button type="submit" className={buttonClass('secondary')}>
					{submitLabel}
				</button>
				{clear ? (
					<Link to={clear.to} className="link text-sm">
						{clear.label}
					</Link>
				) : null}
			</div>
		</Form>
	)
}
