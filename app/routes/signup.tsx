import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { AuthPage } from '~/components/auth-page.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { retryAfterHeaders } from '~/components/token-page-headers.ts'
import { Field, FormErrors, Honeypot, SubmitButton } from '~/components/forms.tsx'
import { Notice } from '~/components/notice.tsx'
import { invalidForm, tooManyAttempts } from '~/domain/accounts/form-replies.server.ts'
import { signupSchema } from '~/domain/accounts/schemas.ts'
import { signUp } from '~/domain/accounts/sign-up.server.ts'
import { clientAddress } from '~/domain/auth/client-address.server.ts'
import { PASSWORD_MIN_LENGTH } from '~/domain/auth/password-policy.ts'
import { safeRedirectPath } from '~/domain/auth/safe-redirect.ts'
import { getViewer } from '~/domain/auth/viewer.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'

const hidePassword = ['password']

export async function loader({ request }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	if (await getViewer(request)) throw redirect('/account')
	const redirectTo = url.searchParams.get('redirectTo')
	// An invitation mail links here with the invited address filled in.
	return { redirectTo: redirectTo && safeRedirectPath(redirectTo, ''), email: url.searchParams.get('email') ?? '' }
}

export async function action({ request, context }: ActionFunctionArgs) {
	const submission = parseWithZod(await request.formData(), { schema: signupSchema })
	if (submission.status !== 'success') return invalidForm(submission, { hideFields: hidePassword })
	const result = await signUp(submission.value, {
		ip: clientAddress(request, context),
		locale: resolveLocale(request).locale,
		baseUrl: publicBaseUrl(),
	})
	if (result.kind === 'rate-limited') {
		return tooManyAttempts(submission, {
			field: 'email',
			retryAfterSeconds: result.retryAfterSeconds,
			hideFields: hidePassword,
		})
	}
	return { sentTo: submission.value.email, redirectTo: safeRedirectPath(submission.value.redirectTo, '') }
}

export const headers = retryAfterHeaders

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('auth.signup.title') }))

function CheckInbox({ email, redirectTo }: { email: string; redirectTo: string }) {
	const { t } = useT()
	const login = redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login'
	return (
		<AuthPage title={t('auth.signup.sentTitle')}>
			<Notice tone="success" title={t('auth.signup.sentHeading')}>
				<p>{t('auth.signup.sentBody', { email })}</p>
			</Notice>
			<p className="mt-5 text-sm leading-relaxed text-slate-700">{t('auth.signup.sentNext')}</p>
			<p className="mt-5">
				<Link to={login} className="link">
					{t('auth.login.link')}
				</Link>
			</p>
		</AuthPage>
	)
}

export default function SignupPage() {
	const { redirectTo, email } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	const lastResult = actionData && 'sentTo' in actionData ? undefined : actionData
	const [form, fields] = useForm({
		id: 'signup',
		lastResult,
		defaultValue: { email },
		onValidate: ({ formData }) => parseWithZod(formData, { schema: signupSchema }),
		shouldValidate: 'onBlur',
		shouldRevalidate: 'onInput',
	})
	if (actionData && 'sentTo' in actionData) {
		return <CheckInbox email={actionData.sentTo} redirectTo={actionData.redirectTo} />
	}
	return (
		<AuthPage
			title={t('auth.signup.title')}
			intro={t('auth.signup.intro')}
			footer={
				<p>
					{t('auth.signup.haveAccount')}{' '}
					<Link to={redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login'} className="link">
						{t('auth.login.link')}
					</Link>
				</p>
			}
		>
			<Form method="post" {...getFormProps(form)} className="space-y-5">
				<FormErrors id={form.errorId} errors={form.errors} />
				<Honeypot />
				<input type="hidden" name="redirectTo" value={redirectTo ?? ''} />
				<Field
					label={t('accountForm.name')}
					inputProps={{ ...getInputProps(fields.name, { type: 'text' }), autoComplete: 'name' }}
					errorId={fields.name.errorId}
					errors={fields.name.errors}
				/>
				<Field
					label={t('accountForm.email')}
					inputProps={{ ...getInputProps(fields.email, { type: 'email' }), autoComplete: 'email' }}
					errorId={fields.email.errorId}
					errors={fields.email.errors}
				/>
				<Field
					label={t('accountForm.password')}
					hint={t('accountForm.passwordHint', { min: PASSWORD_MIN_LENGTH })}
					inputProps={{ ...getInputProps(fields.password, { type: 'password' }), autoComplete: 'new-password' }}
					errorId={fields.password.errorId}
					errors={fields.password.errors}
				/>
				<p className="text-sm leading-relaxed text-slate-600">{t('auth.signup.privacy')}</p>
				<SubmitButton pendingLabel={t('auth.signup.pending')}>{t('auth.signup.submit')}</SubmitButton>
			</Form>
		</AuthPage>
	)
}

export const ErrorBoundary = GeneralErrorBoundary
