import { parseWithZod } from '@conform-to/zod'
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, type MetaFunction, useActionData, useLoaderData, useRouteLoaderData } from '@remix-run/react'
import { SubmitButton } from '~/components/forms/index.ts'
import { AuthOutcome, AuthPage, type Outcome } from '~/components/auth-page.tsx'
import { LinkLine } from '~/components/link-line.tsx'
import { tokenPageHeaders } from '~/components/token-page-headers.ts'
import { emailTokenSchema } from '~/domain/accounts/schemas.ts'
import { safeRedirectPath } from '~/domain/auth/safe-redirect.ts'
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
	const url = new URL(request.url)
	const token = url.searchParams.get('token') ?? ''
	// A sign-up on the way to a page (an "Ask the hub" form) carries it in the link; only a path of this site counts.
	const next = safeRedirectPath(url.searchParams.get('next'), '')
	return { token, link: await inspectEmailLink(token), next }
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

// What the page says once the link is used, or when it is no good.
const outcomes = {
	verified: { tone: 'success', heading: 'auth.verify.doneHeading', body: 'auth.verify.doneBody' },
	'email-changed': { tone: 'success', heading: 'auth.verify.changedHeading', body: 'auth.verify.changedBody' },
	'email-taken': { tone: 'error', heading: 'auth.verify.takenHeading', body: 'auth.verify.takenBody' },
	'invalid-link': {
		tone: 'warning',
		heading: 'auth.verify.invalidHeading',
		body: 'auth.verify.invalidBody',
		next: { to: '/account', label: 'auth.verify.toAccount' },
	},
} satisfies Record<Awaited<ReturnType<typeof action>>['outcome'], Outcome>

/**
 * Where to go from here: back to the page the person signed up on the way
 * to, if the link names one; otherwise a new account's next step is its
 * organisation (/my-listings), and a changed address goes back to the account.
 */
function NextStep({ newAccount, returnTo }: { newAccount: boolean; returnTo: string }) {
	const { t } = useT()
	const signedIn = Boolean(useRouteLoaderData<typeof rootLoader>('root')?.user)
	const goBack = newAccount && Boolean(returnTo)
	const next = goBack ? returnTo : newAccount ? '/my-listings' : '/account'
	return (
		<>
			{newAccount && !goBack ? <p className="mt-5 text-slate-700">{t('registerOrganization.afterVerify')}</p> : null}
			<LinkLine to={signedIn ? next : `/login?redirectTo=${encodeURIComponent(next)}`} button className="mt-5">
				{!signedIn
					? t('auth.login.submit')
					: goBack
						? t('auth.verify.continue')
						: t(newAccount ? 'registerOrganization.toMyListings' : 'auth.verify.toAccount')}
			</LinkLine>
		</>
	)
}

export default function VerifyEmailPage() {
	const { token, link, next } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	const outcome = actionData?.outcome
	if (outcome || !link) {
		const ended = outcome ?? 'invalid-link'
		return (
			<AuthOutcome title={t('auth.verify.title')} outcome={outcomes[ended]}>
				{ended === 'verified' || ended === 'email-changed' ? (
					<NextStep newAccount={ended === 'verified'} returnTo={next} />
				) : null}
			</AuthOutcome>
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
