// Events are stored as instants plus the IANA zone they were entered in: a
// seminar at 08:30 in Stockholm stays 08:30 Stockholm time across daylight
// saving changes, and calendars get the UTC instant it really starts at.
// Intl knows every zone's rules, in the browser as on the server, so the
// form's schema converts with the same code on both sides.

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/** The zones the event form offers; the schema accepts any zone Intl knows (an import may name others). */
export const offeredTimeZones = [
	'Europe/Stockholm',
	'Europe/London',
	'Europe/Berlin',
	'Europe/Helsinki',
	'America/New_York',
	'America/Los_Angeles',
	'Asia/Tokyo',
	'UTC',
] as const

export const DEFAULT_TIME_ZONE = 'Europe/Stockholm'

const formatters = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone)
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
		})
		formatters.set(timeZone, formatter)
	}
	return formatter
}

export function isTimeZone(value: string): boolean {
	if (!value || value.length > 64) return false
	try {
		partsFormatter(value)
		return true
	} catch {
		return false
	}
}

function wallClock(timeZone: string, epoch: number) {
	const parts = partsFormatter(timeZone).formatToParts(new Date(epoch))
	const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0)
	return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') }
}

/** How far the zone's clocks are ahead of UTC at this instant, in milliseconds. */
function offsetAt(timeZone: string, epoch: number): number {
	const clock = wallClock(timeZone, epoch)
	const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute)
	return asUtc - Math.floor(epoch / 60_000) * 60_000
}

/**
 * "2027-03-04T08:30" in `timeZone` as an instant; null for text that is no
 * such time, or a time the zone's clocks skip (the hour lost in spring).
 */
export function zonedToInstant(local: string, timeZone: string): Date | null {
	const match = LOCAL_TIME.exec(local)
	if (!match || !isTimeZone(timeZone)) return null
	const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number]
	const asUtc = Date.UTC(year, month - 1, day, hour, minute)
	const first = asUtc - offsetAt(timeZone, asUtc)
	const instant = asUtc - offsetAt(timeZone, first)
	return instantToZoned(new Date(instant), timeZone) === local ? new Date(instant) : null
}

/** The instant as the zone's wall clock, "YYYY-MM-DDTHH:mm" (what a datetime-local field shows). */
export function instantToZoned(instant: Date, timeZone: string): string {
	const clock = wallClock(timeZone, instant.getTime())
	const two = (value: number) => String(value).padStart(2, '0')
	return `${clock.year}-${two(clock.month)}-${two(clock.day)}T${two(clock.hour)}:${two(clock.minute)}`
}
