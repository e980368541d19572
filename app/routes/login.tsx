import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { AuthPage } from '~/components/auth-page.tsx'
import { retryAfterHeaders } from '~/components/token-page-headers.ts'
import { Field, SchemaForm, schemaOnUse, SubmitButton, useSchemaForm } from '~/components/forms/index.ts'
import { PasswordField } from '~/components/forms/password-field.tsx'
import { handleForm, refuse, tooManyAttempts } from '~/components/forms/form-action.server.ts'
import { message } from '~/domain/messages.ts'
import { loginSchema } from '~/domain/auth/login-schema.ts'
import { clientAddress } from '~/http/client-address.server.ts'
import { logIn } from '~/domain/auth/log-in.server.ts'
import { safeRedirectPath } from '~/domain/auth/safe-redirect.ts'
import { memberHomePath } from '~/domain/home/member-home-path.ts'
import { sessionCookie } from '~/http/session-cookie.server.ts'
import { getViewer } from '~/http/viewer.server.ts'
import { sessionToken } from '~/http/session-cookie.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

const loginSchemaOnUse = schemaOnUse(() => import('~/domain/auth/login-schema.ts').then((module) => module.loginSchema))

const hidePassword = ['password']

export async function loader({ request }: LoaderFunctionArgs) {
	const redirectTo = new URL(request.url).searchParams.get('redirectTo')
	// Already signed in: go where the link wanted to go, or home.
	if (await getViewer(request)) throw redirect(safeRedirectPath(redirectTo, memberHomePath))
	return { redirectTo: redirectTo && safeRedirectPath(redirectTo, '') }
}

export async function action({ request, context }: ActionFunctionArgs) {
	return handleForm(
		await request.formData(),
		loginSchema,
		async (value) => {
			const result = await logIn(value, {
				ip: clientAddress(request, context),
				userAgent: request.headers.get('User-Agent'),
				replacingToken: sessionToken(request),
			})
			const destination = safeRedirectPath(value.redirectTo, memberHomePath)
			switch (result.kind) {
				case 'rate-limited':
					return tooManyAttempts(result.retryAfterSeconds, 'email')
				case 'invalid-credentials':
					return refuse(message('auth.login.invalid'), 'password')
				case 'ignored':
					return destination
				case 'signed-in':
					return redirect(destination, {
						headers: { 'Set-Cookie': sessionCookie(result.token, result.expiresAt, request) },
					})
			}
		},
		{ hideFields: hidePassword },
	)
}

export const headers = retryAfterHeaders

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('auth.login.title') }))

export default function LoginPage() {
	const { redirectTo } = useLoaderData<typeof loader>()
	const lastResult = useActionData<typeof action>()?.result
	const { t } = useT()
	const [form, fields] = useSchemaForm(loginSchemaOnUse, {
		id: 'login',
		lastResult,
		checkFirst: 'onSubmit',
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
			<SchemaForm form={form} honeypot hidden={{ redirectTo }}>
				<Field meta={fields.email} type="email" label={t('accountForm.email')} inputProps={{ autoComplete: 'email' }} />
				<PasswordField meta={fields.password} purpose="current" label={t('accountForm.password')} />
				<div className="flex flex-wrap items-center justify-between gap-3">
					<SubmitButton pendingLabel={t('auth.login.pending')}>{t('auth.login.submit')}</SubmitButton>
					<Link to="/forgot-password" className="link text-sm">
						{t('auth.login.forgot')}
					</Link>
				</div>
			</SchemaForm>
		</AuthPage>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
