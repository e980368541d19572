import { useT } from '~/i18n/use-t.ts'

// An event's times are shown in the zone they were entered in, with the
// zone's abbreviation ("CET", "CEST"), whoever reads them and wherever: the
// page says the same on the server and in the browser, and a visitor abroad
// reads the time the organiser announced.

function formatter(intlLocale: string, timeZone: string, withDate: boolean) {
	return new Intl.DateTimeFormat(intlLocale, {
		...(withDate ? { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' } : {}),
		hour: '2-digit',
		minute: '2-digit',
		timeZone,
		timeZoneName: 'short',
	})
}

export function useEventTimes() {
	const { intlLocale, t } = useT()
	const at = (iso: string, timeZone: string) => formatter(intlLocale, timeZone, true).format(new Date(iso))
	const range = (start: string, end: string, timeZone: string) => {
		const sameDay =
			new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(new Date(start)) ===
			new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(new Date(end))
		const endText = formatter(intlLocale, timeZone, !sameDay).format(new Date(end))
		return t('events.timeRange', { start: at(start, timeZone), end: endText })
	}
	return { at, range }
}

export function EventTime({ at, timeZone }: { at: string; timeZone: string }) {
	const { at: format } = useEventTimes()
	return <time dateTime={at}>{format(at, timeZone)}</time>
}

export function EventTimeRange({ start, end, timeZone }: { start: string; end: string; timeZone: string }) {
	const { range } = useEventTimes()
	return <time dateTime={start}>{range(start, end, timeZone)}</time>
}
