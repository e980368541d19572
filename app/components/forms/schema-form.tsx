import {
	type DefaultValue,
	type FormMetadata,
	getFormProps,
	parse,
	type Submission,
	type SubmissionResult,
	useForm,
} from '@conform-to/react'
import { Form } from '@remix-run/react'
import { type ReactNode, useEffect, useRef } from 'react'
import type { z } from 'zod'
import { HiddenFields } from './buttons.tsx'
import { errorsByField } from './conform.ts'
import { ErrorSummary, type SummaryError } from './error-summary.tsx'
import { Honeypot } from './honeypot.tsx'
import { FormErrors } from './messages.tsx'

// Every form of the portal checks itself in the browser with the schema its
// action parses with: a field when it loses focus (or the whole form when it
// is sent, for forms whose first message would only get in the way), then
// again on every keystroke until its message is gone. A form whose fields
// are not one fixed schema (the listing form, one per listing type) gives the
// parse its action uses instead.
//
// The schema and Zod arrive on the form's first use, not with the page
// (decision 027): Zod and a schema weigh 20 KB on the wire, more than a
// public page's own code, and a visitor who only reads never needs them.
// Until they arrive the server checks what is sent, as it does without
// JavaScript, and the fields that lost focus meanwhile are checked the
// moment the schema is there.

type Check<Output> = (formData: FormData) => Submission<Output>

/** A form's schema, fetched when the form is first used: `schemaOnUse(() => import('…').then((m) => m.someSchema))`. */
export interface SchemaOnUse<Schema extends z.ZodTypeAny> {
	/** The check, once fetched. */
	readonly check: Check<z.output<Schema>> | undefined
	load(): Promise<unknown>
}

export function schemaOnUse<Schema extends z.ZodTypeAny>(importSchema: () => Promise<Schema>): SchemaOnUse<Schema> {
	let loading: Promise<unknown> | undefined
	let check: Check<z.output<Schema>> | undefined
	return {
		get check() {
			return check
		},
		load() {
			loading ??= Promise.all([importSchema(), import('@conform-to/zod')]).then(
				([schema, { parseWithZod }]) => {
					check = (formData) => parseWithZod(formData, { schema })
				},
				// A failed download (a dropped connection) is tried again on the next use.
				() => {
					loading = undefined
				},
			)
			return loading
		},
	}
}

/** What a check says before the schema is there: nothing, so a form sent now goes to the server. */
function leaveToTheServer(formData: FormData, checkedMeanwhile: Set<string>): Submission<unknown> {
	return parse(formData, {
		resolve: (_payload, intent) => {
			if (intent?.type === 'validate' && intent.payload.name) checkedMeanwhile.add(intent.payload.name)
			return { error: null }
		},
	})
}

interface SchemaFormOptions<Input> {
	id: string
	lastResult?: SubmissionResult<string[]> | null
	defaultValue?: DefaultValue<Input>
	checkFirst?: 'onBlur' | 'onSubmit'
}

/** `Input`, when the page's values are not the schema's input (a list the schema reads from one field). */
export function useSchemaForm<
	Schema extends z.ZodTypeAny,
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	Input extends Record<string, any> = z.input<Schema>,
>(
	schema: SchemaOnUse<Schema>,
	options: SchemaFormOptions<NoInfer<Input>>,
): ReturnType<typeof useForm<Input, z.output<Schema>>>
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function useSchemaForm<Input extends Record<string, any>, Output>(
	parse: Check<Output>,
	options: SchemaFormOptions<Input>,
): ReturnType<typeof useForm<Input, Output>>
export function useSchemaForm(
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	source: SchemaOnUse<any> | Check<unknown>,
	{ checkFirst = 'onBlur', ...options }: SchemaFormOptions<Record<string, unknown>>,
) {
	const checkedMeanwhile = useRef(new Set<string>()).current
	const checkNow = () => (typeof source === 'function' ? source : source.check)
	const formAndFields = useForm<Record<string, unknown>, unknown>({
		...options,
		onValidate: ({ formData }) => checkNow()?.(formData) ?? leaveToTheServer(formData, checkedMeanwhile),
		shouldValidate: checkFirst,
		shouldRevalidate: 'onInput',
	})
	const latestForm = useRef(formAndFields[0])
	latestForm.current = formAndFields[0]
	const refused = Boolean(options.lastResult?.error)
	useEffect(() => {
		if (typeof source === 'function' || source.check) return
		const element = document.getElementById(latestForm.current.id)
		const start = () => {
			if (source.check) return
			void source.load().then(() => {
				if (!source.check) return // the download failed: the next focus asks again
				for (const name of checkedMeanwhile) latestForm.current.validate({ name })
				checkedMeanwhile.clear()
			})
		}
		// A form that came back refused is being corrected: its schema is wanted now.
		if (refused) start()
		element?.addEventListener('focusin', start)
		return () => element?.removeEventListener('focusin', start)
	}, [source, checkedMeanwhile, refused])
	return formAndFields
}

/** How a long form's error summary names a field and where it links; null leaves the field out. */
export type SummaryField = (name: string) => { id: string; label: string } | null

function summaryErrors(allErrors: Record<string, string[] | undefined>, field: SummaryField): SummaryError[] {
	return [...errorsByField(allErrors)].flatMap(([name, messages]) => {
		const named = field(name)
		return named ? messages.map((message) => ({ fieldId: named.id, label: named.label, message })) : []
	})
}

/**
 * The form useSchemaForm made: it posts to its page, and says what refuses it
 * as a whole above its fields (the id the form's aria-describedby names).
 * `intro` stands above that; a long form lists every field's messages there
 * too (`summary`, which takes the focus when the server's `reply` brings
 * it); a form anyone may send without signing in has the honeypot; `hidden`
 * travels with it unseen; `action` sends it to another page's action (a form
 * shown on several pages, answered by one of them).
 */
export function SchemaForm({
	form,
	className = 'space-y-5',
	intro,
	summary,
	honeypot = false,
	hidden,
	encType,
	action,
	children,
}: {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	form: FormMetadata<any, string[]>
	className?: string
	intro?: ReactNode
	summary?: { id: string; reply: unknown; field: SummaryField }
	honeypot?: boolean
	hidden?: Record<string, string | null | undefined>
	/** A form with a file control posts multipart, with or without JavaScript. */
	encType?: 'multipart/form-data'
	action?: string
	children: ReactNode
}) {
	return (
		<Form method="post" action={action} encType={encType} {...getFormProps(form)} className={className}>
			{intro}
			<FormErrors id={form.errorId} messages={form.errors} />
			{summary ? (
				<ErrorSummary id={summary.id} errors={summaryErrors(form.allErrors, summary.field)} reply={summary.reply} />
			) : null}
			{honeypot ? <Honeypot /> : null}
			{hidden ? <HiddenFields values={hidden} /> : null}
			{children}
		</Form>
	)
}
