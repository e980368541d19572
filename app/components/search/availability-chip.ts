import { availabilityPeriod, clearAvailability, type SearchState } from '~/domain/search/search-address.ts'
import type { Translator } from '~/i18n/messages.ts'

/** A search's free-capacity filter as one chip: what it says, and the search without it. */
export function availabilityChip(
	state: SearchState,
	{ t, formatDate }: Pick<Translator, 't' | 'formatDate'>,
): { facet: string; value: string; without: SearchState } | null {
	const period = availabilityPeriod(state)
	if (!period) return null
	const by = state.availability?.availableBy
	return {
		facet: by ? t('search.capacity.by') : t('search.capacity.chip'),
		value: periodText(period, { t, formatDate }),
		without: clearAvailability(state),
	}
}

/** A free-capacity period as the page says it: one day, or "from – to". */
export function periodText(
	period: { from: string; to: string },
	{ t, formatDate }: Pick<Translator, 't' | 'formatDate'>,
): string {
	return period.from === period.to
		? formatDate(period.from)
		: t('search.capacity.period', { from: formatDate(period.from), to: formatDate(period.to) })
}
