import { useLocation } from '@remix-run/react'
import { Fragment, useState, type ChangeEvent, type MouseEvent } from 'react'
import type { SearchView } from '~/domain/search/run-search.server.ts'
import {
	activeFilters,
	availabilityPeriod,
	facetVocabularies,
	isFilterActive,
	searchFacetNames,
	type SearchFacet,
	type SearchState,
} from '~/domain/search/search-address.ts'
import { codesOf } from '~/taxonomy/taxonomy.ts'
import { useT } from '~/i18n/use-t.ts'
import { AvailabilityFilter } from './availability-filter.tsx'
import { useFacetLabels } from './facet-labels.ts'
import { SEARCH_FORM_ID } from './use-live-search.ts'

// Facets whose values have a natural order (grade A before B, phase I before II) keep it; the others put the biggest first.
const ordered = new Set<SearchFacet>(['type', 'phase', 'grade'])
// Long lists show their first values and fold the rest away.
const SHOWN_VALUES = 6
const FOLD_ABOVE = 8

interface FacetOption {
	value: string
	label: string
	count: number
	active: boolean
}

function useFacetOptions(facet: SearchFacet, state: SearchState, counts: Record<string, number>): FacetOption[] {
	const { locale } = useT()
	const { valueLabel } = useFacetLabels()
	const values = new Set(Object.entries(counts).flatMap(([value, count]) => (count > 0 ? [value] : [])))
	// A chosen value stays in the list at 0 so it can be unticked.
	for (const value of state.filters[facet] ?? []) values.add(value)
	const options = [...values].map((value) => ({
		value,
		label: valueLabel(facet, value),
		count: counts[value] ?? 0,
		active: isFilterActive(state, facet, value),
	}))
	const vocabulary = facetVocabularies[facet]
	if (vocabulary && ordered.has(facet)) {
		const order = codesOf(vocabulary)
		return options.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value))
	}
	return options.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, locale))
}

interface FacetGroupProps {
	facet: SearchFacet
	state: SearchState
	counts: Record<string, number>
	onChange: (event: ChangeEvent<HTMLInputElement>) => void
}

function FacetGroup({ facet, state, counts, onChange }: FacetGroupProps) {
	const { t, tCount, formatNumber } = useT()
	const { facetLabel } = useFacetLabels()
	const options = useFacetOptions(facet, state, counts)
	const folded = options.length > FOLD_ABOVE ? options.slice(SHOWN_VALUES) : []
	// Open on arrival when a chosen value is folded away, so no choice is hidden; after
	// that the visitor opens and closes it (a changing prop would shut it under their focus).
	const [openOnArrival] = useState(() => folded.some((option) => option.active))
	if (!options.length) return null
	const shown = folded.length ? options.slice(0, SHOWN_VALUES) : options
	const renderOption = (option: FacetOption) => (
		<li key={option.value}>
			<label className="flex cursor-pointer items-start gap-2.5 rounded-md px-1.5 py-1 text-sm text-slate-800 hover:bg-slate-100">
				<input
					type="checkbox"
					name={facet}
					value={option.value}
					form={SEARCH_FORM_ID}
					checked={option.active}
					onChange={onChange}
					className="mt-0.5 size-4 shrink-0 accent-brand-700"
				/>
				<span className="min-w-0 flex-1 leading-snug">{option.label}</span>
				<span aria-hidden="true" className="shrink-0 text-xs leading-5 text-slate-600 tabular-nums">
					{formatNumber(option.count)}
				</span>
				<span className="sr-only">, {tCount('search.results', option.count)}</span>
			</label>
		</li>
	)
	return (
		<fieldset className="border-t border-slate-200 pt-4 first:border-t-0 first:pt-0 lg:first:pt-1">
			<legend className="float-left mb-2 w-full text-sm font-semibold text-slate-900">{facetLabel(facet)}</legend>
			<ul className="clear-left space-y-0.5">{shown.map(renderOption)}</ul>
			{folded.length ? (
				<details open={openOnArrival || undefined} className="group/more mt-1">
					<summary className="cursor-pointer rounded-md px-1.5 py-1 text-sm font-medium text-brand-700 hover:text-brand-900 group-open/more:hidden">
						{t('search.showMore', { count: folded.length })}
					</summary>
					<ul className="space-y-0.5">{folded.map(renderOption)}</ul>
				</details>
			) : null}
		</fieldset>
	)
}

interface FacetPanelProps {
	state: SearchState
	facets: SearchView['facets']
	onChange: (event: ChangeEvent<HTMLInputElement>) => void
	/** Without JavaScript ticking a box does nothing until the form is sent. */
	showApplyButton: boolean
	/** The results the ticked filters give, for the phone's "Show N results"; null while they load. */
	resultCount: number | null
	/** Whether free capacity can be asked for here: on /search and the facilities' list, not on lists without facilities. */
	offerAvailability: boolean
}

/** The id of the results, which the phone's "Show results" brings into view (and its no-JavaScript form lands on). */
export const RESULTS_ID = 'results'

// On a phone the open panel pushes the results below the fold: close it and bring them up.
function showResults(event: MouseEvent<HTMLButtonElement>) {
	const panel = event.currentTarget.closest('details')
	if (panel) panel.open = false
	const results = document.getElementById(RESULTS_ID)
	results?.scrollIntoView({ block: 'start' })
	results?.focus({ preventScroll: true })
}

/**
 * The filters, as checkboxes of the search form (form="search-form"), so
 * they work as a plain GET form too. On small screens they fold into a
 * "Filters" disclosure; from lg up they are always open beside the results.
 */
export function FacetPanel({
	state,
	facets,
	onChange,
	showApplyButton,
	resultCount,
	offerAvailability,
}: FacetPanelProps) {
	const { t, tCount } = useT()
	const { pathname } = useLocation()
	const activeCount = activeFilters(state).length + (availabilityPeriod(state) ? 1 : 0)
	return (
		<details className="card group/filters lg:border-0 lg:bg-transparent lg:shadow-none lg:details-content:[content-visibility:visible]">
			<summary className="flex cursor-pointer items-center justify-between gap-3 px-4 py-3 font-semibold text-slate-900 lg:hidden">
				<span>
					{t('search.filters')}
					{activeCount ? (
						<span className="ml-2 rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">
							{t('search.activeCount', { count: activeCount })}
						</span>
					) : null}
				</span>
				<svg
					aria-hidden="true"
					viewBox="0 0 20 20"
					fill="currentColor"
					className="size-5 text-slate-500 transition group-open/filters:rotate-180"
				>
					<path
						fillRule="evenodd"
						d="M5.2 7.2a.75.75 0 0 1 1.06.04L10 11.16l3.74-3.92a.75.75 0 1 1 1.08 1.04l-4.28 4.5a.75.75 0 0 1-1.08 0l-4.28-4.5a.75.75 0 0 1 .02-1.08Z"
						clipRule="evenodd"
					/>
				</svg>
			</summary>
			<div className="space-y-4 border-t border-slate-200 px-4 py-4 lg:border-0 lg:p-0">
				<h2 className="sr-only lg:not-sr-only lg:text-base lg:font-bold lg:text-slate-900">{t('search.filters')}</h2>
				<div className="space-y-4">
					{searchFacetNames.map((facet) => (
						<Fragment key={facet}>
							<FacetGroup facet={facet} state={state} counts={facets[facet] ?? {}} onChange={onChange} />
							{/* Next to the listing type, which it narrows to facilities; first on a list, which has no type to choose. */}
							{facet === 'type' && offerAvailability ? <AvailabilityFilter state={state} onChange={onChange} /> : null}
						</Fragment>
					))}
				</div>
				{showApplyButton ? (
					<>
						{/* Without JavaScript the phone's panel sends the form and the page opens at the results. */}
						<button
							type="submit"
							form={SEARCH_FORM_ID}
							formAction={`${pathname}#${RESULTS_ID}`}
							className="button-primary w-full lg:hidden"
						>
							{t('search.showResults')}
						</button>
						<button type="submit" form={SEARCH_FORM_ID} className="button-primary hidden w-full lg:block">
							{t('search.applyFilters')}
						</button>
					</>
				) : (
					<button type="button" onClick={showResults} className="button-primary w-full lg:hidden">
						{resultCount === null ? t('search.showResults') : tCount('search.showCount', resultCount)}
					</button>
				)}
			</div>
		</details>
	)
}
