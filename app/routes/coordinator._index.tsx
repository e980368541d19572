import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { formatAge } from '~/components/curation/age.ts'
import { LinkLine } from '~/components/link-line.tsx'
import { PageHeader } from '~/components/page-header.tsx'
import { Section } from '~/components/section.tsx'
import { routeAnchor } from '~/components/requests/triage-routes.tsx'
import { requirePermission } from '~/http/viewer.server.ts'
import { coordinatorOverview } from '~/domain/curation/coordinator-overview.server.ts'
import { requestStatuses } from '~/domain/requests/lifecycle.ts'
import { matchmakingOverview } from '~/domain/requests/triage-views.server.ts'
import type { PlainMessageKey } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	const viewer = await requirePermission(request, 'revision.review')
	// Ages are computed against the server's clock, so the page reads the same after hydration.
	const now = new Date()
	const [overview, matchmaking] = await Promise.all([coordinatorOverview(), matchmakingOverview(viewer, now)])
	return { ...overview, matchmaking, now: now.toISOString() }
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('coordinator.title') }))

function Stat({ label, value, detail, to }: { label: string; value: number | string; detail?: string; to?: string }) {
	const { formatNumber } = useT()
	const body = (
		<>
			<span className="block text-3xl font-bold text-slate-900 tabular-nums">
				{typeof value === 'number' ? formatNumber(value) : value}
			</span>
			<span className="mt-1 block text-sm text-slate-700">{label}</span>
			{detail ? <span className="mt-0.5 block text-sm text-slate-600">{detail}</span> : null}
		</>
	)
	return to ? (
		<Link to={to} className="card block h-full p-5 transition hover:border-brand-300 hover:shadow-md">
			{body}
		</Link>
	) : (
		<div className="card h-full p-5">{body}</div>
	)
}

/** A short list of links under a heading, or a sentence saying there is nothing. */
function LinkListCard({
	heading,
	empty,
	items,
}: {
	heading: string
	empty: string
	items: ReadonlyArray<{ key: string; to: string; label: string; detail: ReadonlyArray<string | null> }>
}) {
	return (
		<div className="card p-5">
			<h3 className="font-semibold text-slate-900">{heading}</h3>
			{items.length ? (
				<ul className="mt-3 divide-y divide-slate-200">
					{items.map((item) => (
						<li key={item.key} className="py-2.5 first:pt-0 last:pb-0">
							<Link to={item.to} className="link">
								{item.label}
							</Link>
							<p className="text-sm text-slate-600">{item.detail.filter(Boolean).join(' · ')}</p>
						</li>
					))}
				</ul>
			) : (
				<p className="mt-3 text-slate-700">{empty}</p>
			)}
		</div>
	)
}

type Matchmaking = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>['matchmaking']>

/** Where match requests stand, what waits for the hub, and which providers are late. */
function MatchmakingSection({ matchmaking, now }: { matchmaking: Matchmaking; now: string }) {
	const i18n = useT()
	const { t, tCount, formatDate } = i18n
	const median = matchmaking.medianHoursToFirstResponse
	return (
		<Section id="matchmaking-heading" heading={t('overview.matchmakingHeading')} className="space-y-6">
			<div>
				<h3 className="font-semibold text-slate-900">{t('overview.requestsByStatus')}</h3>
				<ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-5">
					{requestStatuses.map((status) => (
						<li key={status}>
							<Stat
								label={t(`request.status.${status}`)}
								value={matchmaking.counts[status]}
								// The queue holds the requests under way; drafts and closed ones are not the hub's to act on.
								to={status === 'draft' || status === 'closed' ? undefined : '/coordinator/requests'}
							/>
						</li>
					))}
				</ul>
			</div>
			<div className="grid items-start gap-6 lg:grid-cols-3">
				<LinkListCard
					heading={t('overview.waitingHeading')}
					empty={t('overview.waitingEmpty')}
					items={matchmaking.waiting.map((request) => ({
						key: request.id,
						to: `/coordinator/requests/${request.id}`,
						label: request.title,
						detail: [
							request.organizationName,
							request.submittedAt ? formatAge(request.submittedAt, new Date(now), i18n) : null,
						],
					}))}
				/>
				<LinkListCard
					heading={t('overview.overdueHeading')}
					empty={t('overview.overdueEmpty')}
					items={matchmaking.overdue.map((route) => ({
						key: route.routeId,
						to: `/coordinator/requests/${route.requestId}#${routeAnchor(route.routeId)}`,
						label: route.providerName,
						detail: [route.title, t('overview.routedOn', { date: formatDate(route.routedAt) })],
					}))}
				/>
				<Stat
					label={t('overview.medianResponse')}
					value={median === null ? '—' : t('overview.medianHours', { hours: median })}
					detail={
						median === null ? t('overview.medianNone') : tCount('overview.answeredRoutes', matchmaking.answeredRoutes)
					}
				/>
			</div>
			<LinkLine to="/coordinator/requests" button>
				{t('overview.openRequests')}
			</LinkLine>
		</Section>
	)
}

export default function CoordinatorOverviewPage() {
	const overview = useLoaderData<typeof loader>()
	const { t, tCount, formatDate } = useT()
	const waiting = overview.pendingRevisions + overview.pendingClaims
	// "Nothing is waiting" only when nothing is: requests waiting for triage count too.
	const requestsWaiting = overview.matchmaking?.counts.submitted ?? 0
	const directory: ReadonlyArray<{ label: PlainMessageKey; value: number; to?: string }> = [
		{
			label: 'coordinator.published',
			value: overview.listingsByStatus.published,
			to: '/coordinator/listings?status=published',
		},
		{
			label: 'coordinator.inReview',
			value: overview.listingsByStatus.pending_review,
			to: '/coordinator/listings?status=pending_review',
		},
		{ label: 'coordinator.drafts', value: overview.listingsByStatus.draft, to: '/coordinator/listings?status=draft' },
		{
			label: 'coordinator.archived',
			value: overview.listingsByStatus.archived,
			to: '/coordinator/listings?status=archived',
		},
		{ label: 'coordinator.verified', value: overview.verifiedListings },
		{ label: 'coordinator.expiringSoon', value: overview.verificationsExpiringSoon },
		{ label: 'coordinator.featured', value: overview.featuredListings },
	]
	return (
		<>
			<PageHeader trail={[]} title={t('coordinator.title')}>
				<p className="mt-3 max-w-2xl text-lg text-slate-700">{t('coordinator.intro')}</p>
			</PageHeader>
			<div className="container-page space-y-10 py-8 sm:py-10">
				<Section id="queue-heading" heading={t('coordinator.queueHeading')}>
					<ul className="mt-4 grid gap-4 sm:grid-cols-2">
						<li>
							<Stat
								label={t('coordinator.pendingRevisions')}
								value={overview.pendingRevisions}
								to="/coordinator/reviews"
							/>
						</li>
						<li>
							<Stat label={t('coordinator.pendingClaims')} value={overview.pendingClaims} to="/coordinator/claims" />
						</li>
					</ul>
					<p className="mt-4 text-slate-700">
						{waiting && overview.oldestPendingAt
							? t('coordinator.oldestWaiting', { date: formatDate(overview.oldestPendingAt) })
							: requestsWaiting
								? tCount('coordinator.onlyRequestsWaiting', requestsWaiting)
								: t('coordinator.nothingWaiting')}
					</p>
					{overview.pendingRevisions ? (
						<LinkLine to="/coordinator/reviews" button className="mt-4">
							{t('coordinator.openQueue')}
						</LinkLine>
					) : null}
				</Section>
				{overview.matchmaking ? <MatchmakingSection matchmaking={overview.matchmaking} now={overview.now} /> : null}
				<Section id="directory-heading" heading={t('coordinator.directoryHeading')}>
					<ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
						{directory.map((stat) => (
							<li key={stat.label}>
								<Stat label={t(stat.label)} value={stat.value} to={stat.to} />
							</li>
						))}
					</ul>
				</Section>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
