import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { AuthPage } from '~/components/auth-page.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { retryAfterHeaders } from '~/components/token-page-headers.ts'
import { Field, FormErrors, Honeypot, SubmitButton } from '~/components/forms.tsx'
import { invalidForm, tooManyAttempts } from '~/domain/accounts/form-replies.server.ts'
import { loginSchema } from '~/domain/accounts/schemas.ts'
import { clientAddress } from '~/domain/auth/client-address.server.ts'
import { logIn } from '~/domain/auth/log-in.server.ts'
import { safeRedirectPath } from '~/domain/auth/safe-redirect.ts'
import { sessionCookie } from '~/domain/auth/session.server.ts'
import { getViewer, sessionToken } from '~/domain/auth/viewer.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

const hidePassword = ['password']

export async function loader({ request }: LoaderFunctionArgs) {
	const redirectTo = new URL(request.url).searchParams.get('redirectTo')
	// Already signed in: go where the link wanted to go.
	if (await getViewer(request)) throw redirect(safeRedirectPath(redirectTo))
	return { redirectTo: redirectTo && safeRedirectPath(redirectTo, '') }
}

export async function action({ request, context }: ActionFunctionArgs) {
	const submission = parseWithZod(await request.formData(), { schema: loginSchema })
	if (submission.status !== 'success') return invalidForm(submission, { hideFields: hidePassword })
	const result = await logIn(submission.value, {
		ip: clientAddress(request, context),
		userAgent: request.headers.get('User-Agent'),
		replacingToken: sessionToken(request),
	})
	const destination = safeRedirectPath(submission.value.redirectTo)
	switch (result.kind) {
		case 'rate-limited':
			return tooManyAttempts(submission, {
				field: 'email',
				retryAfterSeconds: result.retryAfterSeconds,
				hideFields: hidePassword,
			})
		case 'invalid-credentials':
			return invalidForm(submission, { fieldErrors: { password: ['auth.login.invalid'] }, hideFields: hidePassword })
		case 'ignored':
			return redirect(destination)
		case 'signed-in':
			return redirect(destination, {
				headers: { 'Set-Cookie': sessionCookie(result.token, result.expiresAt, request) },
			})
	}
}

export const headers = retryAfterHeaders

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('auth.login.title') }))

export default function LoginPage() {
	const { redirectTo } = useLoaderData<typeof loader>()
	const lastResult = useActionData<typeof action>()
	const { t } = useT()
	const [form, fields] = useForm({
		id: 'login',
		lastResult,
		onValidate: ({ formData }) => parseWithZod(formData, { schema: loginSchema }),
		shouldValidate: 'onSubmit',
		shouldRevalidate: 'onInput',
	})
	const withRedirect = (path: string) => (redirectTo ? `${path}?redirectTo=${encodeURIComponent(redirectTo)}` : path)
	return (
		<AuthPage
			title={t('auth.login.title')}
			intro={t('auth.login.intro')}
			footer={
				<p>
					{t('auth.login.noAccount')}{' '}
					<Link to={withRedirect('/signup')} className="link">
						{t('auth.signup.link')}
					</Link>
				</p>
			}
		>
			<Form method="post" {...getFormProps(form)} className="space-y-5">
				<FormErrors id={form.errorId} errors={form.errors} />
				<Honeypot />
				<input type="hidden" name="redirectTo" value={redirectTo ?? ''} />
				<Field
					label={t('accountForm.email')}
					inputProps={{ ...getInputProps(fields.email, { type: 'email' }), autoComplete: 'email' }}
					errorId={fields.email.errorId}
					errors={fields.email.errors}
				/>
				<Field
					label={t('accountForm.password')}
					inputProps={{ ...getInputProps(fields.password, { type: 'password' }), autoComplete: 'current-password' }}
					errorId={fields.password.errorId}
					errors={fields.password.errors}
				/>
				<div className="flex flex-wrap items-center justify-between gap-3">
					<SubmitButton pendingLabel={t('auth.login.pending')}>{t('auth.login.submit')}</SubmitButton>
					<Link to="/forgot-password" className="link text-sm">
						{t('auth.login.forgot')}
					</Link>
				</div>
			</Form>
		</AuthPage>
	)
}

export const ErrorBoundary = GeneralErrorBoundary
