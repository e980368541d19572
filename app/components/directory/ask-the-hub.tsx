import { Link } from '@remix-run/react'
import type { ListingTypeCode } from '~/domain/directory/types.ts'
import { useT } from '~/i18n/use-t.ts'

/**
 * Where "Ask the hub" leads: the new request form, opened with a listing
 * (`from`, its ref) or a search that found nothing (`need`). A visitor is
 * sent to log in or sign up on the way and brought back here.
 */
export function askTheHubHref(ask: { from?: string; need?: string } = {}): string {
	const query = new URLSearchParams()
	if (ask.from) query.set('from', ask.from)
	if (ask.need) query.set('need', ask.need)
	const search = query.toString()
	return search ? `/requests/new?${search}` : '/requests/new'
}

/** "Ask the hub about this facility": a plain link, so it works without JavaScript. */
export function AskTheHubLink({
	listing,
	className = 'link',
}: {
	listing: { ref: string; type: ListingTypeCode }
	className?: string
}) {
	const { t } = useT()
	return (
		<Link to={askTheHubHref({ from: listing.ref })} className={className}>
			{t(`ask.${listing.type}`)}
		</Link>
	)
}
