import { describe, expect, it } from 'vitest'
import { readQueryPeriod } from './query-period.ts'
import { clauseTokens } from './tokens.ts'

const read = (text: string, today = '2026-12-06') => {
	const period = readQueryPeriod(text, clauseTokens(text), today)
	return period && { from: period.from, to: period.to, typed: period.typed }
}

/** [query, its words naming the period, first day, last day], read on 6 December 2026 unless a day is given. */
type Case = [text: string, typed: string, from: string, to: string, today?: string]

const cases: Record<string, Case[]> = {
	'reads seasons in both languages, the coming one or the one after it': [
		['grade B GMP suite next spring', 'next spring', '2027-03-01', '2027-05-31'],
		['renrum klass B till våren', 'till våren', '2027-03-01', '2027-05-31'],
		['renrum nästa vår', 'nästa vår', '2027-03-01', '2027-05-31'],
		['cleanroom in the autumn', 'in the autumn', '2027-09-01', '2027-11-30'],
		['cleanroom autumn 2027', 'autumn 2027', '2027-09-01', '2027-11-30'],
		['renrum hösten 2027', 'hösten 2027', '2027-09-01', '2027-11-30'],
	],
	// On 6 December winter has begun: "this winter" is the rest of it, "next winter" a year on.
	'counts a period under way from today, and the next one after it': [
		['QC lab this winter', 'this winter', '2026-12-06', '2027-02-28'],
		['QC lab next winter', 'next winter', '2027-12-01', '2028-02-29'],
		['fill line in December', 'in December', '2026-12-06', '2026-12-31'],
		['fill line next December', 'next December', '2027-12-01', '2027-12-31'],
		['fill line in March', 'in March', '2028-03-01', '2028-03-31', '2027-04-02'],
	],
	'reads months, quarters, halves, years and now, with the words that introduce them': [
		['suite available from Q2 2027', 'available from Q2 2027', '2027-04-01', '2027-06-30'],
		['vektorproduktion kv3', 'kv3', '2027-07-01', '2027-09-30'],
		['capacity H1 2027', 'H1 2027', '2027-01-01', '2027-06-30'],
		['ledig kapacitet i mars', 'i mars', '2027-03-01', '2027-03-31'],
		['cleanroom May 2027', 'May 2027', '2027-05-01', '2027-05-31'],
		['aseptic filling 2027', '2027', '2027-01-01', '2027-12-31'],
		['GMP-svit nästa år', 'nästa år', '2027-01-01', '2027-12-31'],
		['grade A suite available now', 'available now', '2026-12-06', '2026-12-06'],
		['ledig nu', 'ledig nu', '2026-12-06', '2026-12-06'],
	],
	'reads a day of a month, and the part of a period that "early", "mid" or "slutet av" names': [
		['cleanroom from 1 March', 'from 1 March', '2027-03-01', '2027-03-01'],
		['renrum ledigt från 15 mars 2027', 'ledigt från 15 mars 2027', '2027-03-15', '2027-03-15'],
		['fill line March 1', 'March 1', '2027-03-01', '2027-03-01'],
		// No such day: the month it names.
		['30 February 2027 cleanroom', 'February 2027', '2027-02-01', '2027-02-28'],
		['QC lab by end of 2027', 'by end of 2027', '2027-09-01', '2027-12-31'],
		['QC-labb i slutet av 2027', 'i slutet av 2027', '2027-09-01', '2027-12-31'],
		['vector supply early next year', 'early next year', '2027-01-01', '2027-05-02'],
		['suite mid March 2027', 'mid March 2027', '2027-03-12', '2027-03-22'],
	],
}

describe('the period a search query names', () => {
	for (const [name, list] of Object.entries(cases))
		it(name, () => {
			for (const [text, typed, from, to, today] of list) expect(read(text, today), text).toEqual({ from, to, typed })
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
			'end-to-end process development',
			'late phase clinical supply',
		])
			expect(read(text), text).toBeUndefined()
	})

	it('looks up no word among the names every object has', () => {
		// "constructor of 2027" once read "constructor" as a part of the year and threw on its dates.
		expect(read('constructor of 2027')).toEqual({ from: '2027-01-01', to: '2027-12-31', typed: '2027' })
		for (const text of ['__proto__ 2027', 'toString next', '1 constructor', 'hasOwnProperty spring 2027'])
			expect(() => read(text), text).not.toThrow()
	})

	it('names no period that is over: its words stay words', () => {
		expect(read('capacity spring 2025')).toBeUndefined()
		expect(read('guideline 2021 revision')).toBeUndefined()
	})
})
