import type { ReactNode } from 'react'

const headingSizes = {
	/** Named for screen readers only: what the part is shows without a heading. */
	hidden: 'sr-only',
	/** The size of the text around it (a part of a smaller-print panel). */
	inherit: 'font-semibold text-slate-900',
	base: 'text-base font-semibold text-slate-900',
	lg: 'text-lg font-semibold text-slate-900',
	xl: 'text-xl font-semibold text-slate-900',
	'2xl': 'text-2xl font-bold tracking-tight text-slate-900',
} as const

/**
 * A part of a page under its own h2. The heading also names the part
 * (aria-labelledby), so a screen reader's list of landmarks reads like the page.
 */
export function Section({
	id,
	heading,
	size = 'xl',
	as: Element = 'section',
	className,
	children,
}: {
	id: string
	heading: ReactNode
	size?: keyof typeof headingSizes
	as?: 'section' | 'nav'
	className?: string
	children: ReactNode
}) {
	return (
		<Element aria-labelledby={id} className={className}>
			<h2 id={id} className={headingSizes[size]}>
				{heading}
			</h2>
			{children}
		</Element>
	)
}

/** A section on a card: the heading, a line or two about it, then what it holds (a form, a list). */
export function CardSection({
	id,
	heading,
	description,
	bodyClassName = 'mt-5',
	children,
}: {
	id: string
	heading: ReactNode
	description?: ReactNode
	bodyClassName?: string
	children: ReactNode
}) {
	return (
		<Section id={id} heading={heading} size="lg" className="card p-5 sm:p-6">
			{description ? <div className="mt-1 text-sm leading-relaxed text-slate-600">{description}</div> : null}
			<div className={bodyClassName}>{children}</div>
		</Section>
	)
}
