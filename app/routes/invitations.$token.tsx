import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { Notice, SubmitButton } from '~/components/forms/index.ts'
import { AuthPage } from '~/components/auth-page.tsx'
import { tokenPageHeaders } from '~/components/token-page-headers.ts'
import { acceptInvitation, inspectInvitation } from '~/domain/accounts/accept-invitation.server.ts'
import { getViewer, requireActor } from '~/http/viewer.server.ts'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { notFound, requireParam } from '~/http/params.server.ts'

// The invitee may have no account yet: the invitation's few texts are a part of their own, not the members'.
await needTexts('memberships')

export async function loader({ request, params }: LoaderFunctionArgs) {
	const viewer = await getViewer(request)
	const invitation = await inspectInvitation(requireParam(params, 'token', 'token'), { viewerUserId: viewer?.userId })
	if (!invitation) throw notFound()
	return { invitation, here: new URL(request.url).pathname }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const actor = await requireActor(request)
	const result = await acceptInvitation(actor.userId, requireParam(params, 'token', 'token'))
	if (result.kind === 'joined') throw redirect(result.organizationPath)
	return { outcome: result.kind }
}

export const headers = tokenPageHeaders

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('invitation.title') }))

export default function InvitationPage() {
	const { invitation, here } = useLoaderData<typeof loader>()
	const actionData = useActionData<typeof action>()
	const { t } = useT()
	const role = t(invitation.role === 'admin' ? 'role.admin' : 'role.member')
	const back = encodeURIComponent(here)

	if (invitation.state !== 'open' || actionData?.outcome === 'invalid-link') {
		return (
			<AuthPage title={t('invitation.title')}>
				<Notice tone="warning" title={t('invitation.closedHeading')}>
					<p>{t(invitation.state === 'accepted' ? 'invitation.acceptedBody' : 'invitation.expiredBody')}</p>
				</Notice>
			</AuthPage>
		)
	}

	return (
		<AuthPage
			title={t('invitation.title')}
			intro={t('invitation.intro', { organization: invitation.organization.name, role })}
		>
			{invitation.forRequest ? (
				<p className="mb-4 leading-relaxed text-slate-700">
					{t('invitation.forRequest', { organization: invitation.organization.name })}
				</p>
			) : null}
			{invitation.viewer === 'visitor' ? (
				<div className="space-y-4">
					<p className="leading-relaxed text-slate-700">{t('invitation.signInFirst', { email: invitation.email })}</p>
					<div className="flex flex-wrap gap-3">
						<Link to={`/login?redirectTo=${back}`} className="button-primary">
							{t('auth.login.submit')}
						</Link>
						<Link
							to={`/signup?redirectTo=${back}&email=${encodeURIComponent(invitation.email)}`}
							className="inline-flex items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2.5 font-semibold text-slate-800 shadow-sm hover:bg-slate-50"
						>
							{t('auth.signup.submit')}
						</Link>
					</div>
				</div>
			) : invitation.viewer === 'other-account' || actionData?.outcome === 'wrong-account' ? (
				<Notice tone="warning" title={t('invitation.wrongAccountHeading')}>
					<p>{t('invitation.wrongAccountBody', { email: invitation.email })}</p>
				</Notice>
			) : (
				<Form method="post" className="space-y-4">
					<p className="leading-relaxed text-slate-700">{t('invitation.acceptIntro')}</p>
					<SubmitButton pendingLabel={t('accountForm.saving')}>{t('invitation.accept')}</SubmitButton>
				</Form>
			)}
		</AuthPage>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
