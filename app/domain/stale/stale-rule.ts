// When a listing counts as stale (docs/decisions/044): neither edited (an
// approved revision) nor confirmed by its people for HUB_STALE_MONTHS. Its
// publication counts as the first edit, so a listing imported or approved a
// year ago and never touched since is stale too.

/**
 * Capacity windows (i15-capacity) go stale much sooner than a listing's
 * description: a facility's free suites change by the month. When windows
 * exist, a facility whose windows nobody has confirmed or changed for this
 * many months is stale as well, and its nudge asks about the windows. Not
 * built yet: the stale query (find-stale-listings.server.ts) is the one
 * place to add it, as a second cutoff on the windows' own dates.
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
