import type { ReactNode } from 'react'
import { useT } from '~/i18n/use-t.ts'

// The look of form controls, shared by the listing form and the coordinator
// forms. Invalid controls are marked by aria-invalid, so the red border and
// what a screen reader announces can never disagree.

export const inputClass =
	'block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-600 aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600'

export const labelClass = 'block font-semibold text-slate-900'

export const hintClass = 'mt-1 text-sm text-slate-600'

export const buttonSecondaryClass =
	'inline-flex items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2.5 font-semibold text-slate-800 shadow-sm hover:border-brand-500 hover:text-brand-800'

export const buttonDangerClass =
	'inline-flex items-center justify-center gap-2 rounded-lg bg-red-700 px-4 py-2.5 font-semibold text-white shadow-sm hover:bg-red-800'

export const buttonSmallClass =
	'inline-flex items-center justify-center gap-1.5 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:border-brand-500 hover:text-brand-800'

/** Messages under a control; the control names this list in aria-describedby. */
export function FieldMessages({ id, messages }: { id: string; messages: readonly string[] }) {
	if (messages.length === 0) return null
	return (
		<ul id={id} className="mt-1.5 space-y-1 text-sm font-medium text-red-700">
			{messages.map((message) => (
				<li key={message} className="flex gap-1.5">
					<svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0" fill="currentColor">
						<path
							fillRule="evenodd"
							d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
							clipRule="evenodd"
						/>
					</svg>
					<span>{message}</span>
				</li>
			))}
		</ul>
	)
}

/** "required" beside a label: the asterisk alone says nothing to a screen reader. */
export function RequiredMark() {
	const { t } = useT()
	return <span className="ml-1.5 text-sm font-normal text-slate-600">({t('form.required')})</span>
}

const noticeTones = {
	success: 'border-emerald-200 bg-emerald-50 text-emerald-900',
	info: 'border-brand-200 bg-brand-50 text-brand-900',
	warning: 'border-amber-300 bg-amber-50 text-amber-950',
	error: 'border-red-300 bg-red-50 text-red-900',
} as const

/** A message about the page as a whole (saved, sent back, not allowed). */
export function Notice({
	tone,
	children,
	role,
}: {
	tone: keyof typeof noticeTones
	children: ReactNode
	role?: 'status' | 'alert'
}) {
	return (
		<div role={role} className={`rounded-xl border px-4 py-3 ${noticeTones[tone]}`}>
			{children}
		</div>
	)
}

export interface SummaryError {
	/** id of the control to jump to */
	fieldId: string
	label: string
	message: string
}

/**
 * The problems of a failed submit, at the top of the form, each linking to
 * its field. Rendered by the server too, so it works without JavaScript.
 */
export function ErrorSummary({ id, errors }: { id: string; errors: readonly SummaryError[] }) {
	const { tCount, t } = useT()
	if (errors.length === 0) return null
	return (
		<div
			id={id}
			role="alert"
			aria-labelledby={`${id}-heading`}
			tabIndex={-1}
			className="rounded-xl border-2 border-red-600 bg-red-50 px-5 py-4 text-red-950"
		>
			<h2 id={`${id}-heading`} className="text-lg font-semibold">
				{tCount('form.errorSummary.title', errors.length)}
			</h2>
			<p className="mt-1 text-sm">{t('form.errorSummary.intro')}</p>
			<ul className="mt-3 list-disc space-y-1 pl-5">
				{errors.map((error) => (
					<li key={`${error.fieldId}:${error.message}`}>
						<a href={`#${error.fieldId}`} className="font-medium underline decoration-red-400 hover:decoration-red-800">
							{error.label}: {error.message}
						</a>
					</li>
				))}
			</ul>
		</div>
	)
}
