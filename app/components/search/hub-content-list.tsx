import { Link } from '@remix-run/react'
import type { HubContentHit } from '~/domain/search/hub-content.server.ts'
import { useT } from '~/i18n/use-t.ts'

// The footer's names of the hub and its three sections: public texts every page has already.
const kindLabel = { offer: 'footer.page.establish', event: 'footer.page.events', news: 'footer.page.news' } as const

/** The hub's own pages that match the search (offers, events, news), as plain links above the listings; an event's own page says when it is cancelled. */
export function HubContentList({ hits }: { hits: HubContentHit[] }) {
	const { t, formatDate } = useT()
	if (!hits.length) return null
	return (
		<section aria-labelledby="hub-hits" className="rounded-lg border border-slate-200 bg-slate-50 p-4">
			<h3 id="hub-hits" className="text-sm font-semibold">
				{t('footer.hub')}
			</h3>
			<ul className="mt-2 space-y-2">
				{hits.map((hit) => (
					<li key={hit.id}>
						<span className="eyebrow">{t(kindLabel[hit.kind])}</span>{' '}
						<Link to={hit.url} className="link" lang={hit.titleLocale}>
							{hit.title}
						</Link>{' '}
						{hit.date && hit.kind === 'event' ? formatDate(hit.date) : null}
					</li>
				))}
			</ul>
		</section>
	)
}
