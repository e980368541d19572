import { parseWithZod } from '@conform-to/zod'
import { data, redirect } from '@remix-run/node'
import type { z } from 'zod'
import { RuleError } from '~/domain/rules.ts'
import { domainErrorReply } from './listing-form/domain-error-reply.ts'

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
		const status = error instanceof RuleError && error.conflict ? 409 : 400
		return data({ ...echo, result: domainErrorReply(submission, error) }, { status })
	}
}
