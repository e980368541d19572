import type { ReactNode } from 'react'

/** A part of the triage page under its own h2; `action` sits beside the heading (a small button). */
export function TriageSection({
	id,
	heading,
	action,
	children,
}: {
	id: string
	heading: string
	action?: ReactNode
	children: ReactNode
}) {
	return (
		<section aria-labelledby={`${id}-heading`} className="space-y-4">
			<div className="flex flex-wrap items-center justify-between gap-3">
				<h2 id={`${id}-heading`} className="text-xl font-semibold text-slate-900">
					{heading}
				</h2>
				{action}
			</div>
			{children}
		</section>
	)
}
