import type { SubmissionResult } from '@conform-to/react'
import { Link } from '@remix-run/react'
import { Badge } from '~/components/badge.tsx'
import { Notice } from '~/components/forms/index.ts'
import { listingPath } from '~/domain/directory/types.ts'
import { useT } from '~/i18n/use-t.ts'
import { MessageThread } from './message-thread.tsx'
import { RouteStatusBadge } from './status-badges.tsx'
import { TriageSection } from './triage-section.tsx'
import type { TriageRoute } from './triage-types.ts'
// The taxonomy's labels that term() shows (app/i18n/term-labels.ts).
import '~/taxonomy/taxonomy.ts'

export const routeAnchor = (routeId: string) => `route-${routeId}`

/**
 * One provider the request was sent to: where it stands, what they answered,
 * the requester's feedback and the conversation. A route nobody has answered
 * yet shows when the reminder goes out and when it expires.
 */
function RouteCard({
	route,
	messageSent,
	threadResult,
}: {
	route: TriageRoute
	messageSent: boolean
	threadResult: SubmissionResult<string[]> | null
}) {
	const { t, term, formatDate } = useT()
	const waiting = route.status === 'routed'
	return (
		<li id={routeAnchor(route.id)} className="card scroll-mt-4 space-y-4 p-5 sm:p-6">
			<div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
				<div className="min-w-0">
					<h3 className="text-lg font-semibold text-slate-900">
						<Link to={listingPath(route.provider)} className="hover:text-brand-700 hover:underline">
							{route.provider.name}
						</Link>
					</h3>
					<p className="text-sm text-slate-600">
						{term('listingTypes', route.provider.type)} ·{' '}
						{route.routedBy
							? t('triage.routedBy', { date: formatDate(route.routedAt), name: route.routedBy })
							: t('requestDetail.routedOn', { date: formatDate(route.routedAt) })}
					</p>
				</div>
				<p className="flex flex-wrap gap-1.5">
					<RouteStatusBadge status={route.status} />
					{route.overdue ? <Badge tone="red">{t('triage.overdueBadge')}</Badge> : null}
				</p>
			</div>
			{waiting && (route.remindAt || route.expiresAt) ? (
				<p className="text-sm text-slate-700">
					{[
						route.remindAt ? t('triage.reminderDue', { date: formatDate(route.remindAt) }) : null,
						route.expiresAt ? t('inbox.answerBy', { date: formatDate(route.expiresAt) }) : null,
					]
						.filter(Boolean)
						.join(' · ')}
				</p>
			) : null}
			{route.note ? (
				<div className="text-sm">
					<p className="font-semibold text-slate-800">{t('triage.routeNote')}</p>
					<p className="mt-0.5 whitespace-pre-line text-slate-700">{route.note}</p>
				</div>
			) : null}
			{route.responses.length ? (
				<ol className="space-y-2">
					{route.responses.map((response) => (
						<li key={`${response.kind}:${response.createdAt}`} className="rounded-lg bg-slate-50 px-4 py-3 text-sm">
							<p className="font-semibold text-slate-800">
								{t('requestDetail.answeredOn', {
									kind: t(`response.kind.${response.kind}`),
									date: formatDate(response.createdAt),
								})}
								{response.authorName ? (
									<span className="font-normal text-slate-600"> · {response.authorName}</span>
								) : null}
							</p>
							{response.message ? <p className="mt-1 whitespace-pre-line text-slate-800">{response.message}</p> : null}
						</li>
					))}
				</ol>
			) : null}
			{route.feedbackRating !== null || route.feedbackComment ? (
				<div className="rounded-lg border border-slate-200 px-4 py-3 text-sm">
					{route.feedbackRating !== null ? (
						<p className="font-semibold text-slate-800">{t('triage.feedback', { rating: route.feedbackRating })}</p>
					) : null}
					{route.feedbackComment ? (
						<p className="mt-1 whitespace-pre-line text-slate-700">{route.feedbackComment}</p>
					) : null}
				</div>
			) : null}
			{messageSent ? <Notice tone="success">{t('thread.sent')}</Notice> : null}
			{route.threadOpen || route.thread.length ? (
				<MessageThread
					routeId={route.id}
					messages={route.thread}
					open={route.threadOpen}
					lastResult={threadResult}
					headingLevel={4}
				/>
			) : null}
		</li>
	)
}

export function TriageRoutes({
	routes,
	messageSentTo,
	threadResult,
}: {
	routes: readonly TriageRoute[]
	/** The route whose thread just got the coordinator's message. */
	messageSentTo: string | null
	/** The failed message, for the route it was written on. */
	threadResult: { routeId: string; result: SubmissionResult<string[]> } | null
}) {
	const { t } = useT()
	return (
		<TriageSection id="routes" heading={t('triage.routesHeading')}>
			{routes.length ? (
				<ul className="space-y-4">
					{routes.map((route) => (
						<RouteCard
							key={route.id}
							route={route}
							messageSent={messageSentTo === route.id}
							threadResult={threadResult?.routeId === route.id ? threadResult.result : null}
						/>
					))}
				</ul>
			) : (
				<p className="text-slate-700">{t('triage.routesEmpty')}</p>
			)}
		</TriageSection>
	)
}
