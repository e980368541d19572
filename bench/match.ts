// Matchmaking quality benchmark: runs the suggestions for the
// development requests and a plain BM25 keyword baseline in the same run,
// scores both (nDCG@10, P@5, Recall@20, MRR) and measures suggestion latency
// over 100k synthetic listings. Writes bench/results/match.json and .md.
//
//   npx tsx bench/match.ts                      # ../shared/eval
//   EVAL_DIR=/path/to/eval npx tsx bench/match.ts
//   MATCH_LATENCY_LISTINGS=0 npx tsx bench/match.ts   # skip the latency part
//
// Quality is measured on the portal's own path: a fresh embedded database,
// the corpus imported as `hub import` does, and the suggestions computed as
// the triage screen, the API and `hub suggest` compute them (the directory
// read from the database, then rankCandidates). The in-memory path over the
// corpus file must give the same rankings; the run checks that it does.
// Latency at 100k is measured over a prepared in-memory directory (what the
// portal keeps between requests), plus the one-off cost of preparing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { evaluateRanking, meanMetrics, type RankingMetrics } from '../app/domain/matching/metrics.ts'
import type { MatchRequest } from '../app/domain/matching/needs.ts'
import type { ListingType, MatchListing } from '../app/domain/matching/profile.ts'
import { buildMatchIndex, generateCandidates, rankCandidates, type MatchIndex } from '../app/domain/matching/rank.ts'
import { mulberry32 } from '../prisma/seed/demo-data.ts'
import { openEvalPortal } from './eval-portal.ts'
import { tableHead } from './markdown.ts'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const evalDir = path.resolve(repoRoot, process.env.EVAL_DIR ?? '../shared/eval')
const resultsDir = path.join(repoRoot, 'bench', 'results')
const latencyListingCount = Number(process.env.MATCH_LATENCY_LISTINGS ?? 100_000)
const latencyRuns = Number(process.env.MATCH_LATENCY_RUNS ?? 100)
// The coordinator's screen and the API show the best 50 suggestions with their reasons.
const SUGGESTION_LIMIT = 50

interface EvalRequest extends MatchRequest {
	ref: string
	judgements: Record<string, number>
}

/** One way of turning a request into a ranked list of listing refs. */
export interface Suggester {
	name: string
	suggest(request: MatchRequest, options?: { limit?: number }): Promise<string[]> | string[]
	/** How many listings the candidate generation passed to ranking, for the report. */
	countCandidates?(request: MatchRequest): number
}

const SECTIONS: Array<[string, ListingType]> = [
	['organizations', 'organization'],
	['labs', 'lab'],
	['facilities', 'facility'],
	['experts', 'expert'],
]

function readJson<T>(file: string): T {
	return JSON.parse(readFileSync(file, 'utf8')) as T
}

export function loadListings(file: string): MatchListing[] {
	const corpus = readJson<Record<string, unknown>>(file)
	const listings: MatchListing[] = []
	for (const [section, type] of SECTIONS) {
		for (const record of (corpus[section] as Array<Record<string, unknown>> | undefined) ?? [])
			listings.push({ ...(record as Omit<MatchListing, 'type'>), type })
	}
	return listings
}

/** A suggester over a directory; a caller that already built the directory's index passes it. */
type SuggesterOver = (listings: readonly MatchListing[], index?: MatchIndex) => Suggester

/** The suggestions as the portal computes them, minus the database: candidate generation + rankCandidates over a prepared index. */
export const inMemorySuggester: SuggesterOver = (listings, index = buildMatchIndex(listings)) => ({
	name: 'suggestions',
	suggest: (request, options = {}) =>
		rankCandidates(request, listings, { index, limit: options.limit }).map((candidate) => candidate.ref),
	countCandidates: (request) => generateCandidates(request, listings, index).length,
})

/** Builds the suggester under test over a directory; swap this for the database + search-engine path. */
export const createSuggester: (listings: readonly MatchListing[]) => Suggester = inMemorySuggester

/** Plain keyword search: BM25 over all listing text with the request's title and description as the query. */
export const bm25Baseline: SuggesterOver = (listings, index = buildMatchIndex(listings)) => ({
	name: 'bm25-baseline',
	suggest: (request) =>
		index.bm25.search(`${request.title}\n${request.description ?? ''}`, listings.length).map((hit) => hit.id),
})

interface MethodResult {
	mean: RankingMetrics
	perRequest: Array<{ ref: string } & RankingMetrics>
}

export async function runQuality(suggester: Suggester, requests: readonly EvalRequest[]): Promise<MethodResult> {
	const perRequest: MethodResult['perRequest'] = []
	for (const request of requests) {
		const ranking = await suggester.suggest(request)
		perRequest.push({ ref: request.ref, ...evaluateRanking(ranking, request.judgements) })
	}
	return { mean: meanMetrics(perRequest), perRequest }
}

// ───────────────────────── latency ─────────────────────────

function paragraphs(text: string | undefined): string[] {
	return (text ?? '').split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '')
}

/**
 * A directory of `count` listings made by recombining corpus records of the
 * same type: the first paragraph of one record, the second of another, the
 * tags of a third, and a shifted capacity date, each with a new ref.
 */
export function syntheticListings(corpus: readonly MatchListing[], count: number, seed = 20_261_124): MatchListing[] {
	const next = mulberry32(seed)
	const byType = new Map<ListingType, MatchListing[]>()
	for (const listing of corpus) byType.set(listing.type, [...(byType.get(listing.type) ?? []), listing])
	const types = [...byType.keys()]
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
	const result: MatchListing[] = []
	for (let index = 0; index < count; index += 1) {
		const pool = byType.get(pick(types))!
		const [textSource, secondSource, tagSource] = [pick(pool), pick(pool), pick(pool)]
		const textField = textSource.type === 'expert' ? 'bio' : 'description'
		const text = [paragraphs(textSource[textField])[0], paragraphs(secondSource[textField])[1]]
			.filter(Boolean)
			.join('\n\n')
		const shiftedDate = tagSource.availableFrom
			? `${2026 + Math.floor(next() * 3)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-01`
			: undefined
		result.push({
			...tagSource,
			ref: `syn-${String(index + 1).padStart(6, '0')}`,
			name: `${textSource.name} ${index + 1}`,
			summary: textSource.summary,
			[textField]: text,
			...(shiftedDate ? { availableFrom: shiftedDate } : {}),
		})
	}
	return result
}

function percentile(sorted: readonly number[], share: number): number {
	if (sorted.length === 0) return 0
	const position = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))
	return sorted[position]!
}

interface LatencyResult {
	listings: number
	runs: number
	/** Suggestions returned per request, each with its reasons. */
	limit: number
	p50Ms: number
	p95Ms: number
	meanMs: number
	maxMs: number
	/** One-off cost of preparing the directory: every listing's evidence, code postings and BM25 (the search engine's indexing step). */
	prepareMs: number
	meanCandidates: number
	/** CPU time per request (all threads of the process): less sensitive than wall time to other work on a shared machine. */
	cpuP50Ms: number
	cpuP95Ms: number
	/** 1-minute load average and cores while measuring. */
	loadAverage: number
	cores: number
}

async function measureLatency(
	corpus: readonly MatchListing[],
	requests: readonly EvalRequest[],
): Promise<LatencyResult> {
	const listings = syntheticListings(corpus, latencyListingCount)
	const prepareStarted = performance.now()
	const suggester = createSuggester(listings)
	const prepareMs = performance.now() - prepareStarted
	const warmUp = Math.min(5, requests.length)
	for (let run = 0; run < warmUp; run += 1) await suggester.suggest(requests[run]!, { limit: SUGGESTION_LIMIT })
	const durations: number[] = []
	const cpuTimes: number[] = []
	const loadBefore = loadavg()[0] ?? 0
	for (let run = 0; run < latencyRuns; run += 1) {
		const request = requests[run % requests.length]!
		const cpuStarted = process.cpuUsage()
		const started = performance.now()
		await suggester.suggest(request, { limit: SUGGESTION_LIMIT })
		durations.push(performance.now() - started)
		const cpu = process.cpuUsage(cpuStarted)
		cpuTimes.push((cpu.user + cpu.system) / 1000)
	}
	const cpuSorted = [...cpuTimes].sort((left, right) => left - right)
	const candidateCounts = suggester.countCandidates
		? requests.map((request) => suggester.countCandidates!(request))
		: []
	const sorted = [...durations].sort((left, right) => left - right)
	return {
		listings: listings.length,
		runs: durations.length,
		limit: SUGGESTION_LIMIT,
		p50Ms: percentile(sorted, 0.5),
		p95Ms: percentile(sorted, 0.95),
		meanMs: durations.reduce((sum, value) => sum + value, 0) / Math.max(1, durations.length),
		maxMs: sorted[sorted.length - 1] ?? 0,
		prepareMs,
		meanCandidates: candidateCounts.reduce((sum, value) => sum + value, 0) / Math.max(1, candidateCounts.length),
		cpuP50Ms: percentile(cpuSorted, 0.5),
		cpuP95Ms: percentile(cpuSorted, 0.95),
		loadAverage: Math.max(loadBefore, loadavg()[0] ?? 0),
		cores: availableParallelism(),
	}
}

// ───────────────────────── report ─────────────────────────

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits

/** What the search engine added to candidate generation, per request on average. */
interface EngineContribution {
	meanFound: number
	/** Of those, listings without evidence for the main service or modality (the only ones it adds). */
	meanBeyondEvidence: number
}

function markdown(report: {
	requests: number
	listings: number
	methods: Record<string, MethodResult>
	latency?: LatencyResult
	engine?: EngineContribution
}): string {
	const { suggestions, 'bm25-baseline': baseline } = report.methods as {
		suggestions: MethodResult
		'bm25-baseline': MethodResult
	}
	const row = (name: string, metrics: RankingMetrics) =>
		`| ${name} | ${metrics.ndcg10.toFixed(3)} | ${metrics.p5.toFixed(3)} | ${metrics.recall20.toFixed(3)} | ${metrics.mrr.toFixed(3)} |`
	const lines = [
		'# Matchmaking benchmark',
		'',
		`${report.requests} development requests over ${report.listings} listings (\`requests-dev.json\`, \`corpus.json\`).`,
		'',
		...tableHead('method', 'nDCG@10', 'P@5 (rel ≥ 2)', 'Recall@20 (rel ≥ 2)', 'MRR (rel 3)'),
		row(
			'suggestions (portal path: import, index, evidence + search-engine candidates, rankCandidates)',
			suggestions.mean,
		),
		row('BM25 baseline', baseline.mean),
		'',
		...(report.engine
			? [
					`The search engine found ${report.engine.meanFound.toFixed(1)} listings per request for the words of its main service and modality; ` +
						`${report.engine.meanBeyondEvidence.toFixed(1)} of them had no evidence for those needs and joined the candidates only through the engine.`,
					'',
				]
			: []),
	]
	if (report.latency) {
		const latency = report.latency
		lines.push(
			`Suggestion latency (read the request, generate candidates, score them all, return the best ${latency.limit} with reasons) ` +
				`over ${latency.listings.toLocaleString('en')} synthetic listings, ${latency.runs} requests: ` +
				`**p50 ${latency.p50Ms.toFixed(1)} ms, p95 ${latency.p95Ms.toFixed(1)} ms** (mean ${latency.meanMs.toFixed(1)} ms, max ${latency.maxMs.toFixed(1)} ms; ` +
				`${Math.round(latency.meanCandidates).toLocaleString('en')} candidates per request). ` +
				`Preparing the directory once (evidence extraction, code postings, BM25): ${(latency.prepareMs / 1000).toFixed(1)} s. ` +
				`CPU time per request: p50 ${latency.cpuP50Ms.toFixed(1)} ms, p95 ${latency.cpuP95Ms.toFixed(1)} ms ` +
				`(measured with load average ${latency.loadAverage.toFixed(1)} on ${latency.cores} cores; wall time grows with other work on the machine).`,
			'',
		)
	}
	lines.push(...tableHead('request', 'nDCG@10', 'baseline nDCG@10', 'P@5', 'Recall@20', 'MRR'))
	suggestions.perRequest.forEach((entry, index) => {
		const base = baseline.perRequest[index]!
		lines.push(
			`| ${entry.ref} | ${entry.ndcg10.toFixed(3)} | ${base.ndcg10.toFixed(3)} | ${entry.p5.toFixed(2)} | ${entry.recall20.toFixed(2)} | ${entry.mrr.toFixed(2)} |`,
		)
	})
	return `${lines.join('\n')}\n`
}

function rounded(result: MethodResult): MethodResult {
	const roundMetrics = <T extends RankingMetrics>(metrics: T): T => ({
		...metrics,
		ndcg10: round(metrics.ndcg10),
		p5: round(metrics.p5),
		recall20: round(metrics.recall20),
		mrr: round(metrics.mrr),
	})
	return { mean: roundMetrics(result.mean), perRequest: result.perRequest.map(roundMetrics) }
}

async function main() {
	const corpusFile = path.join(evalDir, 'corpus.json')
	if (!existsSync(corpusFile)) {
		console.log(`bench:match skipped: no eval corpus at ${corpusFile} (set EVAL_DIR)`)
		return
	}
	const listings = loadListings(corpusFile)
	const requests = readJson<{ requests: EvalRequest[] }>(path.join(evalDir, 'requests-dev.json')).requests
	const index = buildMatchIndex(listings)
	const methods: Record<string, MethodResult> = {}
	let engine: EngineContribution | undefined
	const portal = await openEvalPortal(corpusFile)
	try {
		const portalSuggester: Suggester = {
			name: 'suggestions',
			suggest: (request, options = {}) => portal.suggest(request, options.limit ?? SUGGESTION_LIMIT),
		}
		for (const suggester of [portalSuggester, bm25Baseline(listings, index)])
			methods[suggester.name] = await runQuality(suggester, requests)
		let found = 0
		let beyondEvidence = 0
		for (const request of requests) {
			const contribution = await portal.engineCandidates(request)
			found += contribution.found
			beyondEvidence += contribution.beyondEvidence
		}
		engine = {
			meanFound: found / Math.max(1, requests.length),
			meanBeyondEvidence: beyondEvidence / Math.max(1, requests.length),
		}
		// The database must not change the answer, and the engine's extra candidates should rarely change it:
		// a difference means the import lost something or the engine found a listing the evidence missed.
		const inMemory = createSuggester(listings)
		for (const request of requests) {
			const [fromDatabase, fromFile] = [
				await portalSuggester.suggest(request),
				await inMemory.suggest(request, { limit: SUGGESTION_LIMIT }),
			]
			if (fromDatabase.join() !== fromFile.join())
				console.warn(`${request.ref}: the database path ranks differently from the corpus file`)
		}
		console.log(`imported ${portal.imported} listings into a fresh database`)
	} finally {
		await portal.close()
	}
	const latency = latencyListingCount > 0 ? await measureLatency(listings, requests) : undefined
	const report = {
		generatedAt: new Date().toISOString(),
		evalDir: path.relative(repoRoot, evalDir),
		node: process.version,
		requests: requests.length,
		listings: listings.length,
		methods: Object.fromEntries(Object.entries(methods).map(([name, result]) => [name, rounded(result)])),
		...(engine
			? {
					engineCandidates: {
						meanFound: round(engine.meanFound, 1),
						meanBeyondEvidence: round(engine.meanBeyondEvidence, 1),
					},
				}
			: {}),
		...(latency
			? {
					latency: {
						...latency,
						p50Ms: round(latency.p50Ms, 1),
						p95Ms: round(latency.p95Ms, 1),
						meanMs: round(latency.meanMs, 1),
						maxMs: round(latency.maxMs, 1),
						cpuP50Ms: round(latency.cpuP50Ms, 1),
						cpuP95Ms: round(latency.cpuP95Ms, 1),
						loadAverage: round(latency.loadAverage, 1),
						prepareMs: Math.round(latency.prepareMs),
						meanCandidates: Math.round(latency.meanCandidates),
					},
				}
			: {}),
	}
	mkdirSync(resultsDir, { recursive: true })
	writeFileSync(path.join(resultsDir, 'match.json'), `${JSON.stringify(report, null, '\t')}\n`)
	writeFileSync(
		path.join(resultsDir, 'match.md'),
		markdown({ requests: requests.length, listings: listings.length, methods, latency, engine }),
	)
	const summary = (name: string) => {
		const mean = methods[name]!.mean
		return `${name.padEnd(14)} nDCG@10 ${mean.ndcg10.toFixed(3)}  P@5 ${mean.p5.toFixed(3)}  R@20 ${mean.recall20.toFixed(3)}  MRR ${mean.mrr.toFixed(3)}`
	}
	console.log(summary('suggestions'))
	console.log(summary('bm25-baseline'))
	if (latency)
		console.log(
			`latency over ${latency.listings} listings: p50 ${latency.p50Ms.toFixed(1)} ms, p95 ${latency.p95Ms.toFixed(1)} ms; cpu p50 ${latency.cpuP50Ms.toFixed(1)} ms, p95 ${latency.cpuP95Ms.toFixed(1)} ms (load ${latency.loadAverage.toFixed(1)}, prepare ${(latency.prepareMs / 1000).toFixed(1)} s)`,
		)
	console.log(`wrote ${path.relative(repoRoot, path.join(resultsDir, 'match.json'))} and match.md`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main().catch((error: unknown) => {
		console.error(error)
		process.exitCode = 1
	})
}
