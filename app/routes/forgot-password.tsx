import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import type { ActionFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData } from '@remix-run/react'
import { AuthPage } from '~/components/auth-page.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { retryAfterHeaders } from '~/components/token-page-headers.ts'
import { Field, FormErrors, Honeypot, SubmitButton } from '~/components/forms.tsx'
import { Notice } from '~/components/notice.tsx'
import { invalidForm, tooManyAttempts } from '~/domain/accounts/form-replies.server.ts'
import { requestPasswordReset } from '~/domain/accounts/request-password-reset.server.ts'
import { forgotPasswordSchema } from '~/domain/accounts/schemas.ts'
import { clientAddress } from '~/domain/auth/client-address.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'

export async function action({ request, context }: ActionFunctionArgs) {
	const submission = parseWithZod(await request.formData(), { schema: forgotPasswordSchema })
	if (submission.status !== 'success') return invalidForm(submission)
	const result = await requestPasswordReset(submission.value, {
		ip: clientAddress(request, context),
		baseUrl: publicBaseUrl(),
	})
	if (result.kind === 'rate-limited') {
		return tooManyAttempts(submission, { field: 'email', retryAfterSeconds: result.retryAfterSeconds })
	}
	return { sent: true as const }
}

export const headers = retryAfterHeaders

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('auth.forgot.title') }))

export default function ForgotPasswordPage() {
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	const sent = Boolean(actionData && 'sent' in actionData)
	const [form, fields] = useForm({
		id: 'forgot-password',
		lastResult: actionData && 'sent' in actionData ? undefined : actionData,
		onValidate: ({ formData }) => parseWithZod(formData, { schema: forgotPasswordSchema }),
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
	})
	return (
		<AuthPage
			title={t('auth.forgot.title')}
			intro={sent ? undefined : t('auth.forgot.intro')}
			footer={
				<p>
					<Link to="/login" className="link">
						{t('auth.forgot.backToLogin')}
					</Link>
				</p>
			}
		>
			{sent ? (
				<Notice tone="success" title={t('auth.forgot.sentHeading')}>
					<p>{t('auth.forgot.sentBody')}</p>
				</Notice>
			) : (
				<Form method="post" {...getFormProps(form)} className="space-y-5">
					<FormErrors id={form.errorId} errors={form.errors} />
					<Honeypot />
					<Field
						label={t('accountForm.email')}
						inputProps={{ ...getInputProps(fields.email, { type: 'email' }), autoComplete: 'email' }}
						errorId={fields.email.errorId}
						errors={fields.email.errors}
					/>
					<SubmitButton pendingLabel={t('accountForm.sending')}>{t('auth.forgot.submit')}</SubmitButton>
				</Form>
			)}
		</AuthPage>
	)
}

export const ErrorBoundary = GeneralErrorBoundary
