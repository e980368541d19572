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
		expect(translator('en').tCount('count.expert', 1)).toBe('1 expert')
		expect(translator('sv').tCount('count.expert', 3)).toBe('3 experter')
	})

	it('formats calendar dates without shifting the day', () => {
		expect(translator('en').formatDate('2027-03-01')).toBe('1 March 2027')
		expect(translator('sv').formatDate('2027-03-01')).toBe('1 mars 2027')
	})
})
