import { describe, expect, it } from 'vitest'
import { normalisePostcode } from './postcode.ts'

const readAll = (typed: readonly string[]) => Object.fromEntries(typed.map((text) => [text, normalisePostcode(text)]))

describe('normalisePostcode', () => {
	it('writes a Swedish postcode typed in any common way as "123 45"', () => {
		const typed = ['141 57', '14157', ' 141  57 ', 'SE-141 57', 'se 14157', 'S-141 57', '141\u00a057']
		expect(new Set(Object.values(readAll(typed)))).toEqual(new Set(['141 57']))
	})

	it('refuses what is no Swedish postcode', () => {
		const typed = ['1415', '141 577', '14l 57', '041 57', 'Huddinge', '', 'SE', '141-57']
		expect(Object.values(readAll(typed)).filter(Boolean)).toEqual([])
	})
})
