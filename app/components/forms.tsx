import { useNavigation } from '@remix-run/react'
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react'
import { decodeFormMessage } from '~/domain/accounts/form-messages.ts'
import { HONEYPOT_FIELD } from '~/domain/accounts/schemas.ts'
import type { MessageKey, Translator } from '~/i18n/messages.ts'
import { useT } from '~/i18n/use-t.ts'

// The form pieces every account page uses: a label above its control, the
// hint and the errors tied to it with aria-describedby, and the same look as
// the search box. Errors arrive as message keys (form-messages.ts).

type WithKey<Props> = Props & { key?: string }

export const inputClass =
	'block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-base text-slate-900 shadow-sm placeholder:text-slate-500 aria-[invalid=true]:border-red-600'

/** A validation message in the reader's language; text that is not a key is shown as it came. */
export function translateFormMessage(i18n: Translator, message: string): string {
	const { key, params } = decodeFormMessage(message)
	if (!i18n.has(key)) return message
	return (i18n.t as (key: MessageKey, params?: Record<string, string>) => string)(key, params)
}

export function ErrorList({ id, errors }: { id?: string; errors?: readonly string[] | null }) {
	const i18n = useT()
	const shown = errors?.filter(Boolean) ?? []
	if (!shown.length) return null
	return (
		<ul id={id} className="mt-1.5 space-y-1 text-sm font-medium text-red-700">
			{shown.map((error) => (
				<li key={error} className="flex gap-1.5">
					<svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="mt-0.5 size-4 shrink-0">
						<path
							fillRule="evenodd"
							d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
							clipRule="evenodd"
						/>
					</svg>
					<span>{translateFormMessage(i18n, error)}</span>
				</li>
			))}
		</ul>
	)
}

interface FieldShellProps {
	label: ReactNode
	id: string
	hint?: ReactNode
	errorId?: string
	errors?: readonly string[] | null
	className?: string
	children: ReactNode
}

function FieldShell({ label, id, hint, errorId, errors, className, children }: FieldShellProps) {
	return (
		<div className={className}>
			<label htmlFor={id} className="block text-sm font-semibold text-slate-800">
				{label}
			</label>
			{hint ? (
				<p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-600">
					{hint}
				</p>
			) : null}
			<div className="mt-1.5">{children}</div>
			<ErrorList id={errorId} errors={errors} />
		</div>
	)
}

/** aria-describedby names the hint as well as the errors Conform already points at. */
function describedBy(id: string, hint: ReactNode, fromConform?: string) {
	return [hint ? `${id}-hint` : null, fromConform].filter(Boolean).join(' ') || undefined
}

interface FieldProps {
	label: ReactNode
	hint?: ReactNode
	inputProps: WithKey<InputHTMLAttributes<HTMLInputElement> & { id: string }>
	errorId?: string
	errors?: readonly string[] | null
	className?: string
}

export function Field({ label, hint, inputProps, errorId, errors, className }: FieldProps) {
	const { key, ...props } = inputProps
	return (
		<FieldShell label={label} id={props.id} hint={hint} errorId={errorId} errors={errors} className={className}>
			<input
				key={key}
				{...props}
				aria-describedby={describedBy(props.id, hint, props['aria-describedby'])}
				className={inputClass}
			/>
		</FieldShell>
	)
}

interface TextareaFieldProps {
	label: ReactNode
	hint?: ReactNode
	textareaProps: WithKey<TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string }>
	errorId?: string
	errors?: readonly string[] | null
	className?: string
}

export function TextareaField({ label, hint, textareaProps, errorId, errors, className }: TextareaFieldProps) {
	const { key, ...props } = textareaProps
	return (
		<FieldShell label={label} id={props.id} hint={hint} errorId={errorId} errors={errors} className={className}>
			<textarea
				key={key}
				rows={5}
				{...props}
				aria-describedby={describedBy(props.id, hint, props['aria-describedby'])}
				className={`${inputClass} py-2 leading-relaxed`}
			/>
		</FieldShell>
	)
}

interface SelectFieldProps {
	label: ReactNode
	hint?: ReactNode
	selectProps: WithKey<SelectHTMLAttributes<HTMLSelectElement> & { id: string }>
	options: ReadonlyArray<{ value: string; label: string }>
	errorId?: string
	errors?: readonly string[] | null
	className?: string
}

export function SelectField({ label, hint, selectProps, options, errorId, errors, className }: SelectFieldProps) {
	const { key, ...props } = selectProps
	return (
		<FieldShell label={label} id={props.id} hint={hint} errorId={errorId} errors={errors} className={className}>
			<select
				key={key}
				{...props}
				aria-describedby={describedBy(props.id, hint, props['aria-describedby'])}
				className={`${inputClass} pr-8`}
			>
				{options.map((option) => (
					<option key={option.value} value={option.value}>
						{option.label}
					</option>
				))}
			</select>
		</FieldShell>
	)
}

interface CheckboxFieldProps {
	label: ReactNode
	inputProps: WithKey<InputHTMLAttributes<HTMLInputElement> & { id: string }>
	errorId?: string
	errors?: readonly string[] | null
	className?: string
}

export function CheckboxField({ label, inputProps, errorId, errors, className }: CheckboxFieldProps) {
	const { key, ...props } = inputProps
	return (
		<div className={className}>
			<div className="flex items-start gap-3">
				<input
					key={key}
					{...props}
					type="checkbox"
					className="mt-0.5 size-5 shrink-0 rounded border-slate-400 accent-brand-700"
				/>
				<label htmlFor={props.id} className="text-sm text-slate-800">
					{label}
				</label>
			</div>
			<ErrorList id={errorId} errors={errors} />
		</div>
	)
}

/** Problems with the form as a whole, announced when they appear. */
export function FormErrors({ id, errors }: { id?: string; errors?: readonly string[] | null }) {
	const i18n = useT()
	const shown = errors?.filter(Boolean) ?? []
	if (!shown.length) return null
	return (
		<div
			id={id}
			role="alert"
			className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-800"
		>
			{shown.map((error) => (
				<p key={error}>{translateFormMessage(i18n, error)}</p>
			))}
		</div>
	)
}

const buttonTones = {
	primary: 'bg-brand-700 text-white hover:bg-brand-800 shadow-sm',
	secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 shadow-sm',
	danger: 'bg-red-700 text-white hover:bg-red-800 shadow-sm',
	/** A way towards something destructive, not the destructive act itself. */
	dangerQuiet: 'border border-red-200 bg-white text-red-700 hover:bg-red-50 shadow-sm',
} as const

export function buttonClass(tone: keyof typeof buttonTones = 'primary') {
	return `inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 font-semibold disabled:cursor-wait disabled:opacity-70 ${buttonTones[tone]}`
}

/**
 * A submit button that says it is working while its own form is in flight
 * (with JavaScript; without it the browser shows its own progress).
 */
export function SubmitButton({
	children,
	pendingLabel,
	tone = 'primary',
	name,
	value,
	className = '',
}: {
	children: ReactNode
	pendingLabel?: string
	tone?: keyof typeof buttonTones
	name?: string
	value?: string
	className?: string
}) {
	const navigation = useNavigation()
	const pending =
		navigation.state === 'submitting' &&
		(name === undefined || navigation.formData?.get(name) === value) &&
		Boolean(pendingLabel)
	return (
		<button type="submit" name={name} value={value} disabled={pending} className={`${buttonClass(tone)} ${className}`}>
			{pending ? pendingLabel : children}
		</button>
	)
}

/**
 * The honeypot field (see HONEYPOT_FIELD): out of sight, out of the tab
 * order and hidden from assistive technology, so only bots fill it in.
 */
export function Honeypot() {
	const { t } = useT()
	return (
		<div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
			<label htmlFor={`hp-${HONEYPOT_FIELD}`}>{t('accountForm.honeypotLabel')}</label>
			<input
				id={`hp-${HONEYPOT_FIELD}`}
				type="text"
				name={HONEYPOT_FIELD}
				tabIndex={-1}
				autoComplete="off"
				defaultValue=""
			/>
		</div>
	)
}
