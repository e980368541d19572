// The server half of the request form (request-form.tsx).
import { handleForm } from '~/components/form-action.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import type { Actor } from '~/domain/auth/permissions.ts'
import { requestFormSchema } from '~/domain/requests/request-form-schema.ts'
import { saveRequest } from '~/domain/requests/save-request.server.ts'

/**
 * The action of the request form, shared by "new" and "edit draft": parse
 * with the form's schema, save or submit, and go to the request's page (Post
 * / Redirect / Get), or come back with every field's message and nothing saved.
 */
export async function submitRequestForm(request: Request, actor: Actor, requestId?: string) {
	return handleForm(await request.formData(), requestFormSchema, async ({ intent, ...fields }) => {
		const saved = await saveRequest({
			actor,
			requestId,
			fields,
			intent,
			contentLocale: resolveLocale(request).locale,
			baseUrl: publicBaseUrl(),
		})
		return `/requests/${saved.requestId}?done=${saved.submitted ? 'submitted' : 'saved'}`
	})
}
