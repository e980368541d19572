import { describe, expect, it } from 'vitest'
import { facets } from '../index-definition.ts'
import { facetCountsOf } from './engine.server.ts'

const index = (name: string) => facets.findIndex((facet) => facet.name === name)
const bit = (name: string) => 1 << index(name)
const row = (facet: string, misses: number, n: number, value: string | string[] | null) =>
	[index(facet), misses, n, value] as [number, number, number, string | string[] | null]

describe('facet counts from grouped rows', () => {
	it('adds up array combinations per code and single values per value', () => {
		const counts = facetCountsOf([
			row('modality', 0, 3, ['aav', 'car-t']),
			row('modality', 0, 2, ['car-t']),
			row('modality', 0, 4, []),
			row('type', 0, 5, 'lab'),
			row('type', 0, 4, 'facility'),
			row('kind', 0, 7, null),
		])
		expect(counts.modality).toEqual({ aav: 3, 'car-t': 5 })
		expect(counts.type).toEqual({ lab: 5, facility: 4 })
		expect(counts.kind).toEqual({})
		expect(counts.city).toEqual({})
	})

	it('counts a facet over rows that miss nothing or only its own filter', () => {
		const counts = facetCountsOf([
			row('type', 0, 2, 'facility'),
			row('type', bit('type'), 6, 'lab'),
			row('type', bit('grade'), 9, 'lab'),
			row('grade', 0, 2, ['B']),
			row('grade', bit('grade'), 1, ['C']),
			row('grade', bit('type'), 4, ['B']),
		])
		expect(counts.type).toEqual({ facility: 2, lab: 6 })
		expect(counts.grade).toEqual({ B: 2, C: 1 })
	})

	it('counts a code once per row even if listed twice', () => {
		expect(facetCountsOf([row('service', 0, 2, ['qc-testing', 'qc-testing'])]).service).toEqual({ 'qc-testing': 2 })
	})
})
