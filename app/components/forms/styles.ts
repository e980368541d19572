// The look of every form control, in one place. Invalid controls are marked
// by aria-invalid, so the red border and what a screen reader announces can
// never disagree.

export const inputClass =
	'block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 focus:border-brand-600 aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600'

export const labelClass = 'block font-semibold text-slate-900'

export const hintClass = 'mt-1 text-sm text-slate-600'

export const choiceClass = 'size-5 shrink-0 accent-brand-700'

const buttonTones = {
	primary: 'bg-brand-700 text-white hover:bg-brand-800 shadow-sm',
	secondary: 'border border-slate-300 bg-white text-slate-800 hover:border-brand-500 hover:text-brand-800 shadow-sm',
	danger: 'bg-red-700 text-white hover:bg-red-800 shadow-sm',
	/** A way towards something destructive, not the destructive act itself. */
	dangerQuiet: 'border border-red-200 bg-white text-red-700 hover:bg-red-50 shadow-sm',
} as const

const buttonSizes = {
	md: 'min-h-11 gap-2 px-4 py-2',
	/** Beside a row of a list: edit, revoke, remove. */
	sm: 'gap-1.5 px-3 py-1.5 text-sm',
} as const

export type ButtonTone = keyof typeof buttonTones

export function buttonClass(tone: ButtonTone = 'primary', size: keyof typeof buttonSizes = 'md') {
	return `inline-flex items-center justify-center rounded-lg font-semibold disabled:cursor-wait disabled:opacity-70 ${buttonSizes[size]} ${buttonTones[tone]}`
}
