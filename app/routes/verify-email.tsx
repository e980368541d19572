import { parseWithZod } from '@conform-to/zod'
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData, useRouteLoaderData } from '@remix-run/react'
import { SubmitButton } from '~/components/forms/index.ts'
import { AuthOutcome, AuthPage } from '~/components/auth-page.tsx'
import { tokenPageHeaders } from '~/components/token-page-headers.ts'
import { emailTokenSchema } from '~/domain/accounts/schemas.ts'
import { confirmEmailLink, inspectEmailLink } from '~/domain/accounts/verify-email.server.ts'
import { sessionToken } from '~/http/session-cookie.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import type { loader as rootLoader } from '~/root.tsx'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { needTexts } from '~/i18n/messages.ts'

// Once the address is confirmed, the page shows the member's next steps in the directory.
await needTexts('members')

export async function loader({ request }: LoaderFunctionArgs) {
	const token = new URL(request.url).searchParams.get('token') ?? ''
	return { token, link: await inspectEmailLink(token) }
}

export async function action({ request }: ActionFunctionArgs) {
	const submission = parseWithZod(await request.formData(), { schema: emailTokenSchema })
	if (submission.status !== 'success') return { outcome: 'invalid-link' as const }
	const result = await confirmEmailLink(submission.value.token, {
		currentSessionToken: sessionToken(request),
		baseUrl: publicBaseUrl(),
	})
	return { outcome: result.kind }
}

export const headers = tokenPageHeaders

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('auth.verify.title') }))

/**
 * Where to go from here: a new account's next step is its organisation
 * (/my-listings); a changed address goes back to the account.
 */
function NextStep({ newAccount }: { newAccount: boolean }) {
	const { t } = useT()
	const signedIn = Boolean(useRouteLoaderData<typeof rootLoader>('root')?.user)
	const next = newAccount ? '/my-listings' : '/account'
	return (
		<>
			{newAccount ? <p className="mt-5 text-slate-700">{t('registerOrganization.afterVerify')}</p> : null}
			<p className="mt-5">
				{signedIn ? (
					<Link to={next} className="button-primary">
						{t(newAccount ? 'registerOrganization.toMyListings' : 'auth.verify.toAccount')}
					</Link>
				) : (
					<Link to={`/login?redirectTo=${encodeURIComponent(next)}`} className="button-primary">
						{t('auth.login.submit')}
					</Link>
				)}
			</p>
		</>
	)
}

export default function VerifyEmailPage() {
	const { token, link } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	const outcome = actionData?.outcome

	if (outcome === 'verified' || outcome === 'email-changed') {
		return (
			<AuthOutcome
				title={t('auth.verify.title')}
				tone="success"
				heading={t(outcome === 'verified' ? 'auth.verify.doneHeading' : 'auth.verify.changedHeading')}
				body={t(outcome === 'verified' ? 'auth.verify.doneBody' : 'auth.verify.changedBody')}
			>
				<NextStep newAccount={outcome === 'verified'} />
			</AuthOutcome>
		)
	}
	if (outcome === 'email-taken') {
		return (
			<AuthOutcome
				title={t('auth.verify.title')}
				tone="error"
				heading={t('auth.verify.takenHeading')}
				body={t('auth.verify.takenBody')}
			/>
		)
	}
	if (!link || outcome === 'invalid-link') {
		return (
			<AuthOutcome
				title={t('auth.verify.title')}
				tone="warning"
				heading={t('auth.verify.invalidHeading')}
				body={t('auth.verify.invalidBody')}
				next={{ to: '/account', label: t('auth.verify.toAccount') }}
			/>
		)
	}
	return (
		<AuthPage
			title={t('auth.verify.title')}
			intro={
				link.kind === 'change_email' && link.newEmail
					? t('auth.verify.changeIntro', { email: link.newEmail })
					: t('auth.verify.intro')
			}
		>
			<Form method="post">
				<input type="hidden" name="token" value={token} />
				<SubmitButton pendingLabel={t('accountForm.saving')}>
					{t(link.kind === 'change_email' ? 'auth.verify.changeSubmit' : 'auth.verify.submit')}
				</SubmitButton>
			</Form>
		</AuthPage>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
