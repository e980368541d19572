import { type DefaultValue, type SubmissionResult, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import type { z } from 'zod'

// Every form of the portal checks itself in the browser with the schema its
// action parses with: a field when it loses focus (or the whole form when it
// is sent, for forms whose first message would only get in the way), then
// again on every keystroke until its message is gone.

export function useSchemaForm<Schema extends z.ZodTypeAny>(
	schema: Schema,
	{
		checkFirst = 'onBlur',
		...options
	}: {
		id: string
		lastResult?: SubmissionResult<string[]> | null
		defaultValue?: DefaultValue<z.input<Schema>>
		checkFirst?: 'onBlur' | 'onSubmit'
	},
) {
	return useForm<z.input<Schema>, z.output<Schema>>({
		...options,
		onValidate: ({ formData }) => parseWithZod(formData, { schema }),
		shouldValidate: checkFirst,
		shouldRevalidate: 'onInput',
	})
}
