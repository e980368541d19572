import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react'
import { useT } from '~/i18n/use-t.ts'
import { controlProps, type FieldMetadata } from './form-metadata.ts'
import { FieldMessages } from './messages.tsx'
import { hintClass, inputClass, labelClass } from './styles.ts'

// A label above its control, the hint below it, then the field's messages:
// the hint and the messages are tied to the control with aria-describedby,
// and the control says aria-invalid while it has messages. Give `meta` (a
// field of useSchemaForm) and the control takes its name, id, default value and
// messages from it; a form without Conform (a GET filter) gives id and name.

export type Meta = FieldMetadata

interface FieldBase {
	label: ReactNode
	hint?: ReactNode
	/** Says "(required)" beside the label and aria-required on the control. */
	required?: boolean
	meta?: Meta
	/** The field's messages, when they are not the meta's own (a list's item errors). */
	errors?: readonly string[] | null
	className?: string
}

/** "required" beside a label: the asterisk alone says nothing to a screen reader. */
export function RequiredMark() {
	const { t } = useT()
	return <span className="ml-1.5 text-sm font-normal text-slate-600">({t('form.required')})</span>
}

export interface Described {
	id: string
	errorId: string
	errors: readonly string[]
	/** For the control. */
	aria: { 'aria-invalid'?: true; 'aria-describedby'?: string; 'aria-required'?: true }
	hintId?: string
}

/** The ids and aria attributes that tie a control to its hint and messages. */
export function describe(
	id: string,
	options: { hint?: ReactNode; errors?: readonly string[] | null; errorId?: string; required?: boolean },
): Described {
	const errors = (options.errors ?? []).filter(Boolean)
	const errorId = options.errorId ?? `${id}-error`
	const hintId = options.hint ? `${id}-hint` : undefined
	const describedBy = [hintId, errors.length ? errorId : undefined].filter(Boolean).join(' ')
	return {
		id,
		errorId,
		errors,
		hintId,
		aria: {
			'aria-invalid': errors.length ? true : undefined,
			'aria-describedby': describedBy || undefined,
			'aria-required': options.required ? true : undefined,
		},
	}
}

/** Under a control or a group: the hint, then the messages, with the ids the control's aria-describedby names. */
export function HintAndMessages({ hint, described }: { hint?: ReactNode; described: Described }) {
	return (
		<>
			{hint ? (
				<p id={described.hintId} className={hintClass}>
					{hint}
				</p>
			) : null}
			<FieldMessages id={described.errorId} messages={described.errors} />
		</>
	)
}

function Shell({
	label,
	hint,
	required,
	described,
	className,
	children,
}: {
	label: ReactNode
	hint?: ReactNode
	required?: boolean
	described: Described
	className?: string
	children: ReactNode
}) {
	return (
		<div className={className}>
			<label htmlFor={described.id} className={labelClass}>
				{label}
				{required ? <RequiredMark /> : null}
			</label>
			<div className="mt-1.5">{children}</div>
			<HintAndMessages hint={hint} described={described} />
		</div>
	)
}

function describeField(props: FieldBase, id: string | undefined): Described {
	const controlId = id ?? props.meta?.id
	if (!controlId) throw new Error('A field needs an id or Conform metadata')
	return describe(controlId, {
		hint: props.hint,
		errors: props.errors ?? props.meta?.errors,
		errorId: props.meta?.errorId,
		required: props.required,
	})
}

interface ControlField extends FieldBase {
	/** Classes for the control itself, after the kit's input style. */
	controlClassName?: string
}

/**
 * The ties of a field (see describe) and its control's props in the kit's
 * order: the form's (name, initial value), the page's own, then the id and
 * the aria ties, which nothing may override.
 */
function fieldControl<Own extends { id?: string }>(
	props: ControlField,
	own: Own,
	kind: Parameters<typeof controlProps>[1],
	style: string,
) {
	const described = describeField(props, own.id)
	const fromForm = props.meta ? controlProps(props.meta, kind) : {}
	const className = `${style} ${props.controlClassName ?? ''}`
	return { described, control: { ...fromForm, ...own, id: described.id, ...described.aria, className } }
}

type InputType =
	| 'text'
	| 'email'
	| 'password'
	| 'search'
	| 'tel'
	| 'url'
	| 'number'
	| 'date'
	| 'datetime-local'
	| 'month'
	| 'time'
	| 'week'
	| 'file'
	| 'hidden'
	| 'color'
	| 'range'

export function Field({
	type = 'text',
	inputProps = {},
	...props
}: ControlField & {
	type?: InputType
	inputProps?: InputHTMLAttributes<HTMLInputElement>
}) {
	const { described, control } = fieldControl(props, inputProps, 'text', inputClass)
	return (
		<Shell {...props} described={described}>
			<input type={type} {...control} />
		</Shell>
	)
}

export function TextareaField({
	rows = 5,
	textareaProps = {},
	...props
}: ControlField & { rows?: number; textareaProps?: TextareaHTMLAttributes<HTMLTextAreaElement> }) {
	const { described, control } = fieldControl(props, textareaProps, 'textarea', `${inputClass} leading-relaxed`)
	return (
		<Shell {...props} described={described}>
			<textarea rows={rows} {...control} />
		</Shell>
	)
}

export interface Option {
	value: string
	label: string
}

export function SelectField({
	options,
	selectProps = {},
	...props
}: ControlField & { options: readonly Option[]; selectProps?: SelectHTMLAttributes<HTMLSelectElement> }) {
	const { described, control } = fieldControl(props, selectProps, 'select', `${inputClass} pr-8`)
	return (
		<Shell {...props} described={described}>
			<select {...control}>
				{options.map((option) => (
					<option key={option.value} value={option.value}>
						{option.label}
					</option>
				))}
			</select>
		</Shell>
	)
}

/** One checkbox that says yes to something ("I understand this cannot be undone"). */
export function CheckboxField({
	label,
	meta,
	errors,
	inputProps = {},
	className,
}: Omit<FieldBase, 'hint' | 'required'> & { inputProps?: InputHTMLAttributes<HTMLInputElement> }) {
	const described = describeField({ label, meta, errors }, inputProps.id)
	const fromMeta = meta ? controlProps(meta, 'checkbox') : {}
	return (
		<div className={className}>
			<div className="flex items-start gap-3">
				<input
					{...fromMeta}
					{...inputProps}
					type="checkbox"
					id={described.id}
					{...described.aria}
					className="mt-0.5 size-5 shrink-0 rounded border-slate-400 accent-brand-700"
				/>
				<label htmlFor={described.id} className="text-slate-800">
					{label}
				</label>
			</div>
			<FieldMessages id={described.errorId} messages={described.errors} />
		</div>
	)
}

/** A value the form shows but does not let the person change (it comes from the server). */
export function ReadOnlyField({
	id,
	label,
	value,
	hint,
	errors,
	errorId,
}: {
	id: string
	label: ReactNode
	value: ReactNode
	hint?: ReactNode
	errors?: readonly string[] | null
	errorId?: string
}) {
	const described = describe(id, { hint, errors, errorId })
	return (
		<div id={id}>
			<p className={labelClass}>{label}</p>
			<p className="mt-1.5 text-slate-800">{value}</p>
			<HintAndMessages hint={hint} described={described} />
		</div>
	)
}
