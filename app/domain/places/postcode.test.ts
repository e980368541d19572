import { describe, expect, it } from 'vitest'
import { normalisePostcode } from './postcode.ts'

describe('normalisePostcode', () => {
	it.each([
		['141 57', '141 57'],
		['14157', '141 57'],
		[' 141  57 ', '141 57'],
		['SE-141 57', '141 57'],
		['se 14157', '141 57'],
		['S-141 89', '141 89'],
		['141\u00a057', '141 57'],
	])('writes %j as %j', (typed, stored) => {
		expect(normalisePostcode(typed)).toBe(stored)
	})

	it.each(['1415', '141 577', '14l 57', '041 57', 'Huddinge', '', 'SE', '141-57'])(
		'refuses %j, which is no Swedish postcode',
		(typed) => {
			expect(normalisePostcode(typed)).toBeUndefined()
		},
	)
})
