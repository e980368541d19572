// An event's start in words, in the zone it was entered in and with the
// zone's abbreviation, for texts outside a page (mails). The pages use the
// same options (app/components/events/event-time.tsx).
export function eventStartText(intlLocale: string, startsAt: Date | string, timeZone: string): string {
	return new Intl.DateTimeFormat(intlLocale, {
		weekday: 'short',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone,
		timeZoneName: 'short',
	}).format(new Date(startsAt))
}
