import { SaveSearchForm } from '~/components/saved-searches/save-search-form.tsx'
import { Link, useLoaderData, useLocation, useNavigation, type MetaFunction } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import type { ListingTypeCode } from '~/domain/directory/types.ts'
import type { HubContentHit } from '~/domain/search/hub-content.server.ts'
import type { SearchView } from '~/domain/search/run-search.server.ts'
import {
	emptySearchState,
	facetVocabularies,
	narrowsResults,
	searchHref,
	searchLimits,
	searchSorts,
	withAvailability,
	type SearchParamsProblem,
	type SearchState,
} from '~/domain/search/search-address.ts'
import type { SearchPageData } from '~/http/search.server.ts'
import { needTexts, type Translator } from '~/i18n/messages.ts'
import { documentMeta } from '~/i18n/meta.ts'
import { useT } from '~/i18n/use-t.ts'
import { Notice } from '../forms/notice.tsx'
import { PageHeader } from '../page-header.tsx'
import { Pagination } from '../pagination.tsx'
import { useFacetLabels } from './facet-labels.ts'
import { FacetPanel, RESULTS_ID } from './facet-panel.tsx'
import { SearchResultCard } from './search-result-card.tsx'
import { periodText } from './availability-chip.ts'
import { useHydrated } from '../use-hydrated.ts'
import { SEARCH_FORM_ID, useLiveSearch, type LiveSearch } from './use-live-search.ts'
import { onDemand } from '../on-demand.tsx'

// What listings and the search say is a part of the texts of its own (text-parts.ts).
await needTexts('directory')

// Only some searches show these: chosen filters, the hub's own pages that match
// the words, and nothing found. A first visit to a search page or a list
// usually has none of them, so none is in its chunk (on-demand.tsx).
const ActiveFilters = await onDemand(() => import('./active-filters.tsx').then((module) => module.ActiveFilters))
const HubContentList = await onDemand(() => import('./hub-content-list.tsx').then((module) => module.HubContentList))
const ZeroResults = await onDemand(() => import('./zero-results.tsx').then((module) => module.ZeroResults))

/**
 * A list's own title ("GMP facilities") on a list; "Search GMP facilities" when
 * /search is within one listing type; else "Search".
 */
function searchTitle(i18n: Pick<Translator, 't'>, listType: ListingTypeCode | null, state: SearchState | null): string {
	if (listType) return i18n.t(`list.${listType}.title`)
	const types = state?.filters.type
	return types?.length === 1 ? i18n.t(`search.titleIn.${types[0] as 'facility'}`) : i18n.t('search.title')
}

function SearchBox({ query, listType, live }: { query: string; listType: ListingTypeCode | null; live: LiveSearch }) {
	const { t } = useT()
	const { onQueryInput, onSubmit, sentByTyping } = live
	const input = useRef<HTMLInputElement>(null)
	const { pathname, search } = useLocation()
	const lang = new URLSearchParams(search).get('lang')
	// Back, forward and links change the address, not the box: copy the address's text
	// in, except texts the box sent itself, which the visitor may have typed on from.
	useEffect(() => {
		const box = input.current
		if (!box || box.value.trim() === query) return
		if (document.activeElement === box && sentByTyping(query)) return
		box.value = query
	}, [query, sentByTyping])
	return (
		<form
			id={SEARCH_FORM_ID}
			method="get"
			action={pathname}
			role="search"
			onSubmit={onSubmit}
			className="mt-6 max-w-3xl"
		>
			<label htmlFor="search-query" className="mb-2 block text-sm font-semibold text-slate-900">
				{listType ? t(`search.titleIn.${listType}`) : t('search.label')}
			</label>
			<div className="flex flex-col gap-2 sm:flex-row">
				<input
					ref={input}
					id="search-query"
					type="search"
					name="q"
					defaultValue={query}
					maxLength={searchLimits.maxQueryLength}
					autoComplete="off"
					placeholder={t('search.placeholder')}
					onInput={onQueryInput}
					className="min-h-12 w-full flex-1 rounded-lg border border-slate-300 bg-white px-4 text-base text-slate-900 shadow-sm placeholder:text-slate-500"
				/>
				<button type="submit" className="button-primary min-h-12 px-6">
					{t('search.submit')}
				</button>
			</div>
			{/* The page's language travels with the search like any other part of its address. */}
			{lang ? <input type="hidden" name="lang" value={lang} /> : null}
		</form>
	)
}

function SortSelect({ state, showButton, live }: { state: SearchState; showButton: boolean; live: LiveSearch }) {
	const { t } = useT()
	return (
		// Wraps rather than running off a phone's edge (Swedish labels are longer).
		<div className="flex flex-wrap items-center gap-2">
			<label htmlFor="search-sort" className="text-sm font-medium whitespace-nowrap text-slate-700">
				{t('search.sortLabel')}
			</label>
			<select
				id="search-sort"
				name="sort"
				form={SEARCH_FORM_ID}
				value={state.sort}
				onChange={live.onFilterChange}
				className="min-h-10 max-w-full min-w-0 rounded-lg border border-slate-300 bg-white py-1.5 pr-8 pl-3 text-sm text-slate-900 shadow-sm"
			>
				{searchSorts.map((sort) => (
					<option key={sort} value={sort}>
						{t(`search.sort.${sort}`)}
					</option>
				))}
			</select>
			{showButton ? (
				<button
					type="submit"
					form={SEARCH_FORM_ID}
					className="min-h-10 rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-800 hover:border-brand-500"
				>
					{t('search.sortSubmit')}
				</button>
			) : null}
		</div>
	)
}

function Results({
	view,
	live,
	hubContent,
	listType,
}: {
	view: SearchView
	live: LiveSearch
	hubContent: HubContentHit[]
	listType: ListingTypeCode | null
}) {
	const { t, tCount, formatDate } = useT()
	const labels = useFacetLabels()
	const hydrated = useHydrated()
	const offerAvailability = listType === null || listType === 'facility'
	const namedPeriod = offerAvailability ? view.namedPeriod : undefined
	const navigation = useNavigation()
	const { pathname, search } = useLocation()
	const loading = navigation.state === 'loading' && navigation.location.pathname === pathname
	const state = live.displayed(view.query)
	const keep = new URLSearchParams(search)
	const results = tCount('search.results', view.total)
	return (
		<div className="grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)] lg:gap-10">
			<aside aria-label={t('search.filters')}>
				<FacetPanel
					state={state}
					facets={view.facets}
					onChange={live.onFilterChange}
					showApplyButton={!hydrated}
					resultCount={loading ? null : view.total}
					offerAvailability={offerAvailability}
				/>
			</aside>
			<section
				id={RESULTS_ID}
				tabIndex={-1}
				aria-labelledby="results-heading"
				aria-busy={loading}
				className="min-w-0 scroll-mt-4 space-y-5 focus:outline-none"
			>
				<h2 id="results-heading" className="sr-only">
					{t('search.resultsHeading')}
				</h2>
				<div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
					<p role="status" aria-live="polite" className="font-semibold text-slate-900">
						{view.query.q
							? view.total === 0 && hubContent.length
								? t('search.onlyHubPagesFor', { query: view.query.q })
								: t('search.resultsFor', { results, query: view.query.q })
							: results}
					</p>
					{/* Nothing to order below two results. */}
					{view.total > 1 ? <SortSelect state={state} showButton={!hydrated} live={live} /> : null}
				</div>
				{view.correctedQuery ? (
					<p className="text-slate-700">{t('search.showingResultsFor', { corrected: view.correctedQuery })}</p>
				) : null}
				{namedPeriod ? (
					<p className="text-slate-700">
						{t('search.namedPeriod', {
							typed: namedPeriod.typed,
							period: periodText(namedPeriod, { t, formatDate }),
						})}{' '}
						<Link to={searchHref(withAvailability(view.query, namedPeriod), keep, pathname)} className="link">
							{t(namedPeriod.from === namedPeriod.to ? 'search.namedPeriod.filterDay' : 'search.namedPeriod.filter')}
						</Link>
					</p>
				) : null}
				{narrowsResults(view.query) ? <ActiveFilters state={view.query} labels={labels} /> : null}
				{/* Above the results: a member who refines a search here keeps it without scrolling past them. */}
				<SaveSearchForm state={view.query} />
				{view.degraded ? <Notice tone="warning">{t('search.degraded')}</Notice> : null}
				{view.partial && view.total > 0 ? <Notice>{t('search.partial')}</Notice> : null}
				{hubContent.length ? <HubContentList hits={hubContent} /> : null}
				<div className={loading ? 'opacity-60 transition-opacity' : 'transition-opacity'}>
					{view.hits.length ? (
						<ul className="space-y-4">
							{view.hits.map((hit) => (
								<li key={hit.id}>
									<SearchResultCard hit={hit} />
								</li>
							))}
						</ul>
					) : view.total > 0 ? (
						<Notice title={t('search.pastLastPage')}>
							<Link to={searchHref({ ...view.query, page: 1 }, keep, pathname)} className="link">
								{t('search.firstPage')}
							</Link>
						</Notice>
					) : hubContent.length ? null : (
						// The hub's pages above answered the words: no "nothing found" under them.
						<ZeroResults state={view.query} labels={labels} />
					)}
					<Pagination page={view.page} pageCount={view.pageCount} />
				</div>
			</section>
		</div>
	)
}

function problemMessage(
	t: Translator['t'],
	facetLabel: ReturnType<typeof useFacetLabels>['facetLabel'],
	problem: SearchParamsProblem,
): string {
	const parameter =
		problem.parameter in facetVocabularies
			? facetLabel(problem.parameter as keyof typeof facetVocabularies)
			: problem.parameter === 'sort'
				? t('search.param.sort')
				: problem.parameter === 'page'
					? t('search.param.page')
					: t('search.param.query')
	const value = (problem.value ?? '').slice(0, 40)
	const limit = problem.limit ?? 0
	switch (problem.kind) {
		case 'badPage':
			return t('search.problem.badPage')
		case 'tooManyValues':
			return t('search.problem.tooManyValues', { limit, parameter })
		case 'tooLong':
			return t('search.problem.tooLong', { limit, parameter })
		case 'unknownValue':
			return t('search.problem.unknownValue', { value, parameter })
		case 'badDate':
			return t('search.problem.badDate')
	}
}

/** A hand-edited or cut-off address: say what is wrong and offer a way on, instead of an error page. */
function SearchProblem({ problem, query }: { problem: SearchParamsProblem; query: string }) {
	const { t } = useT()
	const { facetLabel } = useFacetLabels()
	const { pathname, search } = useLocation()
	const keep = new URLSearchParams(search)
	const lang = keep.get('lang')
	const fresh = new URLSearchParams(lang ? { lang } : {})
	return (
		<Notice tone="error" title={t('search.problem.title')} className="max-w-3xl">
			<p>{problemMessage(t, facetLabel, problem)}</p>
			<p className="mt-1">{t('search.problem.hint')}</p>
			<ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
				{query ? (
					<li>
						<Link to={searchHref({ ...emptySearchState, q: query }, fresh, pathname)} className="link">
							{t('search.problem.keepText', { query })}
						</Link>
					</li>
				) : null}
				<li>
					<Link to={searchHref(emptySearchState, fresh, pathname)} className="link">
						{t('search.problem.startOver')}
					</Link>
				</li>
			</ul>
		</Notice>
	)
}

/** The page of /search and of the four directory lists, which are the search with the type fixed. */
export function SearchPage() {
	const { listType, hubContent, ...outcome } = useLoaderData() as SearchPageData
	const { t } = useT()
	const location = useLocation()
	const live = useLiveSearch()
	const query = outcome.ok
		? outcome.view.query.q
		: (new URLSearchParams(location.search).get('q') ?? '').slice(0, searchLimits.maxQueryLength).trim()
	const state = outcome.ok ? live.displayed(outcome.view.query) : { ...emptySearchState, q: query }
	return (
		<>
			<PageHeader trail={[]} title={searchTitle({ t }, listType, outcome.ok ? outcome.view.query : null)}>
				{/* On a phone the box matters more than the explanation. */}
				<p className="mt-3 hidden max-w-2xl text-lg text-slate-700 sm:block">
					{listType ? t(`list.${listType}.intro`) : t('search.intro')}
				</p>
				<SearchBox query={query} listType={listType} live={live} />
				{listType ? (
					// From a list to the same words and filters across every listing type.
					<p className="mt-3 text-sm">
						<Link to={searchHref({ ...state, page: 1 }, new URLSearchParams(location.search))} className="link">
							{t('search.allTypes')}
						</Link>
					</p>
				) : null}
			</PageHeader>
			<div className="container-page py-8 sm:py-10">
				{outcome.ok ? (
					<Results view={outcome.view} live={live} hubContent={hubContent} listType={listType} />
				) : (
					<SearchProblem problem={outcome.problem} query={query} />
				)}
			</div>
		</>
	)
}

export const searchMeta: MetaFunction = ({ data, matches }) =>
	documentMeta(matches, (i18n) => {
		const page = data as SearchPageData | undefined
		const listType = page?.listType ?? null
		const state = page?.ok ? page.view.query : null
		const search = searchTitle(i18n, listType, state)
		return {
			title: state?.q ? i18n.t('search.titleFor', { search, query: state.q }) : search,
			description: listType ? i18n.t(`list.${listType}.intro`) : undefined,
		}
	})
