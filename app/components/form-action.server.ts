import { parseWithZod } from '@conform-to/zod'
import { data, redirect } from '@remix-run/node'
import type { z } from 'zod'
import { ListingRuleError } from '~/domain/listings/listing-errors.ts'
import { isConflict } from '~/domain/requests/request-errors.ts'
import { domainErrorReply } from './listing-form/domain-error-reply.ts'

/** Someone acted first (409: the page should reload to show it), as opposed to input the rules refuse (400). */
function statusOf(error: unknown): 400 | 409 {
	if (isConflict(error)) return 409
	return error instanceof ListingRuleError && error.rule === 'revision-already-decided' ? 409 : 400
}

/**
 * The one shape of a form action: parse with the form's schema, run the use
 * case, and go where it says (Post / Redirect / Get, so a reload never posts
 * again); or come back with every field's message and nothing written. A rule
 * the use case refused is bad input (400), unless it is about the state of
 * things, someone having acted first (409).
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
		return data({ ...echo, result: domainErrorReply(submission, error) }, { status: statusOf(error) })
	}
}
