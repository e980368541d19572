// Ranking quality measures of the matchmaking benchmark
// (/work/shared/eval/README.md). Judgements map a listing ref to a graded
// relevance 3/2/1; a listing without a judgement counts as 0.

export type Judgements = Readonly<Record<string, number>>

export interface RankingMetrics {
	ndcg10: number
	p5: number
	recall20: number
	mrr: number
}

function relevanceOf(judgements: Judgements, ref: string): number {
	return judgements[ref] ?? 0
}

function dcg(relevances: readonly number[], depth: number): number {
	let total = 0
	for (let index = 0; index < Math.min(depth, relevances.length); index += 1) {
		total += (2 ** relevances[index]! - 1) / Math.log2(index + 2)
	}
	return total
}

/** nDCG@k with gain 2^rel − 1 and a log2 discount; the ideal ranking is built from all judgements of the request. */
export function ndcgAt(ranking: readonly string[], judgements: Judgements, depth = 10): number {
	const ideal = dcg(
		Object.values(judgements)
			.filter((relevance) => relevance > 0)
			.sort((left, right) => right - left),
		depth,
	)
	if (ideal === 0) return 0
	return (
		dcg(
			ranking.map((ref) => relevanceOf(judgements, ref)),
			depth,
		) / ideal
	)
}

/** Share of the top k with relevance at least `minimum` (a short list counts its empty places as misses). */
export function precisionAt(ranking: readonly string[], judgements: Judgements, depth = 5, minimum = 2): number {
	const hits = ranking.slice(0, depth).filter((ref) => relevanceOf(judgements, ref) >= minimum).length
	return hits / depth
}

/** Share of the listings with relevance at least `minimum` that appear in the top k. */
export function recallAt(ranking: readonly string[], judgements: Judgements, depth = 20, minimum = 2): number {
	const relevant = Object.values(judgements).filter((relevance) => relevance >= minimum).length
	if (relevant === 0) return 0
	const found = ranking.slice(0, depth).filter((ref) => relevanceOf(judgements, ref) >= minimum).length
	return found / relevant
}

/** Reciprocal rank of the first listing with relevance `target` (3 = meets every constraint); 0 when none is ranked. */
export function reciprocalRank(ranking: readonly string[], judgements: Judgements, target = 3): number {
	const position = ranking.findIndex((ref) => relevanceOf(judgements, ref) >= target)
	return position < 0 ? 0 : 1 / (position + 1)
}

export function evaluateRanking(ranking: readonly string[], judgements: Judgements): RankingMetrics {
	return {
		ndcg10: ndcgAt(ranking, judgements, 10),
		p5: precisionAt(ranking, judgements, 5, 2),
		recall20: recallAt(ranking, judgements, 20, 2),
		mrr: reciprocalRank(ranking, judgements, 3),
	}
}

/** The mean of each measure over requests (0 for an empty list). */
export function meanMetrics(perRequest: readonly RankingMetrics[]): RankingMetrics {
	const count = perRequest.length
	const sum = (pick: (metrics: RankingMetrics) => number) =>
		count === 0 ? 0 : perRequest.reduce((total, metrics) => total + pick(metrics), 0) / count
	return {
		ndcg10: sum((metrics) => metrics.ndcg10),
		p5: sum((metrics) => metrics.p5),
		recall20: sum((metrics) => metrics.recall20),
		mrr: sum((metrics) => metrics.mrr),
	}
}
