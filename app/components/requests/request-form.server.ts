// The server half of the request form (request-form.tsx).
import { parseWithZod } from '@conform-to/zod'
import { data, redirect } from '@remix-run/node'
import { domainErrorReply } from '~/components/listing-form/domain-error-reply.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { mailBaseUrl } from '~/mail/base-url.server.ts'
import type { Actor } from '~/domain/auth/permissions.ts'
import { requestFormSchema } from '~/domain/requests/request-form-schema.ts'
import { saveRequest } from '~/domain/requests/save-request.server.ts'

/**
 * The action of the request form, shared by "new" and "edit draft": parse
 * with the form's schema, save or submit, and go to the request's page (Post
 * / Redirect / Get), or come back with every field's message and nothing saved.
 */
export async function submitRequestForm(request: Request, actor: Actor, requestId?: string) {
	const submission = parseWithZod(await request.formData(), { schema: requestFormSchema })
	if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
	const { intent, ...fields } = submission.value
	try {
		const saved = await saveRequest({
			actor,
			requestId,
			fields,
			intent,
			contentLocale: resolveLocale(request).locale,
			baseUrl: mailBaseUrl(request),
		})
		return redirect(`/requests/${saved.requestId}?done=${saved.submitted ? 'submitted' : 'saved'}`)
	} catch (error) {
		return data({ result: domainErrorReply(submission, error) }, { status: 400 })
	}
}
