import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { PageHeader } from '~/components/page-header.tsx'
import { RouteStatusBadge } from '~/components/requests/status-badges.tsx'
import { requireActor } from '~/http/viewer.server.ts'
import { inboxOf } from '~/domain/requests/request-views.server.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requireActor(request)
	return { routes: await inboxOf(actor) }
}

export const meta: MetaFunction = ({ matches }) => documentMeta(matches, (i18n) => ({ title: i18n.t('inbox.title') }))

export default function InboxPage() {
	const { routes } = useLoaderData<typeof loader>()
	const { t, formatDate } = useT()
	return (
		<>
			<PageHeader trail={[]} title={t('inbox.title')}>
				<p className="mt-3 max-w-3xl text-lg text-slate-700">{t('inbox.intro')}</p>
			</PageHeader>
			<div className="container-page py-8 sm:py-10">
				{routes.length === 0 ? (
					<p className="text-slate-700">{t('inbox.empty')}</p>
				) : (
					<ul className="card divide-y divide-slate-200">
						{routes.map((route) => (
							<li
								key={route.id}
								className={`flex flex-wrap items-start justify-between gap-3 px-4 py-4 sm:px-5 ${route.waitingForAnswer ? 'bg-sky-50/60' : ''}`}
							>
								<div className="min-w-0 max-w-3xl">
									<Link to={`/inbox/${route.id}`} className="text-lg font-semibold text-brand-800 hover:underline">
										{route.title}
									</Link>
									<p className="mt-1 text-slate-700">{route.teaser}</p>
									<p className="mt-1 text-sm text-slate-600">
										{t('route.forProvider', { provider: route.providerName })} ·{' '}
										{t('route.receivedOn', { date: formatDate(route.routedAt) })}
										{route.waitingForAnswer && route.expiresAt
											? ` · ${t('inbox.answerBy', { date: formatDate(route.expiresAt) })}`
											: ''}
									</p>
								</div>
								<div className="flex flex-wrap gap-2">
									{route.requestClosed ? (
										<span className="text-sm text-slate-600">{t('inbox.requestClosed')}</span>
									) : null}
									<RouteStatusBadge status={route.status} />
								</div>
							</li>
						))}
					</ul>
				)}
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
