import { describe, expect, it } from 'vitest'
import { readQueryPeriod } from './query-period.ts'
import { clauseTokens } from './tokens.ts'

const read = (text: string, today = '2026-12-06') => {
	const period = readQueryPeriod(text, clauseTokens(text), today)
	return period && { from: period.from, to: period.to, typed: period.typed }
}

describe('the period a search query names', () => {
	it('reads seasons in both languages, the coming one or the one after it', () => {
		expect(read('grade B GMP suite next spring')).toEqual({
			from: '2027-03-01',
			to: '2027-05-31',
			typed: 'next spring',
		})
		expect(read('renrum klass B till våren')).toEqual({ from: '2027-03-01', to: '2027-05-31', typed: 'till våren' })
		expect(read('renrum nästa vår')).toEqual({ from: '2027-03-01', to: '2027-05-31', typed: 'nästa vår' })
		expect(read('cleanroom in the autumn')).toEqual({ from: '2027-09-01', to: '2027-11-30', typed: 'in the autumn' })
		expect(read('cleanroom autumn 2027')).toEqual({ from: '2027-09-01', to: '2027-11-30', typed: 'autumn 2027' })
		expect(read('renrum hösten 2027')).toEqual({ from: '2027-09-01', to: '2027-11-30', typed: 'hösten 2027' })
	})

	it('counts a period under way from today, and the next one after it', () => {
		// On 6 December winter has begun: "this winter" is the rest of it, "next winter" a year on.
		expect(read('QC lab this winter')).toEqual({ from: '2026-12-06', to: '2027-02-28', typed: 'this winter' })
		expect(read('QC lab next winter')).toEqual({ from: '2027-12-01', to: '2028-02-29', typed: 'next winter' })
		expect(read('fill line in December')).toEqual({ from: '2026-12-06', to: '2026-12-31', typed: 'in December' })
		expect(read('fill line next December')).toEqual({ from: '2027-12-01', to: '2027-12-31', typed: 'next December' })
		expect(read('fill line in March', '2027-04-02')).toEqual({
			from: '2028-03-01',
			to: '2028-03-31',
			typed: 'in March',
		})
	})

	it('reads months, quarters, halves, years and now, with the words that introduce them', () => {
		expect(read('suite available from Q2 2027')).toEqual({
			from: '2027-04-01',
			to: '2027-06-30',
			typed: 'available from Q2 2027',
		})
		expect(read('vektorproduktion kv3')).toEqual({ from: '2027-07-01', to: '2027-09-30', typed: 'kv3' })
		expect(read('capacity H1 2027')).toEqual({ from: '2027-01-01', to: '2027-06-30', typed: 'H1 2027' })
		expect(read('ledig kapacitet i mars')).toEqual({ from: '2027-03-01', to: '2027-03-31', typed: 'i mars' })
		expect(read('cleanroom May 2027')).toEqual({ from: '2027-05-01', to: '2027-05-31', typed: 'May 2027' })
		expect(read('aseptic filling 2027')).toEqual({ from: '2027-01-01', to: '2027-12-31', typed: '2027' })
		expect(read('GMP-svit nästa år')).toEqual({ from: '2027-01-01', to: '2027-12-31', typed: 'nästa år' })
		expect(read('grade A suite available now')).toEqual({
			from: '2026-12-06',
			to: '2026-12-06',
			typed: 'available now',
		})
		expect(read('ledig nu')).toEqual({ from: '2026-12-06', to: '2026-12-06', typed: 'ledig nu' })
	})

	it('leaves words that only look like a period', () => {
		// "vår" is "our", "host" a host cell, "may" a verb, "i" a preposition.
		for (const text of [
			'i vår verksamhet söker vi AAV',
			'host cell protein assay',
			'who may help with CAR-T',
			'cell therapy in Huddinge',
			'mars mission hardware',
			'nästa steg för CAR-T',
		])
			expect(read(text), text).toBeUndefined()
	})

	it('names no period that is over: its words stay words', () => {
		expect(read('capacity spring 2025')).toBeUndefined()
		expect(read('guideline 2021 revision')).toBeUndefined()
	})
})
