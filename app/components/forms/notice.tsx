import type { ReactNode } from 'react'
import { SolidIcon } from '../icon.tsx'

const tones = {
	success: { box: 'border-emerald-200 bg-emerald-50 text-emerald-900', icon: 'text-emerald-700' },
	info: { box: 'border-brand-200 bg-brand-50 text-brand-900', icon: 'text-brand-700' },
	warning: { box: 'border-amber-300 bg-amber-50 text-amber-950', icon: 'text-amber-700' },
	error: { box: 'border-red-300 bg-red-50 text-red-900', icon: 'text-red-700' },
} as const

export type NoticeTone = keyof typeof tones

/** A tone's icon; a field's messages wear the error one. */
export const noticeIcons = {
	success:
		'M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.86-9.8a.75.75 0 0 0-1.22-.88l-3.24 4.5-1.6-1.6a.75.75 0 1 0-1.06 1.06l2.25 2.25a.75.75 0 0 0 1.14-.1l3.73-5.22Z',
	info: 'M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-7-4a1 1 0 1 1-2 0 1 1 0 0 1 2 0ZM9 9a.75.75 0 0 0 0 1.5h.25v3.25a.75.75 0 0 0 1.5 0V9.75A.75.75 0 0 0 10 9H9Z',
	warning:
		'M8.49 2.9c.66-1.2 2.36-1.2 3.02 0l6.28 11.36c.64 1.16-.2 2.59-1.51 2.59H3.72c-1.31 0-2.15-1.43-1.51-2.59L8.49 2.9ZM10 6a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 10 6Zm0 8a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z',
	error:
		'M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z',
} as const

/**
 * The role a notice's tone gives it: an error is announced at once, a
 * success politely; information and warnings are read with the page.
 */
export function noticeRole(tone: NoticeTone): 'alert' | 'status' | undefined {
	return tone === 'error' ? 'alert' : tone === 'success' ? 'status' : undefined
}

/** A message about the page or a form as a whole: saved, sent, refused, worth knowing. */
export function Notice({
	tone = 'info',
	title,
	children,
	id,
	className = '',
}: {
	tone?: NoticeTone
	title?: ReactNode
	children?: ReactNode
	id?: string
	className?: string
}) {
	return (
		<div
			id={id}
			role={noticeRole(tone)}
			className={`flex gap-3 rounded-xl border px-4 py-3 ${tones[tone].box} ${className}`}
		>
			<SolidIcon path={noticeIcons[tone]} className={`mt-0.5 size-5 shrink-0 ${tones[tone].icon}`} />
			<div className="min-w-0 leading-relaxed">
				{title ? <p className="font-semibold">{title}</p> : null}
				{children ? <div className={title ? 'mt-1' : undefined}>{children}</div> : null}
			</div>
		</div>
	)
}
