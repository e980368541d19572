import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { AuthPage } from '~/components/auth-page.tsx'
import { handleForm, noFields, stay } from '~/components/forms/form-action.server.ts'
import { SubmitButton } from '~/components/forms/buttons.tsx'
import { Notice } from '~/components/forms/notice.tsx'
import { tokenPageHeaders } from '~/components/token-page-headers.ts'
import { inspectUnsubscribeLink, unsubscribe } from '~/domain/news/unsubscribe.server.ts'
import {
	type DigestKind,
	inspectAlertUnsubscribeLink,
	isAlertUnsubscribeToken,
	unsubscribeFromAlerts,
} from '~/domain/saved-searches/alert-unsubscribe.server.ts'
import { requireParam } from '~/http/params.server.ts'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

await needTexts('hubContent', 'savedSearches')

// The one link in every mail to a follower, and in every saved-search alert
// digest (its token starts with "a"). Opening it changes nothing (mail
// scanners open links); the button posts. A mail client's one-click
// unsubscribe (List-Unsubscribe-Post, RFC 8058) posts here too, with no
// session and no page: the same action answers it.

export async function loader({ params }: LoaderFunctionArgs) {
	const token = requireParam(params, 'token', 'token')
	if (isAlertUnsubscribeToken(token)) return { alerts: await inspectAlertUnsubscribeLink(token) }
	return inspectUnsubscribeLink(token)
}

export async function action({ request, params }: ActionFunctionArgs) {
	const token = requireParam(params, 'token', 'token')
	return handleForm(await request.formData(), noFields, async () => {
		if (isAlertUnsubscribeToken(token)) {
			const alerts = await unsubscribeFromAlerts(token)
			return stay({ extra: { outcome: alerts === 'unsubscribed' ? 'unsubscribed' : 'not-following' } as const })
		}
		return stay({ extra: { outcome: await unsubscribe(token) } })
	})
}

export const headers = tokenPageHeaders

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('unsubscribe.title') }))

function AlertsUnsubscribe({
	searches,
	kinds,
	outcome,
}: {
	searches: number
	kinds: readonly DigestKind[]
	outcome?: string
}) {
	const { t, tCount } = useT()
	const footer = (
		<p>
			<Link to="/account/alerts" className="link">
				{t('alertsUnsubscribe.toAccount')}
			</Link>
		</p>
	)
	if (outcome === 'unsubscribed') {
		return (
			<AuthPage title={t('alertsUnsubscribe.title')} footer={footer}>
				<Notice tone="success" title={t('alertsUnsubscribe.done')}>
					<p>{t('alertsUnsubscribe.doneHint')}</p>
				</Notice>
			</AuthPage>
		)
	}
	if ((!searches && !kinds.length) || outcome) {
		return (
			<AuthPage title={t('alertsUnsubscribe.title')} footer={footer}>
				<Notice tone="warning" title={t('alertsUnsubscribe.invalid')} />
			</AuthPage>
		)
	}
	return (
		<AuthPage title={t('alertsUnsubscribe.title')} footer={footer}>
			<Form method="post" className="space-y-4">
				<p className="leading-relaxed text-slate-800">{t('alertsUnsubscribe.question')}</p>
				<div className="text-sm text-slate-700">
					<p>{t('alertsUnsubscribe.stops')}</p>
					<ul className="mt-1 list-disc space-y-1 pl-5">
						{searches ? <li>{tCount('alertsUnsubscribe.searches', searches)}</li> : null}
						{kinds.map((kind) => (
							<li key={kind}>{t(`alertsUnsubscribe.kind.${kind}`)}</li>
						))}
					</ul>
					<p className="mt-2">{t('alertsUnsubscribe.other')}</p>
				</div>
				<SubmitButton pendingLabel={t('unsubscribe.pending')}>{t('alertsUnsubscribe.confirm')}</SubmitButton>
			</Form>
		</AuthPage>
	)
}

export default function UnsubscribePage() {
	const data = useLoaderData<typeof loader>()
	const outcome = useActionData<typeof action>()?.outcome
	const { t } = useT()
	if ('alerts' in data) {
		const alerts = data.alerts.kind === 'alerts' ? data.alerts : { searches: 0, kinds: [] }
		return <AlertsUnsubscribe searches={alerts.searches} kinds={alerts.kinds} outcome={outcome} />
	}
	const link = data
	const footer = (
		<p className="flex flex-wrap gap-x-6 gap-y-2">
			<Link to="/news" className="link">
				{t('unsubscribe.toNews')}
			</Link>
			<Link to="/events" className="link">
				{t('unsubscribe.toEvents')}
			</Link>
		</p>
	)
	if (outcome === 'unsubscribed') {
		return (
			<AuthPage title={t('unsubscribe.title')} footer={footer}>
				<Notice tone="success" title={t('unsubscribe.done')}>
					<p>{t('unsubscribe.doneHint')}</p>
				</Notice>
			</AuthPage>
		)
	}
	if (link.kind === 'not-following' || outcome === 'not-following') {
		return (
			<AuthPage title={t('unsubscribe.title')} footer={footer}>
				<Notice tone="warning" title={t('unsubscribe.invalid')} />
			</AuthPage>
		)
	}
	const what = [link.news ? t('following.news') : null, link.events ? t('following.events') : null]
		.filter(Boolean)
		.join(', ')
	return (
		<AuthPage title={t('unsubscribe.title')} footer={footer}>
			<Form method="post" className="space-y-4">
				<p className="leading-relaxed text-slate-800">{t('unsubscribe.question')}</p>
				<p className="text-sm text-slate-700">{t('unsubscribe.follows', { what })}</p>
				<SubmitButton pendingLabel={t('unsubscribe.pending')}>{t('unsubscribe.confirm')}</SubmitButton>
			</Form>
		</AuthPage>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
