// Medians and 90th percentiles of waiting times. Linear interpolation between
// the closest ranks, the definition PostgreSQL's percentile_cont and
// spreadsheets' PERCENTILE.INC use, so a coordinator checking a figure in a
// spreadsheet gets the same number.

/** The p-th quantile (0–1) of the values, or null when there are none. */
export function quantile(values: readonly number[], p: number): number | null {
	if (!values.length) return null
	const sorted = [...values].sort((a, b) => a - b)
	const position = (sorted.length - 1) * p
	const below = Math.floor(position)
	const above = Math.ceil(position)
	return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below)
}

export interface WaitingTimes {
	/** How many waits were measured. */
	count: number
	/** Hours, one decimal; null when nothing was measured. */
	medianHours: number | null
	p90Hours: number | null
}

const HOUR_MS = 3_600_000

const hours = (ms: number | null) => (ms === null ? null : Math.round((ms / HOUR_MS) * 10) / 10)

export function waitingTimes(durationsMs: readonly number[]): WaitingTimes {
	return {
		count: durationsMs.length,
		medianHours: hours(quantile(durationsMs, 0.5)),
		p90Hours: hours(quantile(durationsMs, 0.9)),
	}
}
