import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { EmptyState } from '~/components/empty-state.tsx'
import { NewsStatusBadge } from '~/components/news/news-status-badge.tsx'
import { listNewsForCoordinators } from '~/domain/news/coordinator-news.server.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requirePermission(request, 'content.publish')
	return { items: await listNewsForCoordinators(actor) }
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('publishing.news.title') }))

export default function CoordinatorNewsPage() {
	const { items } = useLoaderData<typeof loader>()
	const { t, formatDate } = useT()
	return (
		<>
			<CoordinatorHeader title={t('publishing.news.title')} intro={t('publishing.news.intro')}>
				<p className="mt-5">
					<Link to="/coordinator/news/new" className="button-primary">
						{t('publishing.news.new')}
					</Link>
				</p>
			</CoordinatorHeader>
			<div className="container-page py-8 sm:py-10">
				{items.length === 0 ? (
					<EmptyState title={t('publishing.news.empty')} />
				) : (
					<ul className="card divide-y divide-slate-200">
						{items.map((item) => (
							<li
								key={item.id}
								className="relative flex flex-wrap items-center justify-between gap-2 p-4 hover:bg-slate-50"
							>
								<div className="min-w-0">
									<p className="font-semibold text-slate-900">
										<Link
											to={`/coordinator/news/${item.id}`}
											className="after:absolute after:inset-0 hover:text-brand-700"
										>
											{item.titleEn ?? item.titleSv}
										</Link>
									</p>
									<p className="text-sm text-slate-600">
										{item.publishedAt
											? t('publishing.news.publishedOn', { date: formatDate(item.publishedAt) })
											: formatDate(item.updatedAt, 'minute')}
									</p>
								</div>
								<NewsStatusBadge status={item.status} />
							</li>
						))}
					</ul>
				)}
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
