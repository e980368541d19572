import { describe, expect, it } from 'vitest'
import { withUnderstanding } from './understood-query.server.ts'

describe('withUnderstanding', () => {
	it('reads the same text the same way every time it is asked (pages, facets, sorts)', () => {
		const first = withUnderstanding({ q: 'lentivrial renrum klass B' })
		const again = withUnderstanding({ q: 'lentivrial renrum klass B', page: 2, filters: { type: ['facility'] } })
		expect(again.query.plan).toEqual(first.query.plan)
		expect(again.understanding).toEqual(first.understanding)
		expect(again.query).toMatchObject({ page: 2, filters: { type: ['facility'] } })
	})

	it('gives every caller its own reading: changing one never changes the next', () => {
		const first = withUnderstanding({ q: 'genterapi' })
		const expected = structuredClone(first.understanding)
		first.understanding!.concepts.length = 0
		first.understanding!.words.push('tampered')
		first.query.plan!.concepts.length = 0
		const next = withUnderstanding({ q: 'genterapi' })
		expect(next.understanding).toEqual(expected)
		expect(next.query.plan!.concepts).toContain('field:gene-therapy')
	})
})
