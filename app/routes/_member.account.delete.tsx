import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { retryAfterHeaders } from '~/components/token-page-headers.ts'
import { CheckboxField, SchemaForm, schemaOnUse, SubmitButton, useSchemaForm } from '~/components/forms/index.ts'
import { PasswordField } from '~/components/forms/password-field.tsx'
import { handleForm, refuse, tooManyAttempts } from '~/components/forms/form-action.server.ts'
import { message } from '~/domain/messages.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { eraseAccount, erasureSummary } from '~/domain/accounts/erase-account.server.ts'
import { eraseAccountSchema } from '~/domain/accounts/schemas.ts'
import { clearedSessionCookie } from '~/http/session-cookie.server.ts'
import { requireActor } from '~/http/viewer.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

const eraseAccountSchemaOnUse = schemaOnUse(() =>
	import('~/domain/accounts/schemas.ts').then((module) => module.eraseAccountSchema),
)

const hidePassword = ['password']

export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requireActor(request)
	return erasureSummary(actor.userId)
}

export async function action({ request }: ActionFunctionArgs) {
	const actor = await requireActor(request)
	return handleForm(
		await request.formData(),
		eraseAccountSchema,
		async (value) => {
			const result = await eraseAccount(actor.userId, value)
			if (result.kind === 'rate-limited') return tooManyAttempts(result.retryAfterSeconds, 'password')
			if (result.kind === 'wrong-password') return refuse(message('auth.wrongPassword'), 'password')
			return redirect('/account/deleted', { headers: { 'Set-Cookie': clearedSessionCookie(request) } })
		},
		{ hideFields: hidePassword },
	)
}

export const headers = retryAfterHeaders

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('account.erase.title') }))

export default function DeleteAccountPage() {
	const { expertProfiles, organizations } = useLoaderData<typeof loader>()
	const lastResult = useActionData<typeof action>()?.result
	const { t } = useT()
	const [form, fields] = useSchemaForm(eraseAccountSchemaOnUse, {
		id: 'erase-account',
		lastResult,
		checkFirst: 'onSubmit',
	})
	return (
		<>
			<PageHeader trail={[{ label: t('account.title'), to: '/account' }]} title={t('account.erase.title')} />
			<div className="container-page py-8 sm:py-10">
				<div className="card max-w-2xl p-5 sm:p-7">
					<h2 className="text-lg font-semibold text-slate-900">{t('account.erase.whatHappens')}</h2>
					<ul className="mt-3 list-disc space-y-1.5 pl-5 leading-relaxed text-slate-700">
						<li>{t('account.erase.pointAccount')}</li>
						{organizations ? <li>{t('account.erase.pointOrganizations', { count: organizations })}</li> : null}
						{expertProfiles ? <li>{t('account.erase.pointProfiles', { count: expertProfiles })}</li> : null}
						<li>{t('account.erase.pointKept')}</li>
					</ul>
					<p className="mt-4 text-sm text-slate-600">{t('account.erase.exportFirst')}</p>
					<SchemaForm form={form} className="mt-6 space-y-5 border-t border-slate-100 pt-6">
						<PasswordField meta={fields.password} purpose="current" />
						<CheckboxField meta={fields.confirm} label={t('account.erase.confirm')} />
						<div className="flex flex-wrap items-center gap-4">
							<SubmitButton tone="danger" pendingLabel={t('account.erase.pending')}>
								{t('account.erase.submit')}
							</SubmitButton>
							<Link to="/account" className="link">
								{t('accountForm.cancel')}
							</Link>
						</div>
					</SchemaForm>
				</div>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
