import { describe, expect, it } from 'vitest'
import { en } from './en/index.ts'
import { t, translator } from './messages.ts'
import { sv } from './sv/index.ts'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

describe('messages', () => {
	it('Swedish uses the same placeholders as English in every message', () => {
		for (const key of Object.keys(en) as Array<keyof typeof en>) {
			expect(placeholders(sv[key]), key).toEqual(placeholders(en[key]))
		}
	})

	it('interpolates and formats numbers in the reader’s language', () => {
		expect(t('en', 'facility.areaValue', { area: 1200 })).toBe('1,200 m²')
		expect(t('sv', 'facility.areaValue', { area: 1200 })).toBe('1\u00a0200 m²')
	})

	it('picks the plural form', () => {
		expect(translator('en').tCount('search.results', 1)).toBe('1 result')
		expect(translator('sv').tCount('search.results', 3)).toBe('3 träffar')
	})

	it('formats calendar dates without shifting the day', () => {
		expect(translator('en').formatDate('2027-03-01')).toBe('1 March 2027')
		expect(translator('sv').formatDate('2027-03-01')).toBe('1 mars 2027')
	})

	it('shows a date as its month when no day is meant', () => {
		expect(translator('en').formatDate('2027-03-01', 'month')).toBe('March 2027')
		expect(translator('sv').formatDate('2027-10-01', 'month')).toBe('oktober 2027')
		expect(translator('en').formatDate('2026-12-31T23:30:00.000Z', 'month')).toBe('January 2027')
	})

	it('shows an instant in the hub’s time zone, as a day or to the minute or second', () => {
		const instant = '2026-12-04T05:07:09.000Z'
		expect(translator('en').formatDate(instant)).toBe('4 December 2026')
		expect(translator('en').formatDate(instant, 'minute')).toBe('4 Dec 2026, 06:07')
		expect(translator('en').formatDate(instant, 'second')).toBe('4 December 2026 at 06:07:09')
		expect(translator('sv').formatDate(instant)).toBe('4 december 2026')
		expect(translator('sv').formatDate(instant, 'minute')).toBe('4 dec. 2026 06:07')
		expect(translator('sv').formatDate(instant, 'second')).toBe('4 december 2026 kl. 06:07:09')
		// A calendar date is a day wherever it is shown.
		expect(translator('en').formatDate('2027-03-01', 'minute')).toBe('1 March 2027')
	})
})
