import type { SubmissionResult } from '@conform-to/react'
import type { FormEvent } from 'react'

// What the form kit knows of a form and its fields while it renders: ids,
// names, initial values and messages. Conform's engine (@conform-to/dom) keeps
// this state once the form is in use; until then (the page as the server
// sends it and as it hydrates) it is read here straight from the server's last
// reply and the page's values, the way the engine would start from them, so
// that a reader's page never downloads the engine (decision 027). The engine,
// when it arrives, changes nothing on the page it did not have to.

/** The state both sources give: the last reply's status, each field's initial value, and the messages shown. */
export interface FormSnapshot {
	readonly status?: 'success' | 'error'
	/** By field name; the engine's is a proxy that reads the same names. */
	readonly initialValue: Readonly<Record<string, unknown>>
	readonly error: Readonly<Record<string, readonly string[] | null | undefined>>
}

/** A value as a form posts it: text, a list of texts, or nothing (a file is never sent back). */
export type PostedValue<Value> = Value extends File
	? undefined
	: Value extends readonly unknown[]
		? string | string[] | undefined
		: Value extends Date
			? string | undefined
			: Value extends Record<string, unknown>
				? Record<string, unknown> | undefined
				: string | undefined

export interface FieldMetadata<Value = unknown> {
	readonly id: string
	readonly name: string
	readonly formId: string
	/** The id of the field's messages, which its aria-describedby names. */
	readonly errorId: string
	readonly initialValue: Value
	readonly errors: readonly string[] | undefined
	/** The messages of the field and of everything inside it ("modalities[2]" for "modalities"). */
	readonly allErrors: Readonly<Record<string, readonly string[]>>
}

export interface FormMetadata extends FieldMetadata {
	readonly status: FormSnapshot['status']
	/** Always: the kit's forms say their messages themselves, in the page's language. */
	readonly noValidate: true
	readonly onSubmit: (event: FormEvent<HTMLFormElement>) => void
}

/** A form's fields by name (a schema's input keys); any other name gives a field too, as Conform's did. */
export type Fieldset<Input> = { readonly [Name in keyof Input]-?: FieldMetadata<PostedValue<Input[Name]>> }

/** "modalities[2]" and "feedback.rating" are inside "modalities" and "feedback"; everything is inside "". */
function isInside(name: string, prefix: string): boolean {
	return prefix === '' || name === prefix || name.startsWith(`${prefix}.`) || name.startsWith(`${prefix}[`)
}

/**
 * A page's values as a form posts them, the way Conform's engine turns a
 * default value into its initial value: dates as ISO text, numbers as text,
 * true as "on", false and null as nothing.
 */
function asPosted(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(asPosted)
	if (value instanceof Date) return value.toISOString()
	if (typeof value === 'boolean') return value ? 'on' : undefined
	if (typeof value === 'number' || typeof value === 'bigint') return value.toString()
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asPosted(item)]))
	}
	return value ?? undefined
}

/** What the engine counts as no value: empty text, null, an empty list or record. */
function withoutEmpty(value: unknown): unknown {
	if (Array.isArray(value)) return value.length ? value.map(withoutEmpty) : undefined
	if (value !== null && typeof value === 'object') {
		const kept = Object.entries(value).flatMap(([key, item]) => {
			const normal = withoutEmpty(item)
			return normal === undefined ? [] : [[key, normal] as const]
		})
		return kept.length ? Object.fromEntries(kept) : undefined
	}
	return value === '' || value === null ? undefined : value
}

/**
 * The messages a reply brings that its form shows: all of them, or after a
 * check of one field (the "validate" intent) only those of the fields checked
 * so far, as the engine filters them.
 */
function messagesShown(result: SubmissionResult<string[]> | null | undefined): FormSnapshot['error'] {
	const error = result?.error ?? {}
	const intent = result?.intent
	if (!intent || (intent.type === 'validate' && !intent.payload.name)) return error
	const checked: Record<string, boolean> = { ...result?.state?.validated }
	if (intent.type === 'validate' && intent.payload.name) checked[intent.payload.name] = true
	const checkedFields = (result?.fields ?? []).filter((name) => checked[name])
	return Object.fromEntries(
		Object.entries(error).filter(([name]) => checked[name] || checkedFields.some((field) => isInside(name, field))),
	)
}

/** The state a form starts from: the server's last reply, else the page's values. */
export function snapshotBeforeUse(
	lastResult: SubmissionResult<string[]> | null | undefined,
	defaultValue: unknown,
): FormSnapshot {
	// A reply that reset the form (initialValue null) starts again from the page's values.
	const initial = lastResult?.initialValue ?? asPosted(defaultValue ?? {})
	return {
		status: lastResult?.status,
		initialValue: (withoutEmpty(initial) ?? {}) as Record<string, unknown>,
		error: messagesShown(lastResult),
	}
}

function fieldOf(formId: string, snapshot: FormSnapshot, name: string): FieldMetadata {
	const id = name ? `${formId}-${name}` : formId
	const allErrors: Record<string, readonly string[]> = {}
	for (const [key, messages] of Object.entries(snapshot.error)) {
		if (messages?.length && isInside(key, name)) allErrors[key] = messages
	}
	return {
		id,
		name,
		formId,
		errorId: `${id}-error`,
		initialValue: name ? snapshot.initialValue[name] : snapshot.initialValue,
		errors: snapshot.error[name]?.length ? [...snapshot.error[name]] : undefined,
		allErrors,
	}
}

/** The form and its fields as the kit's components read them. */
export function formMetadata<Input>(
	formId: string,
	snapshot: FormSnapshot,
	onSubmit: FormMetadata['onSubmit'],
): [FormMetadata, Fieldset<Input>] {
	const form: FormMetadata = { ...fieldOf(formId, snapshot, ''), status: snapshot.status, noValidate: true, onSubmit }
	const fields = new Proxy({} as Fieldset<Input>, {
		get: (_, name) => (typeof name === 'string' ? fieldOf(formId, snapshot, name) : undefined),
	})
	return [form, fields]
}

/** The form element's own props: its id, the kit's submit, and its messages tied to it while it has any. */
export function formProps(form: FormMetadata) {
	return {
		id: form.id,
		onSubmit: form.onSubmit,
		noValidate: form.noValidate,
		'aria-describedby': form.errors ? form.errorId : undefined,
	}
}

/** A control's name, form and initial value, as its form posts and shows it. */
export function controlProps(meta: FieldMetadata, kind: 'text' | 'checkbox' | 'select' | 'textarea') {
	const shared = { id: meta.id, name: meta.name, form: meta.formId }
	const initial = meta.initialValue
	switch (kind) {
		case 'checkbox':
			return { ...shared, value: 'on', defaultChecked: initial === 'on' }
		case 'select':
			return {
				...shared,
				defaultValue: Array.isArray(initial) ? initial.map((item) => `${item ?? ''}`) : text(initial),
			}
		case 'textarea':
			return { ...shared, defaultValue: text(initial) }
		default:
			return { ...shared, defaultValue: typeof initial === 'string' ? initial : undefined }
	}
}

function text(value: unknown): string | undefined {
	return value === undefined || value === null ? undefined : String(value)
}
