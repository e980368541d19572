import type { LoaderFunctionArgs } from '@remix-run/node'
import { eventsCalendar } from '~/domain/events/event-calendar.server.ts'
import { eventsForCalendar } from '~/domain/events/public-events.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { t } from '~/i18n/messages.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'

// Every upcoming and recent event as one calendar to subscribe to; ?lang=sv
// for Swedish. Calendars poll it: a shared cache may answer for a few minutes.

export async function loader({ request }: LoaderFunctionArgs) {
	const { locale } = resolveLocale(request)
	const body = eventsCalendar(await eventsForCalendar(locale), {
		locale,
		baseUrl: publicBaseUrl(),
		name: t(locale, 'events.feedTitle'),
	})
	return new Response(body, {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': 'inline; filename="atmp-flemingsberg-events.ics"',
			'Cache-Control': 'public, max-age=300',
			Vary: 'Cookie, Accept-Language',
		},
	})
}
