import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useLoaderData } from '@remix-run/react'
import { CoordinatorHeader } from '~/components/curation/coordinator-header.tsx'
import { EmptyState } from '~/components/empty-state.tsx'
import { EventTime } from '~/components/events/event-time.tsx'
import { EventStatusBadge } from '~/components/news/news-status-badge.tsx'
import { listEventsForCoordinators } from '~/domain/events/coordinator-events.server.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'

// The news and events texts are a part of their own: other public pages do not carry them.
await needTexts('hubContent')

export async function loader({ request }: LoaderFunctionArgs) {
	const actor = await requirePermission(request, 'content.publish')
	return { events: await listEventsForCoordinators(actor) }
}

export const meta: MetaFunction = ({ matches }) =>
	documentMeta(matches, (i18n) => ({ title: i18n.t('publishing.events.title') }))

export default function CoordinatorEventsPage() {
	const { events } = useLoaderData<typeof loader>()
	const { t } = useT()
	return (
		<>
			<CoordinatorHeader title={t('publishing.events.title')} intro={t('publishing.events.intro')}>
				<p className="mt-5">
					<Link to="/coordinator/events/new" className="button-primary">
						{t('publishing.events.new')}
					</Link>
				</p>
			</CoordinatorHeader>
			<div className="container-page py-8 sm:py-10">
				{events.length === 0 ? (
					<EmptyState title={t('publishing.events.empty')} />
				) : (
					<ul className="card divide-y divide-slate-200">
						{events.map((event) => (
							<li
								key={event.id}
								className="relative flex flex-wrap items-center justify-between gap-2 p-4 hover:bg-slate-50"
							>
								<div className="min-w-0">
									<p className="font-semibold text-slate-900">
										<Link
											to={`/coordinator/events/${event.id}`}
											className="after:absolute after:inset-0 hover:text-brand-700"
										>
											{event.titleEn ?? event.titleSv}
										</Link>
									</p>
									<p className="text-sm text-slate-600">
										<EventTime at={event.startsAt} timeZone={event.timeZone} />
									</p>
								</div>
								<EventStatusBadge status={event.status} />
							</li>
						))}
					</ul>
				)}
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
