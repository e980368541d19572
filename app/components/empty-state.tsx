import type { ReactNode } from 'react'

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
	return (
		<div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
			<svg
				aria-hidden="true"
				viewBox="0 0 24 24"
				className="mx-auto size-10 text-slate-400"
				fill="none"
				stroke="currentColor"
				strokeWidth="1.5"
			>
				<path
					strokeLinecap="round"
					strokeLinejoin="round"
					d="M3.75 9.75h16.5M3.75 9.75 5.6 4.9a1.5 1.5 0 0 1 1.4-.9h10a1.5 1.5 0 0 1 1.4.9l1.85 4.85v8.75a1.5 1.5 0 0 1-1.5 1.5H5.25a1.5 1.5 0 0 1-1.5-1.5V9.75Z"
				/>
			</svg>
			<p className="mt-4 text-lg font-semibold text-slate-900">{title}</p>
			{children ? <div className="mx-auto mt-2 max-w-prose text-slate-600">{children}</div> : null}
		</div>
	)
}
