import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'

/** A link on a line of its own: the way on from a page (`button`) or an errand beside it. */
export function LinkLine({
	to,
	button = false,
	className,
	children,
}: {
	to: string
	button?: boolean
	className?: string
	children: ReactNode
}) {
	return (
		<p className={className}>
			<Link to={to} className={button ? 'button-primary' : 'link'}>
				{children}
			</Link>
		</p>
	)
}
