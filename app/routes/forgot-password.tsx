import type { ActionFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useActionData } from '@remix-run/react'
import { AuthPage, MailboxNote } from '~/components/auth-page.tsx'
import { retryAfterHeaders } from '~/components/token-page-headers.ts'
import { Field, Notice, SchemaForm, schemaOnUse, SubmitButton, useSchemaForm } from '~/components/forms/index.ts'
import { handleForm, stay, tooManyAttempts } from '~/components/forms/form-action.server.ts'
import { requestPasswordReset } from '~/domain/accounts/request-password-reset.server.ts'
import { forgotPasswordSchema } from '~/domain/accounts/schemas.ts'
import { clientAddress } from '~/http/client-address.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { mailDelivery } from '~/mail/transport.server.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'

const forgotPasswordSchemaOnUse = schemaOnUse(() =>
	import('~/domain/accounts/schemas.ts').then((module) => module.forgotPasswordSchema),
)

export async function action({ request, context }: ActionFunctionArgs) {
	return handleForm(await request.formData(), forgotPasswordSchema, async (value) => {
		const result = await requestPasswordReset(value, { ip: clientAddress(request, context), baseUrl: publicBaseUrl() })
		if (result.kind === 'rate-limited') return tooManyAttempts(result.retryAfterSeconds, 'email')
		return stay({ extra: { sent: true, mail: mailDelivery() } })
	})
}

export const headers = retryAfterHeaders

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('auth.forgot.title') }))

export default function ForgotPasswordPage() {
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	const sent = Boolean(actionData?.sent)
	const kept = actionData?.mail === 'mailbox'
	const [form, fields] = useSchemaForm(forgotPasswordSchemaOnUse, {
		id: 'forgot-password',
		lastResult: sent ? undefined : actionData?.result,
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
				kept ? (
					<>
						<Notice tone="success" title={t('auth.forgot.mailboxHeading')} />
						<MailboxNote />
					</>
				) : (
					<Notice tone="success" title={t('auth.forgot.sentHeading')}>
						<p>{t('auth.forgot.sentBody')}</p>
					</Notice>
				)
			) : (
				<SchemaForm form={form} honeypot>
					<Field
						meta={fields.email}
						type="email"
						label={t('accountForm.email')}
						inputProps={{ autoComplete: 'email' }}
					/>
					<SubmitButton pendingLabel={t('accountForm.sending')}>{t('auth.forgot.submit')}</SubmitButton>
				</SchemaForm>
			)}
		</AuthPage>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
