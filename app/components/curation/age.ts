import type { Translator } from '~/i18n/messages.ts'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

/** "3 days", "5 hours": how long something has waited, rounded down. */
export function formatAge(sinceIso: string, now: Date, { t, tCount }: Pick<Translator, 't' | 'tCount'>): string {
	const elapsed = Math.max(0, now.getTime() - new Date(sinceIso).getTime())
	if (elapsed < HOUR_MS) return t('age.lessThanHour')
	if (elapsed < 2 * DAY_MS) return tCount('age.hours', Math.floor(elapsed / HOUR_MS))
	return tCount('age.days', Math.floor(elapsed / DAY_MS))
}
