import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { formatAge } from '~/components/curation/age.ts'
import { ColumnHeads } from '~/components/curation/column-heads.tsx'
import { EmptyState } from '~/components/empty-state.tsx'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { ConfidentialityBadge, RequestStatusBadge } from '~/components/requests/status-badges.tsx'
import { requirePermission } from '~/http/viewer.server.ts'
import { triageQueue } from '~/domain/requests/triage-views.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	const viewer = await requirePermission(request, 'request.triage')
	// "Waiting 3 days" is computed against the server's clock, so the page reads the same after hydration.
	const now = new Date()
	const items = await triageQueue(viewer, now)
	if (!items) throw new Response('Forbidden', { status: 403 })
	return { items, now: now.toISOString() }
}

export const meta: MetaFunction = ({ matches }) => documentMeta(matches, (i18n) => ({ title: i18n.t('triage.title') }))

type QueueItem = ReturnType<typeof useLoaderData<typeof loader>>['items'][number]

const countChip = 'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset'

/** What needs a look among a request's providers, as counted chips. */
const attentionCounts = [
	{ stem: 'triage.overdue', count: (item: QueueItem) => item.overdue, tone: 'bg-red-50 text-red-800 ring-red-200' },
	{
		stem: 'triage.declined',
		count: (item: QueueItem) => item.declined,
		tone: 'bg-slate-100 text-slate-700 ring-slate-300',
	},
	{
		stem: 'triage.interests',
		count: (item: QueueItem) => item.interests,
		tone: 'bg-violet-50 text-violet-900 ring-violet-200',
	},
] as const

/** The queue's columns; narrow screens show the hidden ones' facts inside the first cell. */
const columns = [
	{ label: 'triage.column.request', className: '' },
	{ label: 'triage.column.from', className: 'hidden md:table-cell' },
	{ label: 'triage.column.status', className: 'hidden sm:table-cell' },
	{ label: 'triage.column.age', className: 'whitespace-nowrap' },
	{ label: 'triage.column.routes', className: 'hidden md:table-cell' },
] as const

/** How far the hub has come with a request's providers: asked, and what needs a look. */
function ProviderProgress({ item }: { item: QueueItem }) {
	const { t, tCount } = useT()
	const chips = attentionCounts.filter((attention) => attention.count(item) > 0)
	return (
		<div className="space-y-1">
			<p className="text-slate-800">{item.routes ? tCount('triage.asked', item.routes) : t('triage.notAsked')}</p>
			{chips.length ? (
				<p className="flex flex-wrap gap-1.5">
					{chips.map((attention) => (
						<span key={attention.stem} className={`${countChip} ${attention.tone}`}>
							{tCount(attention.stem, attention.count(item))}
						</span>
					))}
				</p>
			) : null}
		</div>
	)
}

export default function TriageQueuePage() {
	const { items, now } = useLoaderData<typeof loader>()
	const i18n = useT()
	const { t } = i18n
	return (
		<>
			<CoordinatorHeader title={t('triage.title')} intro={t('triage.intro')} />
			<div className="container-page py-8 sm:py-10">
				{items.length === 0 ? (
					<EmptyState title={t('triage.empty')} />
				) : (
					<div className="card overflow-hidden">
						<table className="w-full text-left text-sm">
							<caption className="sr-only">{t('triage.title')}</caption>
							<ColumnHeads columns={columns.map((column) => ({ ...column, label: t(column.label) }))} />
							<tbody className="divide-y divide-slate-200">
								{items.map((item) => (
									<tr key={item.id} className="align-top hover:bg-slate-50">
										<th scope="row" className="px-4 py-3 font-normal">
											<Link
												to={`/coordinator/requests/${item.id}`}
												className="font-semibold text-slate-900 hover:text-brand-700 hover:underline"
											>
												{item.title}
											</Link>
											<span className="mt-0.5 block font-mono text-xs text-slate-600">{item.ref}</span>
											{item.confidentiality === 'open_call' ? (
												<p className="mt-1.5">
													<ConfidentialityBadge level={item.confidentiality} />
												</p>
											) : null}
											{/* Narrow screens have no room for every column: what they hide is told here. */}
											<div className="mt-2 space-y-2 text-slate-700 md:hidden">
												<p>{item.organizationName}</p>
												<p className="sm:hidden">
													<RequestStatusBadge status={item.status} />
												</p>
												<ProviderProgress item={item} />
											</div>
										</th>
										<td className="hidden px-4 py-3 text-slate-800 md:table-cell">{item.organizationName}</td>
										<td className="hidden px-4 py-3 whitespace-nowrap sm:table-cell">
											<RequestStatusBadge status={item.status} />
										</td>
										<td className="px-4 py-3 text-slate-800 sm:whitespace-nowrap">
											{item.submittedAt ? formatAge(item.submittedAt, new Date(now), i18n) : null}
										</td>
										<td className="hidden px-4 py-3 md:table-cell">
											<ProviderProgress item={item} />
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
				)}
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
