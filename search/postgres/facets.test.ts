import { describe, expect, it } from 'vitest'
import { facets } from '../index-definition.ts'
import { facetCountsOf } from './results.ts'
import { facetKeysOf } from './sql.server.ts'

const index = (name: string) => facets.findIndex((facet) => facet.name === name)
const bit = (name: string) => 1 << index(name)
const row = (facet: string, misses: number, n: number, value: string | null) =>
	[facet, misses, n, value] as [string, number, number, string | null]

describe('facet counts from counted rows', () => {
	it('adds up counts per value', () => {
		const counts = facetCountsOf([
			row('modality', 0, 3, 'aav'),
			row('modality', 0, 5, 'car-t'),
			row('type', 0, 5, 'lab'),
			row('type', 0, 4, 'facility'),
			row('city', 0, 2, 'Huddinge'),
			row('city', 0, 1, 'Huddinge'),
			row('kind', 0, 7, null),
		])
		expect(counts.modality).toEqual({ aav: 3, 'car-t': 5 })
		expect(counts.type).toEqual({ lab: 5, facility: 4 })
		expect(counts.city).toEqual({ Huddinge: 3 })
		expect(counts.kind).toEqual({})
		expect(counts.grade).toEqual({})
	})

	it('counts a facet over rows that miss nothing or only its own filter', () => {
		const counts = facetCountsOf([
			row('type', 0, 2, 'facility'),
			row('type', bit('type'), 6, 'lab'),
			row('type', bit('grade'), 9, 'lab'),
			row('grade', 0, 2, 'B'),
			row('grade', bit('grade'), 1, 'C'),
			row('grade', bit('type'), 4, 'B'),
		])
		expect(counts.type).toEqual({ facility: 2, lab: 6 })
		expect(counts.grade).toEqual({ B: 2, C: 1 })
	})

	it('ignores slots of facets the definition no longer has', () => {
		expect(facetCountsOf([row('retired', 0, 4, 'x')])).not.toHaveProperty('retired')
	})
})

describe('packed facet keys of a document', () => {
	const document = {
		type: 'facility' as const,
		kind: 'cdmo',
		city: 'Huddinge',
		modalities: ['aav', 'car-t'],
		services: ['qc-testing', 'qc-testing'],
		phases: [],
		grades: ['B'],
		licences: [],
	}

	it('holds every code of the multi-valued facets once, and none of the single-valued ones', () => {
		expect(facetKeysOf(document).sort()).toEqual(['grade:B', 'modality:aav', 'modality:car-t', 'service:qc-testing'])
	})
})
