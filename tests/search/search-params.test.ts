import { describe, expect, it } from 'vitest'
import {
	activeFilters,
	canonicalSearchParams,
	clearFilters,
	emptySearchState,
	facetVocabularies,
	parseSearchParams,
	removeFilter,
	searchFacetNames,
	searchHref,
	searchLimits,
	searchSorts,
	toggleFilter,
	toSearchParams,
	type SearchState,
} from '~/domain/search/search-params.ts'
import { normalizeSearchQuery } from '../../search/engine.ts'
import {
	facetByName,
	facetNames,
	MAX_CITY_LENGTH,
	MAX_FILTER_VALUES,
	MAX_QUERY_LENGTH,
	sortOptions,
} from '../../search/index-definition.ts'

function parse(query: string) {
	return parseSearchParams(new URLSearchParams(query))
}

function parsed(query: string): SearchState {
	const result = parse(query)
	if (!result.success) throw new Error(`expected ${query} to parse: ${result.problem.message}`)
	return result.query
}

function problem(query: string) {
	const result = parse(query)
	if (result.success) throw new Error(`expected ${query} to be refused`)
	return result.problem
}

describe('the address format agrees with the engine', () => {
	// Browser code may not import search/, so the names and limits are repeated; these keep them equal.
	it('has the same facets, vocabularies and sorts', () => {
		expect([...searchFacetNames]).toEqual([...facetNames])
		for (const facet of searchFacetNames)
			expect(facetVocabularies[facet] ?? undefined).toBe(facetByName[facet].vocabulary)
		expect([...searchSorts]).toEqual([...sortOptions])
	})

	it('has the same limits', () => {
		expect(searchLimits).toEqual({
			maxQueryLength: MAX_QUERY_LENGTH,
			maxFilterValues: MAX_FILTER_VALUES,
			maxCityLength: MAX_CITY_LENGTH,
		})
	})

	it('gives queries the engine accepts as they are', () => {
		const query = parsed('q=cell&type=facility&modality=aav&modality=car-t&city=Huddinge&sort=name&page=2')
		expect(() => normalizeSearchQuery(query)).not.toThrow()
		expect(normalizeSearchQuery(query)).toMatchObject({ q: 'cell', sort: 'name', page: 2 })
	})
})

describe('parseSearchParams', () => {
	it('reads an empty address as "everything, best match first"', () => {
		expect(parsed('')).toEqual(emptySearchState)
	})

	it('reads repeated parameters as several values of one filter', () => {
		expect(parsed('q=vector&modality=car-t&modality=aav&type=facility').filters).toEqual({
			modality: ['car-t', 'aav'],
			type: ['facility'],
		})
	})

	it('ignores empty values, repeats and surrounding spaces', () => {
		expect(parsed('modality=&modality=%20aav%20&modality=aav&type=').filters).toEqual({ modality: ['aav'] })
	})

	it('leaves parameters that are not the search’s own alone', () => {
		expect(parsed('q=aav&lang=sv&utm_source=newsletter')).toEqual({ ...emptySearchState, q: 'aav' })
	})

	it('reads every facet, city as free text', () => {
		const state = parsed(
			'type=lab&modality=msc&service=qc-testing&phase=phase-1&grade=B&licence=hospital-exemption&kind=academic&city=Södertälje',
		)
		expect(Object.keys(state.filters)).toEqual([...searchFacetNames])
		expect(state.filters.city).toEqual(['Södertälje'])
	})

	describe('page', () => {
		it('is a whole number from 1', () => {
			expect(parsed('page=3').page).toBe(3)
			expect(parsed('page=').page).toBe(1)
		})

		it.each(['0', '-1', '1.5', 'abc', '2e3', '99999999999', '01'])('refuses page=%s', (page) => {
			expect(problem(`page=${encodeURIComponent(page)}`)).toMatchObject({ parameter: 'page', kind: 'badPage' })
			expect(problem(`page=${encodeURIComponent(page)}`).message).toMatch(/"page"/)
		})
	})

	describe('unknown values are refused with a message naming the parameter', () => {
		it.each([
			['modality', 'modality=car-t&modality=unicorn-therapy', 'unicorn-therapy'],
			['type', 'type=company', 'company'],
			['grade', 'grade=E', 'E'],
			['licence', 'licence=license-to-kill', 'license-to-kill'],
			['kind', 'kind=pirate', 'pirate'],
			['sort', 'sort=price', 'price'],
		])('%s', (parameter, query, value) => {
			const found = problem(query)
			expect(found).toMatchObject({ parameter, kind: 'unknownValue', value })
			expect(found.message).toContain(`"${parameter}"`)
			expect(found.message).toContain(value)
		})

		it('lists the known values, so an API client can correct itself', () => {
			expect(problem('grade=E').message).toMatch(/Known values: A, B, C, D\./)
			expect(problem('sort=price').message).toMatch(/relevance, name, updated/)
		})

		it('treats codes as exact: no case folding, no labels', () => {
			expect(problem('type=Facility').parameter).toBe('type')
			expect(problem('modality=CAR-T%20cells').parameter).toBe('modality')
		})

		it('refuses a comma list instead of guessing (repeat the parameter)', () => {
			expect(problem('modality=car-t,aav')).toMatchObject({ parameter: 'modality', value: 'car-t,aav' })
		})
	})

	describe('hostile input', () => {
		it.each([
			['quotes', `"lentiviral vector"`],
			['a single quote', `Karolinska's cleanroom`],
			['OR', 'aav OR lentiviral'],
			['=', 'type=facility'],
			['filter syntax', `type = "facility" OR 1=1`],
			['SQL', `'; DROP TABLE "Listing"; --`],
			['markup', '<script>alert(1)</script>'],
			['tsquery operators', 'aav & !lentiviral | (car:*)'],
		])('takes %s in the text as words to search for', (_name, text) => {
			expect(parsed(`q=${encodeURIComponent(text)}`)).toEqual({ ...emptySearchState, q: text.trim() })
		})

		it('refuses operators smuggled into a filter value', () => {
			expect(problem(`type=${encodeURIComponent('facility OR 1=1')}`).parameter).toBe('type')
			expect(problem(`modality=${encodeURIComponent('aav" OR modalities = "car-t')}`).parameter).toBe('modality')
			expect(problem(`grade=${encodeURIComponent("B' OR '1'='1")}`).parameter).toBe('grade')
		})

		it('cuts a 5,000-character query to the engine’s length, as the engine would', () => {
			const long = 'lentiviral '.repeat(500).slice(0, 5000)
			const state = parsed(`q=${encodeURIComponent(long)}`)
			expect(state.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
			expect(state.q).toBe(long.slice(0, MAX_QUERY_LENGTH).trim())
			expect(normalizeSearchQuery(state).q).toBe(state.q)
		})

		it('refuses a city longer than the engine takes, without echoing all of it', () => {
			const found = problem(`city=${'x'.repeat(5000)}`)
			expect(found).toMatchObject({ parameter: 'city', kind: 'tooLong', limit: MAX_CITY_LENGTH })
			expect(found.message.length).toBeLessThan(200)
		})

		it('refuses too many values for one filter', () => {
			const cities = Array.from({ length: MAX_FILTER_VALUES + 1 }, (_, n) => `city=Town${n}`).join('&')
			expect(problem(cities)).toMatchObject({ parameter: 'city', kind: 'tooManyValues' })
		})

		it('keeps an unknown value short in the message', () => {
			expect(problem(`modality=${'z'.repeat(5000)}`).message.length).toBeLessThan(600)
		})
	})
})

describe('toSearchParams', () => {
	it('leaves defaults out, so a search has one address', () => {
		expect(toSearchParams(emptySearchState).toString()).toBe('')
		expect(searchHref(emptySearchState)).toBe('/search')
	})

	it('writes repeated parameters and round-trips through the parser', () => {
		const state: SearchState = {
			q: 'vector "GMP" OR aav',
			filters: { type: ['facility'], modality: ['car-t', 'aav'], city: ['Södertälje'] },
			sort: 'updated',
			page: 3,
		}
		const params = toSearchParams(state)
		expect(params.getAll('modality')).toEqual(['car-t', 'aav'])
		expect(parsed(params.toString())).toEqual(state)
	})

	it('keeps parameters that are not the search’s, such as the language', () => {
		const href = searchHref({ ...emptySearchState, q: 'aav' }, new URLSearchParams('q=old&page=4&lang=sv'))
		expect(href).toBe('/search?q=aav&lang=sv')
	})

	it('turns a submitted form into the same address a link gives', () => {
		const submitted = new URLSearchParams('q=aav&sort=relevance&type=facility&modality=&lang=sv')
		expect(canonicalSearchParams(submitted).toString()).toBe('q=aav&type=facility&lang=sv')
	})
})

describe('filter links', () => {
	const state = parsed('q=aav&type=facility&modality=aav&page=3')

	it('toggle a value on and off and go back to page 1', () => {
		const added = toggleFilter(state, 'modality', 'car-t')
		expect(added.filters.modality).toEqual(['aav', 'car-t'])
		expect(added.page).toBe(1)
		expect(toggleFilter(added, 'modality', 'aav').filters.modality).toEqual(['car-t'])
	})

	it('remove one filter, or all of them, keeping the text', () => {
		expect(removeFilter(state, 'type', 'facility').filters).toEqual({ modality: ['aav'] })
		expect(clearFilters(state)).toEqual({ ...state, filters: {}, page: 1 })
		expect(activeFilters(state)).toEqual([
			{ facet: 'type', value: 'facility' },
			{ facet: 'modality', value: 'aav' },
		])
	})
})
