import { useEffect, useRef, type ChangeEvent } from 'react'
// The styles alone, not the form kit's fields: those bring the forms' texts, which the search page does not otherwise need.
import { hintClass, inputClass, labelClass } from '~/components/forms/styles.ts'
import type { SearchState } from '~/domain/search/search-address.ts'
import { useT } from '~/i18n/use-t.ts'
import { SEARCH_FORM_ID } from './use-live-search.ts'

// A whole day the parser takes (1900–2199). Chrome reports a date field's value while the
// year is still being typed ("0002-03-01"): such a value is not applied, the finished one is.
const completeDate = /^(19|2[01])\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/**
 * A date field of the search form that the address, not the field, owns: it shows the
 * address's date after back and forward, except while the visitor is typing in it.
 */
function DateField({
	name,
	label,
	value,
	hintId,
	onChange,
}: {
	name: string
	label: string
	value: string
	hintId: string
	onChange: (event: ChangeEvent<HTMLInputElement>) => void
}) {
	const input = useRef<HTMLInputElement>(null)
	useEffect(() => {
		const field = input.current
		if (field && document.activeElement !== field && field.value !== value) field.value = value
	}, [value])
	const id = `search-${name}`
	return (
		<div>
			<label htmlFor={id} className={`${labelClass} text-sm`}>
				{label}
			</label>
			<input
				ref={input}
				id={id}
				type="date"
				name={name}
				form={SEARCH_FORM_ID}
				defaultValue={value}
				min="1900-01-01"
				max="2199-12-31"
				aria-describedby={hintId}
				onChange={(event) => {
					const date = event.currentTarget.value
					if (date === '' || completeDate.test(date)) onChange(event)
				}}
				className={`${inputClass} mt-1`}
			/>
		</div>
	)
}

/**
 * Free GMP capacity (decision 042) as fields of the search form: "free by" one
 * day, or, when the address asks for a whole period, its two ends, so that
 * sending the form keeps what the address asked. Without JavaScript the
 * panel's button sends it; with it a finished date applies at once.
 */
export function AvailabilityFilter({
	state,
	onChange,
}: {
	state: SearchState
	onChange: (event: ChangeEvent<HTMLInputElement>) => void
}) {
	const { t } = useT()
	const { availableBy, availableFrom, availableTo } = state.availability ?? {}
	const asksPeriod = Boolean(availableFrom || availableTo)
	const hintId = 'search-capacity-hint'
	return (
		<fieldset className="border-t border-slate-200 pt-4 first:border-t-0 first:pt-0 lg:first:pt-1">
			<legend className="float-left mb-2 w-full text-sm font-semibold text-slate-900">
				{t('search.capacity.legend')}
			</legend>
			<div className="clear-left space-y-2 px-1.5">
				{asksPeriod ? (
					<>
						<DateField
							name="availableFrom"
							label={t('search.capacity.from')}
							value={availableFrom ?? ''}
							hintId={hintId}
							onChange={onChange}
						/>
						<DateField
							name="availableTo"
							label={t('search.capacity.to')}
							value={availableTo ?? ''}
							hintId={hintId}
							onChange={onChange}
						/>
					</>
				) : (
					<DateField
						name="availableBy"
						label={t('search.capacity.by')}
						value={availableBy ?? ''}
						hintId={hintId}
						onChange={onChange}
					/>
				)}
				<p id={hintId} className={`${hintClass} mt-0`}>
					{asksPeriod ? t('search.capacity.periodHint') : t('search.capacity.byHint')}
				</p>
			</div>
		</fieldset>
	)
}
