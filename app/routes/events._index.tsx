import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { Link, type MetaFunction, useActionData, useLoaderData } from '@remix-run/react'
import { EmptyState } from '~/components/empty-state.tsx'
import { EventCard } from '~/components/events/event-card.tsx'
import { eventsCalendarPath, feedLinks } from '~/components/news/feed-links.ts'
import { PageHeader } from '~/components/page-header.tsx'
import { Pagination } from '~/components/pagination.tsx'
import { listPublicEvents } from '~/domain/events/public-events.server.ts'
import { parsePage } from '~/http/directory-loaders.server.ts'
import { notFound } from '~/http/params.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { needTexts } from '~/i18n/messages.ts'
import { documentMeta, metaTranslator } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { FollowForm } from '~/components/news/follow-form.tsx'
import { followAction } from '~/components/news/follow-action.server.ts'
import { replyFor } from '~/components/forms/reply.ts'
import { followingOf } from '~/domain/news/following-of.server.ts'
import { getViewer } from '~/http/viewer.server.ts'

// The news and events texts are a part of their own: other public pages do not carry them.
await needTexts('hubContent')

// Upcoming events first, soonest first; ?when=past lists those that ended,
// latest first. Both are plain links, so the page works without JavaScript.

export async function loader({ request }: LoaderFunctionArgs) {
	const url = new URL(request.url)
	const when = url.searchParams.get('when') ?? 'upcoming'
	const page = parsePage(url.searchParams.get('page'))
	if (page === null || (when !== 'upcoming' && when !== 'past')) throw notFound()
	const [events, viewer] = await Promise.all([
		listPublicEvents(resolveLocale(request).locale, when, page),
		getViewer(request),
	])
	if (page > events.pageCount) throw notFound()
	return { when, ...events, following: viewer ? await followingOf(viewer.userId) : null }
}

export async function action({ request }: ActionFunctionArgs) {
	return followAction(request)
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
	...documentMeta(matches, (i18n) => ({
		title: data?.when === 'past' ? i18n.t('events.past') : i18n.t('events.title'),
		description: i18n.t('events.description'),
	})),
	...feedLinks(metaTranslator(matches)),
]

export default function EventsPage() {
	const { when, events, page, pageCount, following } = useLoaderData<typeof loader>()
	const reply = useActionData<typeof action>()
	const { t, locale } = useT()
	const past = when === 'past'
	return (
		<>
			<PageHeader
				trail={past ? [{ label: t('events.title'), to: '/events' }] : []}
				title={past ? t('events.past') : t('events.title')}
			>
				<p className="mt-3 max-w-2xl text-lg text-slate-700">{t('events.intro')}</p>
				<p className="mt-3 text-sm">
					<a href={eventsCalendarPath(locale)} className="link">
						{t('events.calendarFeed')}
					</a>
				</p>
				<p className="text-sm text-slate-600">{t('events.calendarFeedHint')}</p>
				<div className="mt-4">
					<FollowForm following={following} lastResult={replyFor(reply, 'follow')} />
				</div>
			</PageHeader>
			<div className="container-page space-y-6 py-8 sm:py-10">
				<h2 className="text-2xl font-bold text-slate-900">{past ? t('events.past') : t('events.upcoming')}</h2>
				{events.length === 0 ? (
					<EmptyState title={past ? t('events.noPast') : t('events.noUpcoming')} />
				) : (
					<ol className="space-y-5">
						{events.map((event) => (
							<li key={event.slug}>
								<EventCard event={event} />
							</li>
						))}
					</ol>
				)}
				<Pagination page={page} pageCount={pageCount} />
				<p>
					<Link to={past ? '/events' : '/events?when=past'} className="link">
						{past ? t('events.showUpcoming') : t('events.showPast')}
					</Link>
				</p>
			</div>
		</>
	)
}

export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
