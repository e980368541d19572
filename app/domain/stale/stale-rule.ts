// When a listing counts as stale (docs/decisions/044): neither edited (an
// approved revision) nor confirmed by its people for HUB_STALE_MONTHS. Its
// publication counts as the first edit, so a listing imported or approved a
// year ago and never touched since is stale too.

/**
 * Capacity windows go stale much sooner than a listing's description: a
 * facility's free suites change by the month. A published facility that keeps
 * suites is stale in its capacity when nobody has changed its suites or
 * windows, or confirmed them, for this many months (`capacityStaleCutoff`,
 * the query in find-stale-capacity.server.ts). Its people are then asked about
 * the windows, at most once in this period, as a listing's are once in its
 * period; a facility without suites is never asked about capacity.
 */
export const CAPACITY_WINDOWS_STALE_MONTHS = 3

/** How long a "still accurate?" link works: long enough for a holiday, short enough that an old mail is harmless. */
export const CONFIRM_LINK_DAYS = 30

/**
 * The moment before which a listing's last sign of life makes it stale:
 * `months` calendar months before `now` (UTC), clamped to the month's end
 * (31 March minus one month is 28 or 29 February, not 3 March).
 */
export function staleCutoff(now: Date, months: number): Date {
	const year = now.getUTCFullYear()
	const month = now.getUTCMonth() - months
	const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
	return new Date(
		Date.UTC(
			year,
			month,
			Math.min(now.getUTCDate(), lastDay),
			now.getUTCHours(),
			now.getUTCMinutes(),
			now.getUTCSeconds(),
			now.getUTCMilliseconds(),
		),
	)
}

/** The moment before which a facility's last capacity change or confirmation makes its windows stale. */
export function capacityStaleCutoff(now: Date): Date {
	return staleCutoff(now, CAPACITY_WINDOWS_STALE_MONTHS)
}

/** The latest of the listing's signs of life: publication, approved edits, confirmations. */
export function lastSeenAccurate(listing: {
	publishedAt: Date | null
	createdAt: Date
	lastEditedAt: Date | null
	confirmedAt: Date | null
}): Date {
	const dates = [listing.publishedAt ?? listing.createdAt, listing.lastEditedAt, listing.confirmedAt].filter(
		(date): date is Date => date !== null,
	)
	return new Date(Math.max(...dates.map((date) => date.getTime())))
}
