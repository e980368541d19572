import { describe, expect, it } from 'vitest'
import { availabilityPeriod, parseSearchParams, toSearchParams } from '../../app/domain/search/search-params.ts'

const parse = (query: string) => parseSearchParams(new URLSearchParams(query))

describe('availability in the search address', () => {
	it('reads availableBy, and availableFrom with availableTo, and writes them back', () => {
		const by = parse('type=facility&availableBy=2027-03-01')
		expect(by).toMatchObject({ success: true, query: { availability: { availableBy: '2027-03-01' } } })
		if (!by.success) return
		expect(availabilityPeriod(by.query)).toEqual({ from: '2027-03-01', to: '2027-03-01' })
		expect(toSearchParams(by.query).toString()).toBe('type=facility&availableBy=2027-03-01')

		const range = parse('availableFrom=2027-03-01&availableTo=2027-05-31&lang=sv')
		if (!range.success) throw new Error('not parsed')
		expect(availabilityPeriod(range.query)).toEqual({ from: '2027-03-01', to: '2027-05-31' })
		expect(toSearchParams(range.query, new URLSearchParams('lang=sv')).toString()).toBe(
			'availableFrom=2027-03-01&availableTo=2027-05-31&lang=sv',
		)
	})
	it('treats empty form fields as no filter', () => {
		const empty = parse('q=&availableBy=&availableFrom=&availableTo=')
		expect(empty).toMatchObject({ success: true })
		if (empty.success) expect(availabilityPeriod(empty.query)).toBeUndefined()
	})
	it('names the parameter of a date that is not one, out of range, or a period the wrong way round', () => {
		for (const [query, parameter] of [
			['availableBy=2027-02-30', 'availableBy'],
			['availableBy=next%20spring', 'availableBy'],
			['availableFrom=9999-01-01', 'availableFrom'],
			['availableFrom=2027-05-01&availableTo=2027-04-01', 'availableTo'],
			['availableBy=2027-05-01&availableFrom=2027-04-01', 'availableBy'],
		] as const) {
			expect(parse(query)).toMatchObject({ success: false, problem: { parameter, kind: 'badDate' } })
		}
	})
})
