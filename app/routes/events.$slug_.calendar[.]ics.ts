import type { LoaderFunctionArgs } from '@remix-run/node'
import { eventsCalendar } from '~/domain/events/event-calendar.server.ts'
import { findPublicEvent } from '~/domain/events/public-events.server.ts'
import { requireFound, requireParam } from '~/http/params.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'

// "Add to calendar": the one event as a file the visitor's calendar opens.

export async function loader({ request, params }: LoaderFunctionArgs) {
	const slug = requireParam(params, 'slug', 'slug')
	const { locale } = resolveLocale(request)
	const event = requireFound(await findPublicEvent(slug, locale))
	return new Response(eventsCalendar([event], { locale, baseUrl: publicBaseUrl() }), {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': `attachment; filename="${slug}.ics"`,
			'Cache-Control': 'public, max-age=300',
			Vary: 'Cookie, Accept-Language',
		},
	})
}
