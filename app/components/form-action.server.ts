import { parseWithZod } from '@conform-to/zod'
import { data, redirect } from '@remix-run/node'
import type { z } from 'zod'
import { domainErrorReply } from './listing-form/domain-error-reply.ts'

/**
 * The one shape of a form action: parse with the form's schema, run the use
 * case, and go where it says (Post / Redirect / Get, so a reload never posts
 * again); or come back with every field's message and nothing written. A rule
 * the use case refused about one field is bad input (400, the message by that
 * field); one about the state of things (someone acted first) is a 409.
 * `echo` travels with the reply so a page with several forms knows whose it is.
 */
export async function handleForm<Schema extends z.ZodTypeAny, Echo extends Record<string, string | null>>(
	formData: FormData,
	schema: Schema,
	perform: (value: z.output<Schema>) => Promise<string>,
	echo: Echo = {} as Echo,
) {
	const submission = parseWithZod(formData, { schema })
	if (submission.status !== 'success') return data({ ...echo, result: submission.reply() }, { status: 400 })
	try {
		return redirect(await perform(submission.value))
	} catch (error) {
		const aboutAField = error instanceof Error && typeof (error as { field?: unknown }).field === 'string'
		return data({ ...echo, result: domainErrorReply(submission, error) }, { status: aboutAField ? 400 : 409 })
	}
}
