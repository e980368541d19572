import { useLocation, useNavigate, useNavigation } from '@remix-run/react'
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react'
import {
	availabilityParameterNames,
	searchFacetNames,
	searchSorts,
	type SearchState,
} from '~/domain/search/search-address.ts'
import type * as SearchParams from '~/domain/search/search-params.ts'

export const SEARCH_FORM_ID = 'search-form'
const TYPING_PAUSE_MS = 250

/** The current entry's position in the browser's history, as Remix's router numbers the entries it makes. */
function historyIndex(): number {
	return (window.history.state as { idx?: number } | null)?.idx ?? 0
}

type Parser = typeof SearchParams
let parser: Parser | undefined

// The address parser is built on Zod, which a visitor who only reads the
// results never needs: it loads on the first use of the form, and from then
// on every step runs at once, as before.
function withParser(run: (loaded: Parser) => void): void {
	if (parser) return run(parser)
	void import('~/domain/search/search-params.ts').then((loaded) => {
		parser = loaded
		run(loaded)
	})
}

// What the boxes show the moment a filter is ticked, before the parser has
// loaded: the form's own controls can only hold the page's values, and the
// address itself is still parsed (and made canonical) before it is used.
function chosenInForm(params: URLSearchParams): SearchState {
	const filters: SearchState['filters'] = {}
	for (const facet of searchFacetNames) {
		const values = params.getAll(facet).filter(Boolean)
		if (values.length) filters[facet] = values
	}
	const availability: NonNullable<SearchState['availability']> = {}
	for (const name of availabilityParameterNames) {
		const date = params.get(name)
		if (date) availability[name] = date
	}
	const sort = searchSorts.find((known) => known === params.get('sort')) ?? 'relevance'
	return {
		q: params.get('q') ?? '',
		filters,
		...(Object.keys(availability).length ? { availability } : {}),
		sort,
		page: 1,
	}
}

function formParams(form: HTMLFormElement): URLSearchParams {
	const params = new URLSearchParams()
	// FormData includes the fields outside the <form> that name it with form="…" (the facets, the sort).
	for (const [name, value] of new FormData(form)) {
		if (typeof value === 'string') params.append(name, value)
	}
	return params
}

export interface LiveSearch {
	onQueryInput(event: FormEvent<HTMLInputElement>): void
	onFilterChange(event: ChangeEvent<HTMLInputElement | HTMLSelectElement>): void
	onSubmit(event: FormEvent<HTMLFormElement>): void
	/** What the boxes should show: the choice just made, else the search loading, else the loaded one. */
	displayed(loaded: SearchState): SearchState
	/**
	 * Whether the box itself sent this text while the visitor typed. Such an
	 * address must never overwrite the box: under load the answer to an
	 * earlier keystroke can arrive after later ones were typed.
	 */
	sentByTyping(query: string): boolean
}

/**
 * With JavaScript the search form navigates by itself: the address changes
 * (so it stays shareable) but the page is not reloaded. Filters and sorting
 * apply at once and get a history entry each; typing applies after a short
 * pause, and one burst of typing gets one history entry, which later
 * keystrokes replace, so the back button does not replay every letter.
 * Call it once per page: the history bookkeeping is shared by all fields.
 */
export function useLiveSearch(): LiveSearch {
	const navigate = useNavigate()
	const location = useLocation()
	const { pathname } = location
	const pendingLocation = useNavigation().location
	const pendingTyping = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
	// Where the history stood when the current burst of typing began (null: no burst). The burst's
	// first search adds its entry only when its page arrives; until the history has moved past that
	// point a keystroke must add the entry itself (the router drops the unfinished search), or it
	// would replace the search before the burst and back would skip it (seen on a busy server). The
	// browser's history is read, not React's location, which renders later.
	const burstStartedAt = useRef<number | null>(null)
	const burstHasEntry = () => burstStartedAt.current !== null && historyIndex() > burstStartedAt.current
	// Texts sent in the current burst of typing; any other text in the address came from elsewhere (back, a link).
	const typedQueries = useRef(new Set<string>())
	// Router updates render as transitions, and React puts a controlled checkbox back
	// before a transition renders; this urgent state keeps the tick where it was clicked.
	const [chosen, setChosen] = useState<SearchState | null>(null)

	useEffect(() => () => clearTimeout(pendingTyping.current), [])
	useEffect(() => setChosen(null), [location])

	const go = useCallback(
		({ canonicalSearchParams }: Parser, params: URLSearchParams, replace: boolean) => {
			clearTimeout(pendingTyping.current)
			const search = canonicalSearchParams(params).toString()
			// The page's own address: /search, or a list's, whose type the path fixes.
			navigate(search ? `${pathname}?${search}` : pathname, { replace, preventScrollReset: true })
		},
		[navigate, pathname],
	)

	const onQueryInput = useCallback(
		(event: FormEvent<HTMLInputElement>) => {
			const form = event.currentTarget.form
			if (!form) return
			clearTimeout(pendingTyping.current)
			// Loads the parser during the typing pause, if it is not here yet.
			withParser(() => {})
			pendingTyping.current = setTimeout(() => {
				const params = formParams(form)
				withParser((loaded) => {
					const parsed = loaded.parseSearchParams(params)
					if (burstStartedAt.current === null) {
						burstStartedAt.current = historyIndex()
						typedQueries.current.clear()
					}
					if (parsed.success) typedQueries.current.add(parsed.query.q)
					go(loaded, params, burstHasEntry())
				})
			}, TYPING_PAUSE_MS)
		},
		[go],
	)

	const onFilterChange = useCallback(
		(event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
			const form = event.currentTarget.form
			if (!form) return
			const params = formParams(form)
			burstStartedAt.current = null
			// Urgent, and before any download: React puts a controlled box back at once otherwise.
			setChosen(chosenInForm(params))
			withParser((loaded) => {
				const parsed = loaded.parseSearchParams(params)
				if (parsed.success) setChosen(parsed.query)
				go(loaded, params, false)
			})
		},
		[go],
	)

	const onSubmit = useCallback(
		(event: FormEvent<HTMLFormElement>) => {
			event.preventDefault()
			// Enter after typing confirms the entry typing already made rather than adding another.
			const replace = burstHasEntry()
			burstStartedAt.current = null
			const params = formParams(event.currentTarget)
			withParser((loaded) => {
				const parsed = loaded.parseSearchParams(params)
				if (parsed.success) typedQueries.current.add(parsed.query.q)
				go(loaded, params, replace)
			})
		},
		[go],
	)

	const displayed = (loaded: SearchState): SearchState => {
		if (chosen) return chosen
		// Before the form's first use there is no parser: the boxes keep the loaded search until the next arrives.
		if (pendingLocation?.pathname !== pathname || !parser) return loaded
		const parsed = parser.parseSearchParams(new URLSearchParams(pendingLocation.search))
		return parsed.success ? parsed.query : loaded
	}

	const sentByTyping = useCallback((query: string) => typedQueries.current.has(query), [])

	return { onQueryInput, onFilterChange, onSubmit, displayed, sentByTyping }
}
