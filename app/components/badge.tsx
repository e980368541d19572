import type { ReactNode } from 'react'

// The tones a status can take, so the same state looks the same on every page.
const badgeTones = {
	amber: 'bg-amber-50 text-amber-900 ring-amber-300',
	sky: 'bg-sky-50 text-sky-900 ring-sky-200',
	emerald: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
	slate: 'bg-slate-100 text-slate-700 ring-slate-300',
	indigo: 'bg-indigo-50 text-indigo-900 ring-indigo-200',
	violet: 'bg-violet-50 text-violet-900 ring-violet-200',
	brand: 'bg-brand-50 text-brand-800 ring-brand-200',
	red: 'bg-red-50 text-red-800 ring-red-200',
	plain: 'bg-white text-slate-700 ring-slate-300',
	/** The end a route works towards. */
	solid: 'bg-emerald-700 text-white ring-emerald-800',
} as const

export type BadgeTone = keyof typeof badgeTones

/** A short state beside a name: a status, a flag, a score. */
export function Badge({
	tone,
	className = '',
	children,
}: {
	tone: BadgeTone
	className?: string
	children: ReactNode
}) {
	return (
		<span
			className={`inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${badgeTones[tone]} ${className}`}
		>
			{children}
		</span>
	)
}
