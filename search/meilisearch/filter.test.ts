import { describe, expect, it } from 'vitest'
import { normalizeSearchQuery } from '../engine.ts'
import { serverKeyActions, serverKeyUid } from './engine.server.ts'
import { listingTypes } from '~/domain/listings/interchange.ts'
import { meilisearchQueries } from './queries.ts'
import { desiredSettings } from './settings.ts'
import { availabilityClause, buildFilter, equals, FilterError, quoteFilterValue } from './filter.ts'
import {
	dayNumber,
	FREE_RANGE_SLOTS,
	freeSlotsOf,
	rangesCover,
	type AvailabilityFilter,
	type FreeRange,
} from '../availability.ts'

describe('filter values', () => {
	it('are double-quoted with backslashes and quotes escaped', () => {
		expect(quoteFilterValue('lab')).toBe('"lab"')
		expect(quoteFilterValue('Stockholm" OR type = "lab')).toBe('"Stockholm\\" OR type = \\"lab"')
		expect(quoteFilterValue('a\\"b')).toBe('"a\\\\\\"b"')
		expect(quoteFilterValue("O'Brien = 1 TO 9")).toBe('"O\'Brien = 1 TO 9"')
	})
	it('can never close the literal: every quote inside is escaped', () => {
		for (const value of ['"', '\\"', '\\\\"', '" OR "', 'x"y"z', '\\']) {
			const inner = quoteFilterValue(value).slice(1, -1)
			expect(inner).not.toMatch(/(^|[^\\])(\\\\)*"/)
		}
	})
	it('only accepts attribute names, never expressions', () => {
		expect(equals('city', 'Huddinge')).toBe('city = "Huddinge"')
		expect(() => equals('city = "x" OR type', 'lab')).toThrow(FilterError)
	})
})

describe('filters from facets', () => {
	it('OR-s values within a facet, AND-s facets, and always limits to what visitors may see', () => {
		expect(buildFilter({ type: ['lab'], modality: ['aav', 'car-t'] })).toEqual([
			'status = "published"',
			'visibility = "public"',
			'type = "lab"',
			'(modalities = "aav" OR modalities = "car-t")',
		])
	})
	it('leaves one facet out for its disjunctive counts', () => {
		expect(buildFilter({ type: ['lab'], grade: ['B'] }, { except: 'grade' })).toEqual([
			'status = "published"',
			'visibility = "public"',
			'type = "lab"',
		])
	})
	it('lets members, and only members, reach members-only documents, in the page and in every count query', () => {
		const query = normalizeSearchQuery({ q: 'lentiviral', filters: { type: ['expert'], service: ['regulatory'] } })
		const visitorQueries = meilisearchQueries('hub_listings', query)
		const memberQueries = meilisearchQueries('hub_listings', { ...query, audience: 'members' })
		for (const { filter } of [visitorQueries.main, ...visitorQueries.facetQueries.map((f) => f.query)])
			expect(filter).toContain('visibility = "public"')
		for (const { filter } of [memberQueries.main, ...memberQueries.facetQueries.map((f) => f.query)]) {
			expect(filter).toContain('status = "published"')
			expect(JSON.stringify(filter)).not.toContain('visibility')
		}
		expect(visitorQueries.facetQueries).toHaveLength(2)
	})
	it('rejects unknown facet names', () => {
		expect(() => buildFilter({ 'type = "x" OR id': ['1'] } as never)).toThrow(FilterError)
	})
	it('escapes free-text city values', () => {
		expect(buildFilter({ city: ['Stockholm" OR city = "Huddinge'] })[2]).toBe(
			'city = "Stockholm\\" OR city = \\"Huddinge"',
		)
	})
})

describe('search requests', () => {
	it('sends the page query with unfiltered facets and one count query per filtered facet', () => {
		const { main, facetQueries } = meilisearchQueries(
			'hub_listings',
			normalizeSearchQuery({ q: 'lentiviral', filters: { type: ['facility'], grade: ['B'] }, page: 2, pageSize: 10 }),
		)
		expect(main).toMatchObject({
			indexUid: 'hub_listings',
			q: 'lentiviral',
			page: 2,
			hitsPerPage: 10,
			matchingStrategy: 'all',
			facets: ['modalities', 'services', 'phases', 'licences', 'kind', 'city'],
			filter: ['status = "published"', 'visibility = "public"', 'type = "facility"', 'grades = "B"'],
			attributesToHighlight: [
				'name',
				'organizationName',
				'summary',
				'description',
				'translatedSummary',
				'translatedDescription',
			],
			attributesToCrop: ['description'],
		})
		expect(main.sort).toBeUndefined()
		expect(facetQueries).toEqual([
			expect.objectContaining({
				attribute: 'type',
				query: expect.objectContaining({
					facets: ['type'],
					limit: 0,
					filter: ['status = "published"', 'visibility = "public"', 'grades = "B"'],
				}),
			}),
			expect.objectContaining({
				attribute: 'grades',
				query: expect.objectContaining({
					facets: ['grades'],
					limit: 0,
					filter: ['status = "published"', 'visibility = "public"', 'type = "facility"'],
				}),
			}),
		])
	})
	it('sorts by folded name or update time, and by name when there is no text', () => {
		expect(meilisearchQueries('i', normalizeSearchQuery({ q: 'x', sort: 'name' })).main.sort).toEqual(['nameSort:asc'])
		expect(meilisearchQueries('i', normalizeSearchQuery({ q: 'x', sort: 'updated' })).main.sort).toEqual([
			'updatedAtTs:desc',
		])
		expect(meilisearchQueries('i', normalizeSearchQuery({ q: '' })).main.sort).toEqual(['nameSort:asc'])
	})
	it('breaks ties by kind of listing, experts last, when the query asks for a supplier; by relevance alone otherwise', () => {
		const plan = { concepts: ['modalities:lentiviral'], words: [], prefixLast: false }
		const forSupplier = normalizeSearchQuery({ q: 'lentiviral supplier', plan: { ...plan, suppliersFirst: true } })
		expect(meilisearchQueries('i', forSupplier).main.sort).toEqual(['type:desc'])
		// Only "supplier" asked: nothing to rank by, so each kind's listings come by name, as in PostgreSQL.
		const onlySupplier = normalizeSearchQuery({
			q: 'supplier',
			plan: { concepts: [], words: [], prefixLast: false, suppliersFirst: true },
		})
		expect(meilisearchQueries('i', onlySupplier).main.sort).toEqual(['type:desc', 'nameSort:asc'])
		expect(meilisearchQueries('i', normalizeSearchQuery({ q: 'lentiviral', plan })).main.sort).toBeUndefined()
		// A visitor who sorts by name or date gets that order.
		expect(meilisearchQueries('i', { ...forSupplier, sort: 'name' }).main.sort).toEqual(['nameSort:asc'])
		// The kinds in descending order put the expert last: a new kind of listing must keep it so.
		expect([...listingTypes].sort().reverse().at(-1)).toBe('expert')
		expect(desiredSettings().sortableAttributes).toContain('type')
	})
})

describe('server key', () => {
	it('has a stable uuid per index prefix', () => {
		expect(serverKeyUid('hub_')).toBe(serverKeyUid('hub_'))
		expect(serverKeyUid('hub_')).not.toBe(serverKeyUid('other_'))
		expect(serverKeyUid('')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
	})
	it('cannot manage keys, dump or snapshot', () => {
		expect(
			serverKeyActions.some(
				(action) =>
					action.startsWith('keys.') || action === '*' || action.startsWith('dumps') || action.startsWith('snapshots'),
			),
		).toBe(false)
	})
})

describe('the free-capacity filter', () => {
	// What Meilisearch does with the clause, for the only shapes it holds: "(a <= n AND b >= m)" OR-ed.
	function matches(clause: string, document: Record<string, number>): boolean {
		const slots = [...clause.matchAll(/\((\w+) <= (\d+) AND (\w+) >= (\d+)\)/g)]
		expect(slots.length).toBe(FREE_RANGE_SLOTS)
		return slots.some(
			([, from, first, to, last]) =>
				document[from!] !== undefined && document[from!]! <= Number(first) && document[to!]! >= Number(last),
		)
	}

	it('says the same as the free ranges, for days and periods, open ends included', () => {
		const ranges: FreeRange[] = [
			{ from: '2031-01-01', to: '2031-02-28' },
			{ from: '2031-04-01', to: '2031-04-30' },
			{ from: '2031-09-01', to: null },
		]
		const document = freeSlotsOf(ranges)
		const periods: AvailabilityFilter[] = [
			{ from: '2031-01-15', to: '2031-01-15' },
			{ from: '2031-02-15', to: '2031-04-15' },
			{ from: '2031-03-01', to: '2031-03-01' },
			{ from: '2031-04-01', to: '2031-04-30' },
			{ from: '2030-12-31', to: '2031-01-01' },
			{ from: '2099-06-01', to: '2150-01-01' },
			{ from: '2031-08-31', to: '2031-09-01' },
		]
		expect(periods.map((period) => matches(availabilityClause(period), document))).toEqual(
			periods.map((period) => rangesCover(ranges, period)),
		)
		expect(periods.map((period) => rangesCover(ranges, period))).toEqual([true, false, false, true, false, true, false])
	})
	it('is one clause among the others, in the main query and every facet query', () => {
		const available = { from: '2031-04-01', to: '2031-04-01' }
		expect(buildFilter({ type: ['facility'] }, { available })).toEqual([
			'status = "published"',
			'visibility = "public"',
			availabilityClause(available),
			'type = "facility"',
		])
		const { main, facetQueries } = meilisearchQueries(
			'listings',
			normalizeSearchQuery({ filters: { grade: ['B'] }, available }),
		)
		expect(main.filter).toContain(availabilityClause(available))
		for (const { query } of facetQueries) expect(query.filter).toContain(availabilityClause(available))
	})
	it('keeps the earliest ranges of a facility with more than the slots hold', () => {
		const many = Array.from({ length: FREE_RANGE_SLOTS + 2 }, (_, index) => ({
			from: `2031-${String(index + 1).padStart(2, '0')}-01`,
			to: `2031-${String(index + 1).padStart(2, '0')}-10`,
		}))
		expect(Object.keys(freeSlotsOf(many))).toHaveLength(FREE_RANGE_SLOTS * 2)
		expect(freeSlotsOf(many).freeSlot0From).toBe(dayNumber('2031-01-01'))
	})
})
