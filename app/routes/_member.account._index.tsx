import { type SubmissionResult } from '@conform-to/react'
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import {
	buttonClass,
	Field,
	FormErrors,
	formLevelErrors,
	Notice,
	PasswordField,
	ReplyNotice,
	SchemaForm,
	SelectField,
	SubmitButton,
	useSchemaForm,
} from '~/components/forms/index.ts'
import {
	badRequest,
	handleForm,
	noFields,
	type PageNotice,
	refuse,
	stay,
	tooManyAttempts,
} from '~/components/forms/form-action.server.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { accountOverview, type AccountOverview } from '~/domain/accounts/account-overview.server.ts'
import { changePassword } from '~/domain/accounts/change-password.server.ts'
import { message } from '~/domain/messages.ts'
import { requestEmailChange } from '~/domain/accounts/request-email-change.server.ts'
import { resendVerification } from '~/domain/accounts/resend-verification.server.ts'
import { changeEmailSchema, changePasswordSchema, profileSchema } from '~/domain/accounts/schemas.ts'
import { updateProfile } from '~/domain/accounts/update-profile.server.ts'
import { requireActor } from '~/http/viewer.server.ts'
import { sessionToken } from '~/http/session-cookie.server.ts'
import type { MessageKey } from '~/i18n/messages.ts'
import { langCookie } from '~/i18n/locale.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'

// Signed-in users only, verified or not: an unconfirmed account still needs
// to fix a mistyped address, ask for a new link, or delete itself.

export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requireActor(request)
	return { account: await accountOverview(actor) }
}

type Intent = 'profile' | 'email' | 'password' | 'resend-verification'

interface AccountActionData {
	intent: Intent
	result?: SubmissionResult<string[]>
	notice?: PageNotice
}

const done = (message: MessageKey): PageNotice => ({ tone: 'success', message })

export async function action({ request }: ActionFunctionArgs) {
	const actor = await requireActor(request)
	const formData = await request.formData()
	const intent = formData.get('intent')

	switch (intent) {
		case 'profile':
			return handleForm(
				formData,
				profileSchema,
				async (value) => {
					await updateProfile(actor.userId, value)
					// The page follows the language just chosen.
					return stay({
						notice: done('account.profile.saved'),
						headers: { 'Set-Cookie': langCookie(value.preferredLocale) },
					})
				},
				{ echo: { intent } },
			)
		case 'password':
			return handleForm(
				formData,
				changePasswordSchema,
				async (value) => {
					const result = await changePassword(actor.userId, value, {
						currentSessionToken: sessionToken(request),
						baseUrl: publicBaseUrl(),
					})
					if (result.kind === 'rate-limited') return tooManyAttempts(result.retryAfterSeconds, 'currentPassword')
					if (result.kind === 'wrong-password') return refuse(message('auth.wrongPassword'), 'currentPassword')
					return stay({ resetForm: true, notice: done('account.password.changed') })
				},
				{ echo: { intent }, hideFields: ['currentPassword', 'newPassword'] },
			)
		case 'email':
			return handleForm(
				formData,
				changeEmailSchema,
				async (value) => {
					const result = await requestEmailChange(actor.userId, value, { baseUrl: publicBaseUrl() })
					if (result.kind === 'rate-limited') return tooManyAttempts(result.retryAfterSeconds, 'currentPassword')
					if (result.kind === 'wrong-password') return refuse(message('auth.wrongPassword'), 'currentPassword')
					if (result.kind === 'same-address') return refuse(message('account.email.same'), 'newEmail')
					return stay({ resetForm: true, notice: done('account.email.sent') })
				},
				{ echo: { intent }, hideFields: ['currentPassword'] },
			)
		case 'resend-verification':
			return handleForm(
				formData,
				noFields,
				async () => {
					const result = await resendVerification(actor.userId, { baseUrl: publicBaseUrl() })
					if (result.kind === 'rate-limited') return tooManyAttempts(result.retryAfterSeconds)
					return stay({
						notice: done(result.kind === 'sent' ? 'account.verification.sent' : 'account.verification.already'),
					})
				},
				{ echo: { intent } },
			)
	}
	throw badRequest()
}

export const meta: MetaFunction = ({ matches }) => documentMeta(matches, (i18n) => ({ title: i18n.t('account.title') }))

function Section({
	id,
	title,
	description,
	children,
}: {
	id: string
	title: string
	description?: ReactNode
	children: ReactNode
}) {
	return (
		<section aria-labelledby={id} className="card p-5 sm:p-6">
			<h2 id={id} className="text-lg font-semibold text-slate-900">
				{title}
			</h2>
			{description ? <div className="mt-1 text-sm leading-relaxed text-slate-600">{description}</div> : null}
			<div className="mt-5">{children}</div>
		</section>
	)
}

/** What an action said about its form as a whole: done, or (for a form that is only a button) refused. */
function ActionNotice({ actionData, intent }: { actionData?: AccountActionData; intent: Intent }) {
	if (actionData?.intent !== intent) return null
	if (actionData.notice) return <ReplyNotice notice={actionData.notice} className="mb-5" />
	return intent === 'resend-verification' ? (
		<FormErrors messages={formLevelErrors(actionData.result?.error ?? {})} className="mb-5" />
	) : null
}

function ProfileForm({ account, actionData }: { account: AccountOverview; actionData?: AccountActionData }) {
	const { t } = useT()
	const [form, fields] = useSchemaForm(profileSchema, {
		id: 'account-profile',
		lastResult: actionData?.intent === 'profile' ? actionData.result : undefined,
		defaultValue: { name: account.name, preferredLocale: account.preferredLocale },
	})
	return (
		<Section id="profile-heading" title={t('account.profile.title')}>
			<ActionNotice actionData={actionData} intent="profile" />
			<SchemaForm form={form}>
				<Field meta={fields.name} label={t('accountForm.name')} inputProps={{ autoComplete: 'name' }} />
				<SelectField
					meta={fields.preferredLocale}
					label={t('account.profile.language')}
					hint={t('account.profile.languageHint')}
					options={[
						{ value: 'en', label: t('language.en') },
						{ value: 'sv', label: t('language.sv') },
					]}
				/>
				<SubmitButton name="intent" value="profile" pendingLabel={t('accountForm.saving')}>
					{t('accountForm.save')}
				</SubmitButton>
			</SchemaForm>
		</Section>
	)
}

function EmailForm({ account, actionData }: { account: AccountOverview; actionData?: AccountActionData }) {
	const { t } = useT()
	const [form, fields] = useSchemaForm(changeEmailSchema, {
		id: 'account-email',
		lastResult: actionData?.intent === 'email' ? actionData.result : undefined,
	})
	return (
		<Section id="email-heading" title={t('account.email.title')}>
			<ActionNotice actionData={actionData} intent="email" />
			<ActionNotice actionData={actionData} intent="resend-verification" />
			<p className="flex flex-wrap items-center gap-x-3 gap-y-1">
				<span className="font-medium text-slate-900">{account.email}</span>
				{account.emailVerified ? (
					<span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-800 ring-1 ring-emerald-200 ring-inset">
						{t('account.email.verified')}
					</span>
				) : (
					<span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-200 ring-inset">
						{t('account.email.unverified')}
					</span>
				)}
			</p>
			{account.emailVerified ? null : (
				<Form method="post" className="mt-3">
					<SubmitButton
						name="intent"
						value="resend-verification"
						tone="secondary"
						pendingLabel={t('accountForm.sending')}
					>
						{t('verifyBanner.resend')}
					</SubmitButton>
				</Form>
			)}
			{account.pendingEmail ? (
				<Notice tone="info" className="mt-4">
					<p>{t('account.email.pending', { email: account.pendingEmail })}</p>
				</Notice>
			) : null}
			<SchemaForm
				form={form}
				className="mt-5 space-y-5 border-t border-slate-100 pt-5"
				intro={<p className="text-sm leading-relaxed text-slate-600">{t('account.email.changeIntro')}</p>}
			>
				<Field
					meta={fields.newEmail}
					type="email"
					label={t('account.email.new')}
					inputProps={{ autoComplete: 'email' }}
				/>
				<PasswordField meta={fields.currentPassword} purpose="current" />
				<SubmitButton name="intent" value="email" pendingLabel={t('accountForm.sending')}>
					{t('account.email.submit')}
				</SubmitButton>
			</SchemaForm>
		</Section>
	)
}

function PasswordForm({ actionData }: { actionData?: AccountActionData }) {
	const { t } = useT()
	const [form, fields] = useSchemaForm(changePasswordSchema, {
		id: 'account-password',
		lastResult: actionData?.intent === 'password' ? actionData.result : undefined,
	})
	return (
		<Section id="password-heading" title={t('account.password.title')} description={t('account.password.intro')}>
			<ActionNotice actionData={actionData} intent="password" />
			<SchemaForm form={form}>
				<PasswordField meta={fields.currentPassword} purpose="current" />
				<PasswordField meta={fields.newPassword} purpose="new" />
				<SubmitButton name="intent" value="password" pendingLabel={t('accountForm.saving')}>
					{t('account.password.submit')}
				</SubmitButton>
			</SchemaForm>
		</Section>
	)
}

function Organizations({ account }: { account: AccountOverview }) {
	const { t } = useT()
	return (
		<Section id="organizations-heading" title={t('account.organizations.title')}>
			{account.organizations.length ? (
				<ul className="divide-y divide-slate-100">
					{account.organizations.map((organization) => (
						<li key={organization.path} className="py-3 first:pt-0 last:pb-0">
							{organization.firstReview ? (
								<Link to="/my-listings" className="link">
									{organization.name}
								</Link>
							) : (
								<Link to={organization.path} className="link">
									{organization.name}
								</Link>
							)}
							<p className="mt-0.5 text-sm text-slate-600">
								{t(organization.role === 'admin' ? 'role.admin' : 'role.member')}
								{organization.firstReview ? ` · ${t(`listingStatus.${organization.firstReview}`)}` : null}
								{organization.role === 'admin' && !organization.firstReview ? (
									<>
										{' · '}
										<Link to={`${organization.path}/members`} className="link">
											{t('account.organizations.manage')}
										</Link>
										{' · '}
										<Link to="/account/api-tokens" className="link">
											{t('apiTokens.nav')}
										</Link>
									</>
								) : null}
							</p>
						</li>
					))}
				</ul>
			) : (
				<p className="text-sm leading-relaxed text-slate-600">{t('account.organizations.none')}</p>
			)}
			{account.canRegisterOrganization ? (
				<p className="mt-3 text-sm">
					<Link to="/my-listings/new?type=organization" className="link">
						{t('registerOrganization.start')}
					</Link>
				</p>
			) : null}
			{account.expertProfiles.length ? (
				<div className="mt-5 border-t border-slate-100 pt-4">
					<h3 className="text-sm font-semibold text-slate-900">{t('account.expertProfiles.title')}</h3>
					<ul className="mt-2 space-y-1 text-sm">
						{account.expertProfiles.map((profile) => (
							<li key={profile.name}>
								{profile.path ? (
									<Link to={profile.path} className="link">
										{profile.name}
									</Link>
								) : (
									profile.name
								)}
							</li>
						))}
					</ul>
				</div>
			) : null}
		</Section>
	)
}

function PersonalData({ account }: { account: AccountOverview }) {
	const { t } = useT()
	return (
		<Section id="data-heading" title={t('account.data.title')} description={t('account.data.intro')}>
			<div className="space-y-5">
				<div>
					{account.canExport ? (
						// A plain link: the browser downloads the file, no JavaScript involved.
						<a href="/account/export" download className={buttonClass('secondary')}>
							{t('account.data.download')}
						</a>
					) : (
						<p className="text-sm text-slate-600">{t('account.data.downloadNeedsVerification')}</p>
					)}
				</div>
				<div className="border-t border-slate-100 pt-5">
					<h3 className="text-sm font-semibold text-slate-900">{t('account.erase.title')}</h3>
					<p className="mt-1 text-sm leading-relaxed text-slate-600">{t('account.erase.summary')}</p>
					<Link to="/account/delete" className={`${buttonClass('dangerQuiet')} mt-3`}>
						{t('account.erase.link')}
					</Link>
				</div>
			</div>
		</Section>
	)
}

export default function AccountPage() {
	const { account } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>() as AccountActionData | undefined
	const { t, formatDate } = useT()
	return (
		<>
			<PageHeader trail={[]} title={t('account.title')}>
				<p className="mt-3 text-slate-700">{t('account.signedInAs', { name: account.name, email: account.email })}</p>
				<p className="mt-1 text-sm text-slate-600">
					{t('account.memberSince', { date: formatDate(account.memberSince) })}
				</p>
			</PageHeader>
			<div className="container-page py-8 sm:py-10">
				<div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:gap-8">
					<div className="space-y-6">
						<ProfileForm account={account} actionData={actionData} />
						<EmailForm account={account} actionData={actionData} />
						<PasswordForm actionData={actionData} />
					</div>
					<div className="space-y-6">
						<Organizations account={account} />
						<PersonalData account={account} />
					</div>
				</div>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
