import { Link } from '@remix-run/react'
import { Badge } from '~/components/badge.tsx'
import { OnlyInNote } from '~/components/listing-text.tsx'
import type { PublicEvent } from '~/domain/events/public-events.server.ts'
import { useT } from '~/i18n/use-t.ts'
import { EventTimeRange } from './event-time.tsx'
import { eventPath } from '~/domain/news/paths.ts'

type EventSummary = Pick<
	PublicEvent,
	| 'slug'
	| 'title'
	| 'summary'
	| 'locale'
	| 'onlyIn'
	| 'startsAt'
	| 'endsAt'
	| 'timeZone'
	| 'place'
	| 'onlineUrl'
	| 'cancelled'
>

/** One event in a list: when, what, where; a cancelled one says so before anything else. */
export function EventCard({ event }: { event: EventSummary }) {
	const { t } = useT()
	return (
		<article className="card relative p-5 hover:bg-slate-50 sm:p-6">
			<div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
				{event.cancelled ? <Badge tone="red">{t('events.cancelled')}</Badge> : null}
				<EventTimeRange start={event.startsAt} end={event.endsAt} timeZone={event.timeZone} />
			</div>
			<h3 lang={event.locale} className="mt-1 text-xl font-semibold text-slate-900">
				<Link
					to={eventPath(event.slug)}
					className={`after:absolute after:inset-0 hover:text-brand-700 ${event.cancelled ? 'line-through' : ''}`}
				>
					{event.title}
				</Link>
			</h3>
			<p className="mt-1 text-sm text-slate-700">
				{[event.place, event.onlineUrl ? t('events.online') : null].filter(Boolean).join(' · ')}
			</p>
			<p lang={event.locale} className="mt-2 line-clamp-3 text-slate-700">
				{event.summary}
			</p>
			<div className="mt-2">
				<OnlyInNote shown={{ lang: event.locale, otherLanguage: event.onlyIn !== null }} />
			</div>
		</article>
	)
}
