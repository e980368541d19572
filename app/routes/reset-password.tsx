import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { AuthPage } from '~/components/auth-page.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Field, FormErrors, SubmitButton } from '~/components/forms.tsx'
import { tokenPageHeaders } from '~/components/token-page-headers.ts'
import { Notice } from '~/components/notice.tsx'
import { invalidForm, tooManyAttempts } from '~/domain/accounts/form-replies.server.ts'
import { isResetLinkUsable, resetPassword } from '~/domain/accounts/reset-password.server.ts'
import { resetPasswordSchema } from '~/domain/accounts/schemas.ts'
import { clientAddress } from '~/domain/auth/client-address.server.ts'
import { PASSWORD_MIN_LENGTH } from '~/domain/auth/password-policy.ts'
import { clearedSessionCookie } from '~/domain/auth/session.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'

const hidePassword = ['password']

export async function loader({ request }: LoaderFunctionArgs) {
	const token = new URL(request.url).searchParams.get('token') ?? ''
	return { token, usable: await isResetLinkUsable(token) }
}

export async function action({ request, context }: ActionFunctionArgs) {
	const submission = parseWithZod(await request.formData(), { schema: resetPasswordSchema })
	if (submission.status !== 'success') return invalidForm(submission, { hideFields: hidePassword })
	const result = await resetPassword(submission.value, {
		ip: clientAddress(request, context),
		baseUrl: publicBaseUrl(),
	})
	if (result.kind === 'rate-limited') {
		return tooManyAttempts(submission, { retryAfterSeconds: result.retryAfterSeconds, hideFields: hidePassword })
	}
	if (result.kind === 'invalid-link') {
		return invalidForm(submission, { formErrors: ['auth.reset.invalidLink'], hideFields: hidePassword })
	}
	// Every session ended, this browser's too.
	return data({ done: true as const }, { headers: { 'Set-Cookie': clearedSessionCookie(request) } })
}

export const headers = tokenPageHeaders

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('auth.reset.title') }))

function LinkNoLongerWorks() {
	const { t } = useT()
	return (
		<AuthPage title={t('auth.reset.title')}>
			<Notice tone="warning" title={t('auth.reset.invalidHeading')}>
				<p>{t('auth.reset.invalidBody')}</p>
			</Notice>
			<p className="mt-5">
				<Link to="/forgot-password" className="link">
					{t('auth.reset.requestAnother')}
				</Link>
			</p>
		</AuthPage>
	)
}

export default function ResetPasswordPage() {
	const { token, usable } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	const done = Boolean(actionData && 'done' in actionData)
	const [form, fields] = useForm({
		id: 'reset-password',
		lastResult: actionData && 'done' in actionData ? undefined : actionData,
		onValidate: ({ formData }) => parseWithZod(formData, { schema: resetPasswordSchema }),
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
	})
	if (done) {
		return (
			<AuthPage title={t('auth.reset.title')}>
				<Notice tone="success" title={t('auth.reset.doneHeading')}>
					<p>{t('auth.reset.doneBody')}</p>
				</Notice>
				<p className="mt-5">
					<Link to="/login" className="button-primary">
						{t('auth.login.submit')}
					</Link>
				</p>
			</AuthPage>
		)
	}
	if (!usable) return <LinkNoLongerWorks />
	return (
		<AuthPage title={t('auth.reset.title')} intro={t('auth.reset.intro')}>
			<Form method="post" {...getFormProps(form)} className="space-y-5">
				<FormErrors id={form.errorId} errors={form.errors} />
				<input type="hidden" name="token" value={token} />
				<Field
					label={t('accountForm.newPassword')}
					hint={t('accountForm.passwordHint', { min: PASSWORD_MIN_LENGTH })}
					inputProps={{ ...getInputProps(fields.password, { type: 'password' }), autoComplete: 'new-password' }}
					errorId={fields.password.errorId}
					errors={fields.password.errors}
				/>
				<SubmitButton pendingLabel={t('accountForm.saving')}>{t('auth.reset.submit')}</SubmitButton>
			</Form>
		</AuthPage>
	)
}

export const ErrorBoundary = GeneralErrorBoundary
