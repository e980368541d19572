import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { CoordinatorNav } from '~/components/curation/coordinator-nav.tsx'
import { PageHeader } from '~/components/page-header.tsx'
import { requirePermission } from '~/domain/auth/viewer.server.ts'
import { coordinatorOverview } from '~/domain/curation/coordinator-overview.server.ts'
import type { PlainMessageKey } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	await requirePermission(request, 'revision.review')
	return coordinatorOverview()
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('coordinator.title') }))

function Stat({ label, value, to }: { label: string; value: number; to?: string }) {
	const { formatNumber } = useT()
	const body = (
		<>
			<span className="block text-3xl font-bold text-slate-900 tabular-nums">{formatNumber(value)}</span>
			<span className="mt-1 block text-sm text-slate-700">{label}</span>
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

export default function CoordinatorOverviewPage() {
	const overview = useLoaderData<typeof loader>()
	const { t, formatDate } = useT()
	const waiting = overview.pendingRevisions + overview.pendingClaims
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
			<CoordinatorNav />
			<div className="container-page space-y-10 py-8 sm:py-10">
				<section aria-labelledby="queue-heading">
					<h2 id="queue-heading" className="text-xl font-semibold text-slate-900">
						{t('coordinator.queueHeading')}
					</h2>
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
							: t('coordinator.nothingWaiting')}
					</p>
					{overview.pendingRevisions ? (
						<p className="mt-4">
							<Link to="/coordinator/reviews" className="button-primary">
								{t('coordinator.openQueue')}
							</Link>
						</p>
					) : null}
				</section>
				<section aria-labelledby="directory-heading">
					<h2 id="directory-heading" className="text-xl font-semibold text-slate-900">
						{t('coordinator.directoryHeading')}
					</h2>
					<ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
						{directory.map((stat) => (
							<li key={stat.label}>
								<Stat label={t(stat.label)} value={stat.value} to={stat.to} />
							</li>
						))}
					</ul>
				</section>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
