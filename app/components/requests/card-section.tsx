import type { ReactNode } from 'react'

/** A card of a request's page under its own heading, which names the section for assistive technology. */
export function CardSection({
	id,
	heading,
	spacing,
	children,
}: {
	id: string
	heading: ReactNode
	/** The space between the card's blocks. */
	spacing: 'space-y-2' | 'space-y-3' | 'space-y-4' | 'space-y-5'
	children: ReactNode
}) {
	return (
		<section aria-labelledby={id} className={`card ${spacing} p-5 sm:p-6`}>
			<h2 id={id} className="text-xl font-semibold text-slate-900">
				{heading}
			</h2>
			{children}
		</section>
	)
}
