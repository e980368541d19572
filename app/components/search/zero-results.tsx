import { Link, useLocation } from '@remix-run/react'
import { askTheHubPath } from '~/domain/directory/types.ts'
import { activeFilters, removeFilter, searchHref, type SearchState } from '~/domain/search/search-address.ts'
import { useT } from '~/i18n/use-t.ts'
import { DirectoryLinks } from '../directory/directory-links.tsx'
import { availabilityChip } from './availability-chip.ts'
// The search page's labels come as a prop: this part loads on demand, and importing them would split them off.
import type { FacetLabels } from './facet-labels.ts'

/** Nothing found: say so, and offer every way out as a link (works without JavaScript). */
export function ZeroResults({ state, labels }: { state: SearchState; labels: FacetLabels }) {
	const i18n = useT()
	const { t } = i18n
	const { facetLabel, valueLabel } = labels
	const { pathname, search } = useLocation()
	const keep = new URLSearchParams(search)
	const filters = activeFilters(state)
	// A date nobody is free by is as likely the reason for nothing found as any facet.
	const capacity = availabilityChip(state, i18n)
	const removable = [
		...filters.map(({ facet, value }) => ({
			key: `${facet}:${value}`,
			facet: facetLabel(facet),
			value: valueLabel(facet, value),
			shown: valueLabel(facet, value),
			without: removeFilter(state, facet, value),
		})),
		// A date alone does not say what it is.
		...(capacity ? [{ key: 'availability', ...capacity, shown: `${capacity.facet}: ${capacity.value}` }] : []),
	]
	return (
		<section
			aria-labelledby="no-results-heading"
			className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10"
		>
			<h3 id="no-results-heading" className="text-lg font-semibold text-slate-900">
				{state.q ? t('search.noResults.title', { query: state.q }) : t('search.noResults.titleFiltered')}
			</h3>
			<ul className="mt-4 list-disc space-y-3 pl-5 text-slate-700 marker:text-slate-400">
				{state.q ? <li>{t('search.noResults.spelling')}</li> : null}
				{removable.length ? (
					<li>
						{t('search.noResults.removeFilters')}
						<ul className="mt-2 flex flex-wrap gap-2">
							{removable.map(({ key, facet, value, shown, without }) => (
								<li key={key}>
									<Link
										to={searchHref(without, keep, pathname)}
										aria-label={t('search.removeFilter', { filter: t('search.filterChip', { facet, value }) })}
										className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-3 py-1 text-sm font-medium text-slate-800 ring-1 ring-slate-200 ring-inset hover:bg-slate-200"
									>
										<span aria-hidden="true">−</span> {shown}
									</Link>
								</li>
							))}
						</ul>
					</li>
				) : null}
				{state.q && removable.length ? (
					<li>
						<Link to={searchHref({ ...state, q: '', page: 1 }, keep, pathname)} className="link">
							{t('search.noResults.clearQuery', { query: state.q })}
						</Link>
					</li>
				) : null}
				<li>
					<Link to={askTheHubPath({ need: state.q || undefined })} className="link font-semibold">
						{t('search.noResults.ask')}
					</Link>
					<span className="block text-sm text-slate-600">{t('search.noResults.askHint')}</span>
				</li>
				<li>
					{t('search.noResults.browse')}
					<DirectoryLinks className="mt-2 flex flex-wrap gap-x-4 gap-y-1" />
				</li>
			</ul>
		</section>
	)
}
