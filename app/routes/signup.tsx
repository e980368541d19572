import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { AuthOutcome, AuthPage, MailboxNote } from '~/components/auth-page.tsx'
import { retryAfterHeaders } from '~/components/token-page-headers.ts'
import { Field, SchemaForm, schemaOnUse, SubmitButton, useSchemaForm } from '~/components/forms/index.ts'
import { PasswordField } from '~/components/forms/password-field.tsx'
import { handleForm, stay, tooManyAttempts } from '~/components/forms/form-action.server.ts'
import { signupSchema } from '~/domain/accounts/schemas.ts'
import { signUp } from '~/domain/accounts/sign-up.server.ts'
import { clientAddress } from '~/http/client-address.server.ts'
import { safeRedirectPath } from '~/domain/auth/safe-redirect.ts'
import { getViewer } from '~/http/viewer.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { mailDelivery } from '~/mail/transport.server.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'

const signupSchemaOnUse = schemaOnUse(() =>
	import('~/domain/accounts/schemas.ts').then((module) => module.signupSchema),
)

// The address to go back to comes from the page, never from the reply: a hostile one must not travel on.
const notEchoed = ['password', 'redirectTo']

export async function loader({ request }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	if (await getViewer(request)) throw redirect('/account')
	const redirectTo = url.searchParams.get('redirectTo')
	// An invitation mail links here with the invited address filled in.
	return { redirectTo: redirectTo && safeRedirectPath(redirectTo, ''), email: url.searchParams.get('email') ?? '' }
}

export async function action({ request, context }: ActionFunctionArgs) {
	return handleForm(
		await request.formData(),
		signupSchema,
		async (value) => {
			const result = await signUp(value, {
				ip: clientAddress(request, context),
				locale: resolveLocale(request).locale,
				baseUrl: publicBaseUrl(),
			})
			if (result.kind === 'rate-limited') return tooManyAttempts(result.retryAfterSeconds, 'email')
			const mail = mailDelivery()
			return stay({ extra: { sentTo: value.email, redirectTo: safeRedirectPath(value.redirectTo, ''), mail } })
		},
		{ hideFields: notEchoed },
	)
}

export const headers = retryAfterHeaders

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('auth.signup.title') }))

function CheckInbox({ email, redirectTo, mail }: { email: string; redirectTo: string; mail: 'smtp' | 'mailbox' }) {
	const { t } = useT()
	const login = redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login'
	const kept = mail === 'mailbox'
	return (
		<AuthOutcome
			title={t(kept ? 'auth.signup.mailboxTitle' : 'auth.signup.sentTitle')}
			outcome={{ tone: 'success', heading: 'auth.signup.sentHeading', next: { to: login, label: 'auth.login.link' } }}
			body={t(kept ? 'auth.signup.mailboxBody' : 'auth.signup.sentBody', { email })}
		>
			<p className="mt-5 text-sm leading-relaxed text-slate-700">
				{t('auth.signup.sentNext')} {kept ? null : t('auth.signup.spam')}
			</p>
			{kept ? <MailboxNote /> : null}
		</AuthOutcome>
	)
}

export default function SignupPage() {
	const { redirectTo, email } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	const sent = actionData?.sentTo
		? { email: actionData.sentTo, redirectTo: actionData.redirectTo ?? '', mail: actionData.mail ?? 'smtp' }
		: null
	const lastResult = sent ? undefined : actionData?.result
	const [form, fields] = useSchemaForm(signupSchemaOnUse, {
		id: 'signup',
		lastResult,
		defaultValue: { email },
	})
	if (sent) return <CheckInbox {...sent} />
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
			<SchemaForm form={form} honeypot hidden={{ redirectTo }}>
				<Field meta={fields.name} label={t('accountForm.name')} inputProps={{ autoComplete: 'name' }} />
				<Field meta={fields.email} type="email" label={t('accountForm.email')} inputProps={{ autoComplete: 'email' }} />
				<PasswordField meta={fields.password} purpose="new" label={t('accountForm.password')} />
				<p className="text-sm leading-relaxed text-slate-600">{t('auth.signup.privacy')}</p>
				<SubmitButton pendingLabel={t('auth.signup.pending')}>{t('auth.signup.submit')}</SubmitButton>
			</SchemaForm>
		</AuthPage>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
