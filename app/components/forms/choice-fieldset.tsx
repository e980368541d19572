import type { ReactNode } from 'react'
import { describe, HintAndMessages, RequiredMark } from './fields.tsx'
import { choiceClass, hintClass, labelClass } from './styles.ts'

export interface Choice {
	value: string
	label: ReactNode
	/** A sentence under the choice (what choosing it means). */
	hint?: ReactNode
}

const layouts = {
	/** Side by side: yes / no / not stated. */
	inline: 'mt-2 flex flex-wrap gap-x-6 gap-y-2',
	/** One under the other. */
	stack: 'mt-2 space-y-2',
	/** Two columns of short labels: a vocabulary's codes. */
	columns: 'mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-2',
	/** Bordered boxes, each with its hint: choices whose consequences need a sentence. */
	cards: 'mt-3 space-y-3',
} as const

/**
 * A group of radio buttons (one answer) or checkboxes (any number), with its
 * legend, hint and messages: plain HTML, so it works without JavaScript, and
 * every choice is visible at once.
 */
export function ChoiceFieldset({
	id,
	name,
	type,
	legend,
	hint,
	required,
	choices,
	selected,
	errors,
	errorId,
	layout = 'stack',
	className = '',
	legendClassName = labelClass,
}: {
	/** The fieldset's id: what an error summary links to; each choice's id starts with it. */
	id: string
	name: string
	type: 'radio' | 'checkbox'
	legend: ReactNode
	hint?: ReactNode
	required?: boolean
	choices: readonly Choice[]
	selected: readonly string[] | string | undefined
	errors?: readonly string[] | null
	errorId?: string
	layout?: keyof typeof layouts
	className?: string
	legendClassName?: string
}) {
	const described = describe(id, { hint, errors, errorId })
	const chosen = new Set(typeof selected === 'string' ? [selected] : (selected ?? []))
	const invalid = described.errors.length > 0
	return (
		<fieldset
			id={id}
			aria-describedby={described.aria['aria-describedby']}
			aria-invalid={described.aria['aria-invalid']}
			className={`min-w-0 ${className}`}
		>
			<legend className={legendClassName}>
				{legend}
				{required ? <RequiredMark /> : null}
			</legend>
			<HintAndMessages hint={hint} described={described} />
			<ul
				className={`${layouts[layout]} ${invalid && layout === 'columns' ? 'rounded-lg p-2 ring-1 ring-red-600' : ''}`}
			>
				{choices.map((choice) => {
					const choiceId = `${id}-${choice.value || 'none'}`
					const input = (
						<input
							id={choiceId}
							type={type}
							name={name}
							value={choice.value}
							defaultChecked={chosen.has(choice.value)}
							aria-describedby={choice.hint ? `${choiceId}-hint` : undefined}
							className={`${choiceClass} ${type === 'checkbox' ? 'rounded border-slate-400' : ''} ${layout === 'cards' ? 'mt-1' : 'mt-0.5'}`}
						/>
					)
					if (layout === 'cards')
						return (
							<li key={choice.value} className="flex items-start gap-3 rounded-lg border border-slate-200 p-3">
								{input}
								<div>
									<label htmlFor={choiceId} className="font-semibold text-slate-900">
										{choice.label}
									</label>
									{choice.hint ? (
										<p id={`${choiceId}-hint`} className={hintClass}>
											{choice.hint}
										</p>
									) : null}
								</div>
							</li>
						)
					return (
						<li key={choice.value}>
							<label
								htmlFor={choiceId}
								className="flex cursor-pointer items-start gap-2.5 rounded-md py-1.5 pr-2 text-slate-800 hover:bg-slate-50"
							>
								{input}
								<span>{choice.label}</span>
							</label>
						</li>
					)
				})}
			</ul>
		</fieldset>
	)
}
