import {
	type DefaultValue,
	type FormMetadata,
	getFormProps,
	type Submission,
	type SubmissionResult,
	useForm,
} from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { Form } from '@remix-run/react'
import type { ReactNode } from 'react'
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
>(schema: Schema, options: SchemaFormOptions<NoInfer<Input>>): ReturnType<typeof useForm<Input, z.output<Schema>>>
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function useSchemaForm<Input extends Record<string, any>, Output>(
	parse: (formData: FormData) => Submission<Output>,
	options: SchemaFormOptions<Input>,
): ReturnType<typeof useForm<Input, Output>>
export function useSchemaForm(
	check: z.ZodTypeAny | ((formData: FormData) => Submission<unknown>),
	{ checkFirst = 'onBlur', ...options }: SchemaFormOptions<Record<string, unknown>>,
) {
	return useForm<Record<string, unknown>, unknown>({
		...options,
		onValidate: ({ formData }) =>
			typeof check === 'function' ? check(formData) : parseWithZod(formData, { schema: check }),
		shouldValidate: checkFirst,
		shouldRevalidate: 'onInput',
	})
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
