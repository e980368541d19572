import { createEvents, type EventAttributes } from 'ics'
import type { Locale } from '~/i18n/locale.ts'
import { t } from '~/i18n/messages.ts'
import type { PublicEvent } from './public-events.server.ts'

// Events as iCalendar (RFC 5545), written by the `ics` package: one file per
// event ("Add to calendar") and one for all of them (a subscription). A
// calendar recognises an event by its UID and takes a change when SEQUENCE
// grows; times are written as UTC instants (…Z), which every calendar shows
// in its owner's zone, the same moment the organiser entered in theirs.

const PRODUCT_ID = '-//ATMP Flemingsberg//Hub portal//EN'

/** Stable for the event's lifetime, whatever happens to its title or address. */
export function eventUid(eventId: string): string {
	return `event-${eventId}@atmp-flemingsberg.hub`
}

function attributesOf(event: PublicEvent, locale: Locale, baseUrl: string): EventAttributes {
	const url = `${baseUrl}/events/${event.slug}?lang=${locale}`
	const location = [event.place, event.address].filter(Boolean).join(', ') || event.onlineUrl || undefined
	const online = event.onlineUrl && event.place ? `\n\n${event.onlineUrl}` : ''
	return {
		uid: eventUid(event.id),
		sequence: event.sequence,
		// DTSTAMP of a published calendar is when the event last changed, so an unchanged file stays byte for byte the same.
		timestamp: Date.parse(event.updatedAt),
		title: event.cancelled ? t(locale, 'events.cancelledPrefix', { title: event.title }) : event.title,
		description: `${event.descriptionText}${online}`,
		start: Date.parse(event.startsAt),
		startInputType: 'utc',
		startOutputType: 'utc',
		end: Date.parse(event.endsAt),
		endInputType: 'utc',
		endOutputType: 'utc',
		location,
		url,
		status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
		productId: PRODUCT_ID,
	} as EventAttributes
}

/** A calendar file of the events; throws if `ics` refuses one (a bug: the schema allows nothing it refuses). */
export function eventsCalendar(
	events: readonly PublicEvent[],
	options: { locale: Locale; baseUrl: string; name?: string },
): string {
	const { error, value } = createEvents(
		events.map((event) => attributesOf(event, options.locale, options.baseUrl)),
		{ productId: PRODUCT_ID, calName: options.name },
	)
	if (error || value === null) throw error ?? new Error('ics wrote nothing')
	return value
}
