import { describe, expect, it } from 'vitest'
import { evaluateRanking, meanMetrics, ndcgAt, precisionAt, recallAt, reciprocalRank } from './metrics.ts'

const judgements = { a: 3, b: 2, c: 1 }

describe('ndcgAt', () => {
	it('matches a hand-computed value', () => {
		// DCG = 3/log2(2) + 7/log2(3) + 0 + 1/log2(5) = 7.84722…; ideal = 7 + 3/log2(3) + 1/log2(4) = 9.39279…
		expect(ndcgAt(['b', 'a', 'x', 'c'], judgements)).toBeCloseTo(0.835447769, 8)
	})

	it('is 1 for the ideal order and 0 without relevant results', () => {
		expect(ndcgAt(['a', 'b', 'c'], judgements)).toBe(1)
		expect(ndcgAt(['x', 'y'], judgements)).toBe(0)
		expect(ndcgAt([], {})).toBe(0)
	})

	it('builds the ideal ranking from all judgements, not only the ranked ones', () => {
		// Only two of the three judged listings are ranked: DCG = 1 + 3/log2(3).
		expect(ndcgAt(['c', 'b'], judgements)).toBeCloseTo(0.30797979, 7)
	})

	it('only looks at the first k positions', () => {
		const ranking = [...Array.from({ length: 10 }, (_, index) => `x${index}`), 'a']
		expect(ndcgAt(ranking, judgements)).toBe(0)
	})
})

describe('precisionAt', () => {
	it('counts the share of the top 5 with relevance 2 or more', () => {
		expect(precisionAt(['b', 'a', 'x', 'c', 'y', 'a'], judgements)).toBeCloseTo(0.4)
		// A short list counts its empty places as misses.
		expect(precisionAt(['a'], judgements)).toBeCloseTo(0.2)
	})
})

describe('recallAt', () => {
	it('counts the share of relevance ≥ 2 listings found in the top 20', () => {
		expect(recallAt(['c', 'x', 'b'], judgements)).toBe(0.5)
		expect(recallAt(['a', 'b'], judgements)).toBe(1)
		expect(recallAt(['a'], { c: 1 })).toBe(0)
	})
})

describe('reciprocalRank', () => {
	it('is the reciprocal rank of the first relevance-3 listing', () => {
		expect(reciprocalRank(['b', 'c', 'a'], judgements)).toBeCloseTo(1 / 3)
		expect(reciprocalRank(['b', 'c'], judgements)).toBe(0)
	})
})

describe('evaluateRanking and meanMetrics', () => {
	it('computes all four measures and averages them over requests', () => {
		const first = evaluateRanking(['a', 'b', 'c'], judgements)
		expect(first).toEqual({ ndcg10: 1, p5: 0.4, recall20: 1, mrr: 1 })
		const second = evaluateRanking(['x'], judgements)
		expect(second).toEqual({ ndcg10: 0, p5: 0, recall20: 0, mrr: 0 })
		expect(meanMetrics([first, second])).toEqual({ ndcg10: 0.5, p5: 0.2, recall20: 0.5, mrr: 0.5 })
		expect(meanMetrics([])).toEqual({ ndcg10: 0, p5: 0, recall20: 0, mrr: 0 })
	})
})
