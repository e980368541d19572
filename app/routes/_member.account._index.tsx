import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import {
	buttonClass,
	Field,
	IntentForm,
	IntentNotice,
	type IntentReply,
	Notice,
	replyFor,
	schemaOnUse,
	SelectField,
	SubmitButton,
	useSchemaForm,
} from '~/components/forms/index.ts'
import { PasswordField } from '~/components/forms/password-field.tsx'
import {
	formIntent,
	handleIntents,
	noFields,
	type PageNotice,
	refuse,
	stay,
	tooManyAttempts,
} from '~/components/forms/form-action.server.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { LinkLine } from '~/components/link-line.tsx'
import { CardSection } from '~/components/section.tsx'
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
import { needTexts } from '~/i18n/messages.ts'
import { langCookie } from '~/i18n/locale.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'

// The layout has the members' and the accounts' texts; the role beside each organisation is the memberships'.
await needTexts('memberships')

const changeEmailSchemaOnUse = schemaOnUse(() =>
	import('~/domain/accounts/schemas.ts').then((module) => module.changeEmailSchema),
)
const changePasswordSchemaOnUse = schemaOnUse(() =>
	import('~/domain/accounts/schemas.ts').then((module) => module.changePasswordSchema),
)
const profileSchemaOnUse = schemaOnUse(() =>
	import('~/domain/accounts/schemas.ts').then((module) => module.profileSchema),
)

// Signed-in users only, verified or not: an unconfirmed account still needs
// to fix a mistyped address, ask for a new link, or delete itself.

export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requireActor(request)
	return { account: await accountOverview(actor) }
}

type Intent = 'profile' | 'email' | 'password' | 'resend-verification'

type AccountActionData = IntentReply<Intent>

const done = (message: MessageKey): PageNotice => ({ tone: 'success', message })

export async function action({ request }: ActionFunctionArgs) {
	const actor = await requireActor(request)
	return handleIntents(await request.formData(), {
		profile: formIntent(profileSchema, async (value) => {
			await updateProfile(actor.userId, value)
			// The page follows the language just chosen.
			return stay({
				notice: done('account.profile.saved'),
				headers: { 'Set-Cookie': langCookie(value.preferredLocale) },
			})
		}),
		password: formIntent(
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
			{ hideFields: ['currentPassword', 'newPassword'] },
		),
		email: formIntent(
			changeEmailSchema,
			async (value) => {
				const result = await requestEmailChange(actor.userId, value, { baseUrl: publicBaseUrl() })
				if (result.kind === 'rate-limited') return tooManyAttempts(result.retryAfterSeconds, 'currentPassword')
				if (result.kind === 'wrong-password') return refuse(message('auth.wrongPassword'), 'currentPassword')
				if (result.kind === 'same-address') return refuse(message('account.email.same'), 'newEmail')
				return stay({ resetForm: true, notice: done('account.email.sent') })
			},
			{ hideFields: ['currentPassword'] },
		),
		'resend-verification': formIntent(noFields, async () => {
			const result = await resendVerification(actor.userId, { baseUrl: publicBaseUrl() })
			if (result.kind === 'rate-limited') return tooManyAttempts(result.retryAfterSeconds)
			return stay({
				notice: done(result.kind === 'sent' ? 'account.verification.sent' : 'account.verification.already'),
			})
		}),
	})
}

export const meta: MetaFunction = ({ matches }) => documentMeta(matches, (i18n) => ({ title: i18n.t('account.title') }))

function ProfileForm({ account, actionData }: { account: AccountOverview; actionData?: AccountActionData }) {
	const { t } = useT()
	const [form, fields] = useSchemaForm(profileSchemaOnUse, {
		id: 'account-profile',
		lastResult: replyFor(actionData, 'profile'),
		defaultValue: { name: account.name, preferredLocale: account.preferredLocale },
	})
	return (
		<CardSection id="profile-heading" heading={t('account.profile.title')}>
			<IntentNotice reply={actionData} intents={['profile']} className="mb-5" />
			<IntentForm form={form} intent="profile" submit={t('accountForm.save')} pendingLabel={t('accountForm.saving')}>
				<Field meta={fields.name} label={t('accountForm.name')} inputProps={{ autoComplete: 'name' }} />
				<SelectField
					meta={fields.preferredLocale}
					label={t('account.profile.language')}
					hint={t('account.profile.languageHint')}
					options={profileSchema.shape.preferredLocale.options.map((locale) => ({
						value: locale,
						label: t(`language.${locale}`),
					}))}
				/>
			</IntentForm>
		</CardSection>
	)
}

function EmailForm({ account, actionData }: { account: AccountOverview; actionData?: AccountActionData }) {
	const { t } = useT()
	const [form, fields] = useSchemaForm(changeEmailSchemaOnUse, {
		id: 'account-email',
		lastResult: replyFor(actionData, 'email'),
	})
	return (
		<CardSection id="email-heading" heading={t('account.email.title')}>
			<IntentNotice
				reply={actionData}
				intents={['email', 'resend-verification']}
				buttonsOnly={['resend-verification']}
				className="mb-5"
			/>
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
			<IntentForm
				form={form}
				intent="email"
				submit={t('account.email.submit')}
				pendingLabel={t('accountForm.sending')}
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
			</IntentForm>
		</CardSection>
	)
}

function PasswordForm({ actionData }: { actionData?: AccountActionData }) {
	const { t } = useT()
	const [form, fields] = useSchemaForm(changePasswordSchemaOnUse, {
		id: 'account-password',
		lastResult: replyFor(actionData, 'password'),
	})
	return (
		<CardSection id="password-heading" heading={t('account.password.title')} description={t('account.password.intro')}>
			<IntentNotice reply={actionData} intents={['password']} className="mb-5" />
			<IntentForm
				form={form}
				intent="password"
				submit={t('account.password.submit')}
				pendingLabel={t('accountForm.saving')}
			>
				<PasswordField meta={fields.currentPassword} purpose="current" />
				<PasswordField meta={fields.newPassword} purpose="new" />
			</IntentForm>
		</CardSection>
	)
}

function Organizations({ account }: { account: AccountOverview }) {
	const { t } = useT()
	return (
		<CardSection id="organizations-heading" heading={t('account.organizations.title')}>
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
								{t(`role.${organization.role}`)}
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
				<LinkLine to="/my-listings/new?type=organization" className="mt-3 text-sm">
					{t('registerOrganization.start')}
				</LinkLine>
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
		</CardSection>
	)
}

function PersonalData({ account }: { account: AccountOverview }) {
	const { t } = useT()
	return (
		<CardSection id="data-heading" heading={t('account.data.title')} description={t('account.data.intro')}>
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
		</CardSection>
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
						<CardSection id="alerts-heading" heading={t('alerts.saved.title')}>
							<p className="text-sm leading-relaxed text-slate-600">{t('alerts.saved.accountCard')}</p>
							<LinkLine to="/account/alerts" className="mt-3 text-sm">
								{t('alerts.nav')}
							</LinkLine>
						</CardSection>
						<PersonalData account={account} />
					</div>
				</div>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
