import { taxonomy, type VocabularyName } from '~/domain/taxonomy/taxonomy.ts'
import { useT } from '~/i18n/use-t.ts'
import { FieldMessages, hintClass } from '../form-controls.tsx'

interface TaxonomyPickerProps {
	id: string
	name: string
	legend: string
	hint?: string
	vocabulary: VocabularyName
	selected: readonly string[]
	errors: readonly string[]
	errorId: string
}

/**
 * Codes of one vocabulary as a group of checkboxes, labelled in the reader's
 * language: plain HTML, so it works without JavaScript, and every choice is
 * visible at once (these lists are short).
 */
export function TaxonomyPicker({ id, name, legend, hint, vocabulary, selected, errors, errorId }: TaxonomyPickerProps) {
	const { locale } = useT()
	const hintId = `${id}-hint`
	const describedBy = [hint ? hintId : null, errors.length ? errorId : null].filter(Boolean).join(' ') || undefined
	return (
		<fieldset
			id={id}
			aria-describedby={describedBy}
			aria-invalid={errors.length ? true : undefined}
			className="min-w-0"
		>
			<legend className="font-semibold text-slate-900">{legend}</legend>
			{hint ? (
				<p id={hintId} className={hintClass}>
					{hint}
				</p>
			) : null}
			<FieldMessages id={errorId} messages={errors} />
			<ul
				className={`mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-2 ${errors.length ? 'rounded-lg ring-1 ring-red-600 p-2' : ''}`}
			>
				{taxonomy[vocabulary].map((term) => {
					const optionId = `${id}-${term.code}`
					return (
						<li key={term.code}>
							<label
								htmlFor={optionId}
								className="flex cursor-pointer items-start gap-2.5 rounded-md py-1.5 pr-2 hover:bg-slate-50"
							>
								<input
									id={optionId}
									type="checkbox"
									name={name}
									value={term.code}
									defaultChecked={selected.includes(term.code)}
									className="mt-0.5 size-5 shrink-0 rounded border-slate-400 accent-brand-700"
								/>
								<span className="text-slate-800">{term[locale]}</span>
							</label>
						</li>
					)
				})}
			</ul>
		</fieldset>
	)
}
