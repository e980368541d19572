import { describe, expect, it } from 'vitest'
import { bm25Terms, buildBm25Index } from './bm25.ts'

describe('bm25Terms', () => {
	it('folds, drops stopwords and plural s', () => {
		expect(bm25Terms('We offer Lentiviral Vectors and för cellerna')).toEqual([
			'offer',
			'lentiviral',
			'vector',
			'cellerna',
		])
	})
})

describe('buildBm25Index', () => {
	const index = buildBm25Index([
		{ id: 'one', text: 'lentiviral vector production' },
		{ id: 'two', text: 'AAV vector production and fill finish' },
		{ id: 'three', text: 'training courses' },
	])

	it('matches a hand-computed score (k1 = 1.2, b = 0.75)', () => {
		// "lentiviral" occurs in 1 of 3 documents: idf = ln(1 + (3 − 1 + 0.5) / (1 + 0.5)).
		// Document "one" has 3 terms; the average is (3 + 5 + 2) / 3.
		const idf = Math.log(1 + 2.5 / 1.5)
		const norm = 1 - 0.75 + (0.75 * 3) / (10 / 3)
		const expected = (idf * 1 * 2.2) / (1 + 1.2 * norm)
		expect(index.scoreAll('lentiviral')[0]).toBeCloseTo(expected, 10)
	})

	it('ranks documents by relevance and leaves out documents without any query term', () => {
		const hits = index.search('lentiviral vector')
		expect(hits.map((hit) => hit.id)).toEqual(['one', 'two'])
		expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score)
	})

	it('counts a term repeated in the query once', () => {
		expect(index.scoreAll(['vector', 'vector'])).toEqual(index.scoreAll(['vector']))
	})

	it('knows the position of each document', () => {
		expect(index.positionOf('three')).toBe(2)
		expect(index.positionOf('missing')).toBeUndefined()
	})
})
