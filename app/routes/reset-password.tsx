import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { AuthOutcome, AuthPage, type Outcome } from '~/components/auth-page.tsx'
import { SchemaForm, schemaOnUse, SubmitButton, useSchemaForm } from '~/components/forms/index.ts'
import { PasswordField } from '~/components/forms/password-field.tsx'
import { handleForm, refuse, stay, tooManyAttempts } from '~/components/forms/form-action.server.ts'
import { message } from '~/domain/messages.ts'
import { tokenPageHeaders } from '~/components/token-page-headers.ts'
import { isResetLinkUsable, resetPassword } from '~/domain/accounts/reset-password.server.ts'
import { resetPasswordSchema } from '~/domain/accounts/schemas.ts'
import { clientAddress } from '~/http/client-address.server.ts'
import { clearedSessionCookie } from '~/http/session-cookie.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'

const resetPasswordSchemaOnUse = schemaOnUse(() =>
	import('~/domain/accounts/schemas.ts').then((module) => module.resetPasswordSchema),
)

const hidePassword = ['password']

export async function loader({ request }: LoaderFunctionArgs) {
	const token = new URL(request.url).searchParams.get('token') ?? ''
	return { token, usable: await isResetLinkUsable(token) }
}

export async function action({ request, context }: ActionFunctionArgs) {
	return handleForm(
		await request.formData(),
		resetPasswordSchema,
		async (value) => {
			const result = await resetPassword(value, { ip: clientAddress(request, context), baseUrl: publicBaseUrl() })
			if (result.kind === 'rate-limited') return tooManyAttempts(result.retryAfterSeconds)
			if (result.kind === 'invalid-link') return refuse(message('auth.reset.invalidLink'))
			// Every session ended, this browser's too.
			return stay({ extra: { done: true }, headers: { 'Set-Cookie': clearedSessionCookie(request) } })
		},
		{ hideFields: hidePassword },
	)
}

export const headers = tokenPageHeaders

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('auth.reset.title') }))

// What the page says instead of the form: the password is set, or the link is no good.
const outcomes = {
	done: {
		tone: 'success',
		heading: 'auth.reset.doneHeading',
		body: 'auth.reset.doneBody',
		next: { to: '/login', label: 'auth.login.submit', button: true },
	},
	'invalid-link': {
		tone: 'warning',
		heading: 'auth.reset.invalidHeading',
		body: 'auth.reset.invalidBody',
		next: { to: '/forgot-password', label: 'auth.reset.requestAnother' },
	},
} satisfies Record<string, Outcome>

export default function ResetPasswordPage() {
	const { token, usable } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	const done = Boolean(actionData?.done)
	const [form, fields] = useSchemaForm(resetPasswordSchemaOnUse, {
		id: 'reset-password',
		lastResult: done ? undefined : actionData?.result,
	})
	const ended = done ? 'done' : usable ? null : 'invalid-link'
	if (ended) return <AuthOutcome title={t('auth.reset.title')} outcome={outcomes[ended]} />
	return (
		<AuthPage title={t('auth.reset.title')} intro={t('auth.reset.intro')}>
			<SchemaForm form={form} hidden={{ token }}>
				<PasswordField meta={fields.password} purpose="new" />
				<SubmitButton pendingLabel={t('accountForm.saving')}>{t('auth.reset.submit')}</SubmitButton>
			</SchemaForm>
		</AuthPage>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
