import { Form, useNavigation } from '@remix-run/react'
import type { ReactNode } from 'react'
import { buttonClass, type ButtonTone } from './styles.ts'

/** Conform's INTENT field: a form sent with it asks to check a field or change a list, not to submit. */
const conformIntent = '__intent__'

/**
 * A submit button that says it is working while its own form is in flight
 * (with JavaScript; without it the browser shows its own progress). `name`
 * and `value` say which of a page's forms, or which of a form's actions, it is.
 */
export function SubmitButton({
	children,
	pendingLabel,
	tone = 'primary',
	size = 'md',
	name,
	value,
	form,
	className = '',
}: {
	children: ReactNode
	pendingLabel?: string
	tone?: ButtonTone
	size?: 'md' | 'sm'
	name?: string
	value?: string
	/** The id of a form elsewhere on the page (forms cannot nest). */
	form?: string
	className?: string
}) {
	const navigation = useNavigation()
	const pending =
		navigation.state === 'submitting' &&
		// A field checked on the server while its form's schema downloads is no submission: a button
		// that went busy then ate the click that really submitted the form.
		!navigation.formData?.has(conformIntent) &&
		(name === undefined || navigation.formData?.get(name) === value) &&
		Boolean(pendingLabel)
	return (
		<button
			type="submit"
			name={name}
			value={value}
			form={form}
			disabled={pending}
			className={`${buttonClass(tone, size)} ${className}`}
		>
			{pending ? pendingLabel : children}
		</button>
	)
}

/** A form that is only a button: approve, archive, mark all read. Hidden fields say what it acts on. */
export function ActionButton({
	intent,
	fields,
	children,
	...button
}: {
	intent: string
	fields?: Record<string, string>
	children: ReactNode
	tone?: ButtonTone
	size?: 'md' | 'sm'
	pendingLabel?: string
	className?: string
}) {
	return (
		<Form method="post">
			<HiddenFields values={fields ?? {}} />
			<SubmitButton name="intent" value={intent} {...button}>
				{children}
			</SubmitButton>
		</Form>
	)
}

/** Values the server gave the page and wants back with the post (which record, where to go next). */
export function HiddenFields({ values }: { values: Record<string, string | null | undefined> }) {
	return (
		<>
			{Object.entries(values).map(([name, value]) => (
				<input key={name} type="hidden" name={name} value={value ?? ''} />
			))}
		</>
	)
}
