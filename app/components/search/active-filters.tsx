import { Link, useLocation } from '@remix-run/react'
import { Section } from '~/components/section.tsx'
import {
	activeFilters,
	clearFilters,
	narrowsResults,
	removeFilter,
	searchHref,
	type SearchState,
} from '~/domain/search/search-address.ts'
import { useT } from '~/i18n/use-t.ts'
import { availabilityChip } from './availability-chip.ts'
// The search page's labels come as a prop: this part loads on demand, and importing them would split them off.
import type { FacetLabels } from './facet-labels.ts'

const chipClass =
	'inline-flex min-h-8 items-center gap-1.5 rounded-full bg-brand-50 py-1 pr-2 pl-3 text-sm font-medium text-brand-800 ring-1 ring-brand-200 ring-inset hover:bg-brand-100'

function RemoveIcon() {
	return (
		<svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
			<path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
		</svg>
	)
}

/** Each chosen filter as a link to the same search without it; plain links, so they work without JavaScript. */
export function ActiveFilters({ state, labels }: { state: SearchState; labels: FacetLabels }) {
	const i18n = useT()
	const { t } = i18n
	const { facetLabel, valueLabel } = labels
	const { pathname, search } = useLocation()
	const keep = new URLSearchParams(search)
	if (!narrowsResults(state)) return null
	const filters = activeFilters(state)
	const capacity = availabilityChip(state, i18n)
	return (
		<Section
			id="active-filters-heading"
			heading={t('search.activeFilters')}
			size="hidden"
			className="flex flex-wrap items-center gap-2"
		>
			<ul className="flex flex-wrap gap-2">
				{filters.map(({ facet, value }) => {
					const filter = t('search.filterChip', { facet: facetLabel(facet), value: valueLabel(facet, value) })
					return (
						<li key={`${facet}:${value}`}>
							<Link
								to={searchHref(removeFilter(state, facet, value), keep, pathname)}
								preventScrollReset
								aria-label={t('search.removeFilter', { filter })}
								className={chipClass}
							>
								<span>
									<span className="text-brand-700">{facetLabel(facet)}:</span> {valueLabel(facet, value)}
								</span>
								<RemoveIcon />
							</Link>
						</li>
					)
				})}
				{capacity ? (
					<li>
						<Link
							to={searchHref(capacity.without, keep, pathname)}
							preventScrollReset
							aria-label={t('search.removeFilter', {
								filter: t('search.filterChip', { facet: capacity.facet, value: capacity.value }),
							})}
							className={chipClass}
						>
							<span>
								<span className="text-brand-700">{capacity.facet}:</span> {capacity.value}
							</span>
							<RemoveIcon />
						</Link>
					</li>
				) : null}
			</ul>
			<Link to={searchHref(clearFilters(state), keep, pathname)} preventScrollReset className="link text-sm">
				{t('search.clearAll')}
			</Link>
		</Section>
	)
}
