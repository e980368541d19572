import type { LoaderFunctionArgs } from '@remix-run/node'
import { eventRegistrations, registrantsCsv } from '~/domain/events/event-registrations.server.ts'
import { requireParam } from '~/http/params.server.ts'
import { requirePermission } from '~/http/viewer.server.ts'
import { csvDownloadHeaders } from '~/utils/csv.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { t } from '~/i18n/messages.ts'

// Who registered for an event, for a spreadsheet: names and addresses, so
// never cached anywhere.

export async function loader({ request, params }: LoaderFunctionArgs) {
	const actor = await requirePermission(request, 'content.publish')
	const id = requireParam(params, 'id', 'id')
	const { locale } = resolveLocale(request)
	const header = (['name', 'email', 'organization', 'place', 'registeredAt'] as const).map((column) =>
		t(locale, `registrations.${column}`),
	)
	const body = registrantsCsv(header, await eventRegistrations(actor, id), (place) =>
		t(locale, place === 'registered' ? 'registrations.seat' : 'registrations.waiting'),
	)
	return new Response(body, { headers: csvDownloadHeaders('event-registrations.csv') })
}
