import { describe, expect, it } from 'vitest'
import { normalizeSearchQuery, SearchQueryError } from './engine.ts'

describe('search query validation', () => {
	it('fills defaults (a visitor’s audience) and sorts filter values', () => {
		expect(normalizeSearchQuery({})).toEqual({
			q: '',
			filters: {},
			sort: 'relevance',
			page: 1,
			pageSize: 20,
			locale: 'en',
			audience: 'public',
		})
		expect(
			normalizeSearchQuery({ q: '  lvv  ', filters: { modality: ['car-t', 'aav', 'aav'], service: [] } }).filters,
		).toEqual({
			modality: ['aav', 'car-t'],
		})
	})
	it('refuses an audience it does not know', () => {
		expect(() => normalizeSearchQuery({ audience: 'everyone' as never })).toThrow(SearchQueryError)
		expect(normalizeSearchQuery({ audience: 'members' }).audience).toBe('members')
	})
	it('bounds the query, page size and page', () => {
		const query = normalizeSearchQuery({ q: 'x'.repeat(5000), pageSize: 1000, page: 10_000 })
		expect(query.q).toHaveLength(200)
		expect(query.pageSize).toBe(50)
		expect(query.page).toBe(20)
		expect(normalizeSearchQuery({ page: -3, pageSize: Number.NaN })).toMatchObject({ page: 1, pageSize: 20 })
		expect(normalizeSearchQuery({ page: '3' as never })).toMatchObject({ page: 3 })
	})
	it('rejects unknown facets, codes, sorts and locales, listing every problem', () => {
		try {
			normalizeSearchQuery({
				filters: { modality: ['car-t', 'unicorn'], grade: ['b" OR 1=1'], color: ['red'] } as never,
				sort: 'price' as never,
				locale: 'de' as never,
			})
			expect.unreachable()
		} catch (error) {
			expect(error).toBeInstanceOf(SearchQueryError)
			expect((error as SearchQueryError).issues).toEqual([
				'modality: unknown value "unicorn"',
				'grade: unknown value "b" OR 1=1"',
				'unknown filter "color"',
				'unknown sort "price"',
				'unknown locale "de"',
			])
		}
	})
	it('accepts any bounded city, and codes exactly as the taxonomy spells them', () => {
		expect(normalizeSearchQuery({ filters: { city: ['Huddinge'], grade: ['B'] } }).filters).toEqual({
			city: ['Huddinge'],
			grade: ['B'],
		})
		expect(() => normalizeSearchQuery({ filters: { city: ['x'.repeat(101)] } })).toThrow(SearchQueryError)
		expect(() => normalizeSearchQuery({ filters: { type: 'lab' as never } })).toThrow(SearchQueryError)
		expect(() => normalizeSearchQuery({ filters: { type: Array.from({ length: 31 }, () => 'lab') } })).not.toThrow()
	})
})
