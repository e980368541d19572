// Search benchmark: synthetic listings at 10k and 100k in a
// throw-away embedded PostgreSQL, then for each engine
// - index build time (database → documents → fresh index → swap) and memory,
// - start-up reconciliation time on an index that agrees with the database,
// - p50/p95 of typical queries with facets, at the engine and through
//   searchListings() (what the search route calls: validation, engine, re-read),
//   both after the understanding step that reads every query first,
// - freshness: commit of an edit (with its outbox row) → searchable, p50/p95.
// Writes bench/results/search-<engine>.json and bench/results/search.md.
//
//   npm run bench:search
//   SEARCH_BENCH_SIZES=10000 npm run bench:search          # one size only
//   MEILI_HOST=http://127.0.0.1:7700 MEILI_MASTER_KEY=… npm run bench:search   # also Meilisearch
//
// Not a test: numbers depend on the machine. Targets for the PostgreSQL engine
// on 2 cores: p95 ≤ 50 ms at 10k, ≤ 150 ms at 100k; freshness p95 ≤ 1 s.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { insertListings, pick, syntheticListings, type Row } from './search-data.ts'
import { mulberry32 } from '../prisma/seed/demo-data.ts'
import { startEmbeddedPostgres } from '../server/db/embedded-postgres.server.ts'
import { ensureDatabaseExists } from '../server/db/database.server.ts'
import { applyMigrations } from '../server/db/migrate.server.ts'
import { disconnectPrisma, prisma } from '../app/utils/db.server.ts'
import { listingChanged } from '../app/outbox/topics.ts'
import { startOutboxWorker } from '../app/outbox/worker.server.ts'
import { allDocuments } from '../search/documents.server.ts'
import { normalizeSearchQuery, type SearchEngine, type SearchQuery } from '../search/engine.ts'
import { setSearchEngine } from '../search/index.server.ts'
import { MeilisearchEngine } from '../search/meilisearch/engine.server.ts'
import { PostgresSearchEngine } from '../search/postgres/engine.server.ts'
import { reconcileIndex } from '../search/reindex.server.ts'
import { searchListings } from '../search/search-listings.server.ts'
import { searchOutboxHandlers } from '../search/sync.server.ts'
import { withUnderstanding } from '../app/domain/search/understood-query.server.ts'
import { tableHead } from './markdown.ts'

const root = path.resolve(import.meta.dirname, '..')
const resultsDir = path.join(root, 'bench', 'results')
const sizes = (process.env.SEARCH_BENCH_SIZES ?? '10000,100000').split(',').map(Number).filter(Boolean)
const RUNS = Number(process.env.SEARCH_BENCH_RUNS ?? 25)
const FRESHNESS_EDITS = Number(process.env.SEARCH_BENCH_EDITS ?? 40)

// ───────────────────────── measuring ─────────────────────────

function percentile(values: number[], p: number) {
	const sorted = [...values].sort((a, b) => a - b)
	return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN
}
const round = (ms: number) => Math.round(ms * 10) / 10

function memorySampler() {
	let peak = process.memoryUsage().rss
	const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
	return {
		stop: () => {
			clearInterval(timer)
			return Math.round(Math.max(peak, process.memoryUsage().rss) / 1048576)
		},
	}
}

/** Queries people type, with and without facets. */
const QUERIES: Array<{ label: string; query: SearchQuery; uncached?: boolean }> = [
	{ label: 'lentivirus GMP grade B', query: { q: 'lentivirus GMP grade B' } },
	{ label: 'CAR-T QC release', query: { q: 'CAR-T QC release' } },
	{ label: 'regulatorisk rådgivning sjukhusundantag', query: { q: 'regulatorisk rådgivning sjukhusundantag' } },
	{ label: 'lentivrial (typo)', query: { q: 'lentivrial' } },
	{ label: 'lentiv (prefix)', query: { q: 'lentiv' } },
	{ label: 'LVV (synonym)', query: { q: 'LVV' } },
	{ label: 'renrum klass B + type=facility', query: { q: 'renrum klass B', filters: { type: ['facility'] } } },
	{ label: 'genterapi + city=Stockholm', query: { q: 'genterapi', filters: { city: ['Stockholm'] } } },
	{
		label: 'flow cytometry + type=lab, sort=name',
		query: { q: 'flow cytometry', filters: { type: ['lab'] }, sort: 'name' },
	},
	{
		label: 'process development + modality car-t|aav + phase-1',
		query: { q: 'process development', filters: { modality: ['car-t', 'aav'], phase: ['phase-1'] } },
	},
	{ label: 'GMP (broad), page 3', query: { q: 'GMP', page: 3 } },
	{
		label: '(browse) type=facility + grade=B, sort=updated',
		query: { filters: { type: ['facility'], grade: ['B'] }, sort: 'updated' },
	},
	{ label: '(browse) everything', query: {} },
	// The PostgreSQL engine keeps counts of text-less queries per index version; this row measures the work behind them.
	{ label: '(browse) everything, counts recomputed every time', query: {}, uncached: true },
	{
		label: '(browse) type=facility + grade=B, counts recomputed',
		query: { filters: { type: ['facility'], grade: ['B'] }, sort: 'updated' },
		uncached: true,
	},
]

interface QueryStats {
	label: string
	/** Measures work a cache normally saves: shown, but not part of the overall figures. */
	diagnostic?: boolean
	total: number
	engine: { p50: number; p95: number }
	route: { p50: number; p95: number }
	/** The search server's own time (Meilisearch's processingTimeMs) and the engine's p95 over it. */
	server?: { p50: number; p95: number; ratioP95: number }
}

async function measureQueries(engine: SearchEngine): Promise<QueryStats[]> {
	const stats: QueryStats[] = []
	for (const { label, query, uncached } of QUERIES) {
		if (uncached && !(engine instanceof PostgresSearchEngine)) continue
		const engineUnderTest = uncached ? new PostgresSearchEngine({ browseCache: false }) : engine
		setSearchEngine(engineUnderTest)
		// As the portal asks: every query is read by the understanding step before any engine.
		const understood = (raw: SearchQuery) => withUnderstanding(raw).query
		const normalized = normalizeSearchQuery(understood(query))
		await engineUnderTest.search(normalized) // warm-up
		const engineTimes: number[] = []
		const routeTimes: number[] = []
		const serverTimes: number[] = []
		let total = 0
		for (let run = 0; run < RUNS; run++) {
			let started = performance.now()
			const result = await engineUnderTest.search(normalizeSearchQuery(understood(query)))
			engineTimes.push(performance.now() - started)
			total = result.total
			if (result.serverMs !== undefined) serverTimes.push(result.serverMs)
			started = performance.now()
			await searchListings(understood(query))
			routeTimes.push(performance.now() - started)
		}
		stats.push({
			label,
			...(uncached ? { diagnostic: true } : {}),
			total,
			engine: { p50: round(percentile(engineTimes, 50)), p95: round(percentile(engineTimes, 95)) },
			route: { p50: round(percentile(routeTimes, 50)), p95: round(percentile(routeTimes, 95)) },
			...(serverTimes.length
				? {
						server: {
							p50: round(percentile(serverTimes, 50)),
							p95: round(percentile(serverTimes, 95)),
							// Meilisearch reports whole milliseconds: 1 ms is the floor of the ratio's denominator.
							ratioP95: round(percentile(engineTimes, 95) / Math.max(1, percentile(serverTimes, 95))),
						},
					}
				: {}),
		})
	}
	return stats
}

async function measureFreshness(engine: SearchEngine, rows: Row[]) {
	const worker = startOutboxWorker({ handlers: searchOutboxHandlers(engine) })
	const rand = mulberry32(7)
	const times: number[] = []
	try {
		await new Promise((resolve) => setTimeout(resolve, 500))
		await worker.drain({ timeoutMs: 600_000 })
		const visible = rows.filter((r) => r.status === 'published' && r.visibility === 'public')
		for (let n = 0; n < FRESHNESS_EDITS; n++) {
			const row = pick(rand, visible)
			const token = `zebrafinch${n}x${Math.floor(rand() * 1e6)}`
			const started = performance.now()
			await prisma().$transaction(async (tx) => {
				await tx.listing.update({ where: { id: row.id }, data: { summary: `Edited: ${token}` } })
				await listingChanged(tx, row.id)
			})
			const query = normalizeSearchQuery({ q: token })
			while ((await engine.search(query)).total === 0) {
				if (performance.now() - started > 30_000) throw new Error(`edit ${n} not searchable after 30 s`)
				await new Promise((resolve) => setTimeout(resolve, 5))
			}
			times.push(performance.now() - started)
		}
	} finally {
		await worker.stop()
	}
	return {
		edits: times.length,
		p50: round(percentile(times, 50)),
		p95: round(percentile(times, 95)),
		max: round(Math.max(...times)),
	}
}

async function tableSizes(url: string) {
	const client = new pg.Client({ connectionString: url })
	await client.connect()
	try {
		const { rows } = await client.query<{ documents: string; terms: string; vocabulary: number }>(
			`SELECT pg_total_relation_size('"SearchDocument"') AS documents, pg_total_relation_size('"SearchTerm"') AS terms,
				(SELECT count(*)::int FROM "SearchTerm") AS vocabulary`,
		)
		return {
			searchDocumentMb: Math.round(Number(rows[0]!.documents) / 1048576),
			searchTermMb: Math.round(Number(rows[0]!.terms) / 1048576),
			vocabularyWords: rows[0]!.vocabulary,
		}
	} finally {
		await client.end()
	}
}

// ───────────────────────── run ─────────────────────────

interface SizeResult {
	listings: number
	indexedDocuments: number
	build: {
		ms: number
		documentsPerSecond: number
		nodeRssPeakMb: number
		sizes?: Awaited<ReturnType<typeof tableSizes>>
	}
	reconcileMs: number
	queries: QueryStats[]
	overall: { engineP50: number; engineP95: number; routeP50: number; routeP95: number }
	freshness: Awaited<ReturnType<typeof measureFreshness>>
}

async function benchEngine(name: string, makeEngine: () => SearchEngine, adminUrl: string): Promise<SizeResult[]> {
	const results: SizeResult[] = []
	for (const size of sizes) {
		const database = `bench_${name}_${size}`
		const admin = new pg.Client({ connectionString: adminUrl })
		await admin.connect()
		await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
		await admin.end()
		await ensureDatabaseExists(adminUrl, database)
		const url = new URL(adminUrl)
		url.pathname = `/${database}`
		await applyMigrations(url.toString())
		await disconnectPrisma()
		process.env.DATABASE_URL = url.toString()

		console.log(`${name} ${size}: generating and inserting listings…`)
		const rows = syntheticListings(size)
		await insertListings(url.toString(), rows)

		const engine = makeEngine()
		await engine.configure()
		console.log(`${name} ${size}: building the index…`)
		const memory = memorySampler()
		let started = performance.now()
		const built = await engine.rebuild(allDocuments())
		const buildMs = performance.now() - started
		const nodeRssPeakMb = memory.stop()

		started = performance.now()
		await reconcileIndex(engine)
		const reconcileMs = performance.now() - started

		console.log(`${name} ${size}: queries…`)
		const queries = await measureQueries(engine)
		console.log(`${name} ${size}: freshness…`)
		const freshness = await measureFreshness(engine, rows)
		const all = (key: 'engine' | 'route', p: 'p50' | 'p95') =>
			round(Math.max(...queries.filter((q) => !q.diagnostic).map((q) => q[key][p])))
		results.push({
			listings: size,
			indexedDocuments: built.documents,
			build: {
				ms: Math.round(buildMs),
				documentsPerSecond: Math.round(built.documents / (buildMs / 1000)),
				nodeRssPeakMb,
				sizes: engine instanceof PostgresSearchEngine ? await tableSizes(url.toString()) : undefined,
			},
			reconcileMs: Math.round(reconcileMs),
			queries,
			// The slowest typical query's percentile (diagnostic rows excluded).
			overall: {
				engineP50: all('engine', 'p50'),
				engineP95: all('engine', 'p95'),
				routeP50: all('route', 'p50'),
				routeP95: all('route', 'p95'),
			},
			freshness,
		})
		console.log(JSON.stringify(results.at(-1)!.overall), JSON.stringify(freshness))
		await disconnectPrisma()
	}
	return results
}

function markdown(all: Record<string, SizeResult[]>, machine: Record<string, unknown>, skipped: string[]) {
	const lines = [
		'# Search benchmark',
		'',
		`Synthetic listings (seeded generator in \`bench/search.ts\`: 6% organisations, 30% labs, 14% facilities, 50% experts; 30% Swedish text; 8% unpublished, some members-only). ${RUNS} runs per query after a warm-up. Machine: ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}; load average (1, 5, 15 min) ${JSON.stringify(machine.loadAverageAtStart)} at start and ${JSON.stringify(machine.loadAverageAtEnd)} at the end (other work on the machine inflates every time). Generated ${machine.date}.`,
		'',
		'Targets for the PostgreSQL engine on 2 cores: query p95 ≤ 50 ms at 10k and ≤ 150 ms at 100k; freshness p95 ≤ 1 s.',
		'',
		...tableHead(
			'engine',
			'listings',
			'indexed',
			'build',
			'docs/s',
			'node RSS peak',
			'index size',
			'start-up reconcile',
			'slowest typical query p50 / p95 (engine)',
			'(searchListings)',
			'freshness p50 / p95',
		),
	]
	for (const [engine, results] of Object.entries(all)) {
		for (const r of results) {
			const size = r.build.sizes
				? `${r.build.sizes.searchDocumentMb} MB + ${r.build.sizes.searchTermMb} MB vocabulary (${r.build.sizes.vocabularyWords} words)`
				: '–'
			lines.push(
				`| ${engine} | ${r.listings.toLocaleString('en')} | ${r.indexedDocuments.toLocaleString('en')} | ${(r.build.ms / 1000).toFixed(1)} s | ${r.build.documentsPerSecond} | ${r.build.nodeRssPeakMb} MB | ${size} | ${(r.reconcileMs / 1000).toFixed(1)} s | ${r.overall.engineP50} / ${r.overall.engineP95} ms | ${r.overall.routeP50} / ${r.overall.routeP95} ms | ${r.freshness.p50} / ${r.freshness.p95} ms |`,
			)
		}
	}
	for (const [engine, results] of Object.entries(all)) {
		for (const r of results) {
			lines.push(
				'',
				`## ${engine}, ${r.listings.toLocaleString('en')} listings`,
				'',
				"| query | hits | engine p50 / p95 | searchListings p50 / p95 | server's own p50 / p95 (engine p95 ÷ server p95) |",
				'|---|---|---|---|---|',
			)
			for (const q of r.queries) {
				const label = q.diagnostic ? `${q.label} (diagnostic, not in the overall figures)` : q.label
				const server = q.server ? `${q.server.p50} / ${q.server.p95} ms (${q.server.ratioP95}×)` : '–'
				lines.push(
					`| ${label} | ${q.total} | ${q.engine.p50} / ${q.engine.p95} ms | ${q.route.p50} / ${q.route.p95} ms | ${server} |`,
				)
			}
		}
	}
	if (skipped.length) lines.push('', ...skipped.map((line) => `- ${line}`))
	return `${lines.join('\n')}\n`
}

async function main() {
	const dataDir = path.join(os.tmpdir(), `atmp-hub-bench-${process.pid}`)
	rmSync(dataDir, { recursive: true, force: true })
	const server = await startEmbeddedPostgres({ dataDir, persistent: false })
	const machine = {
		cpus: os.cpus().length,
		cpuModel: os.cpus()[0]?.model ?? 'unknown',
		node: process.version,
		date: new Date().toISOString(),
		// Other work on the machine skews every number: recorded so results can be judged.
		loadAverageAtStart: os.loadavg().map((n) => Math.round(n * 10) / 10),
	}
	const all: Record<string, SizeResult[]> = {}
	const skipped: string[] = []
	try {
		const adminUrl = server.urlFor('postgres')
		all.postgres = await benchEngine('postgres', () => new PostgresSearchEngine(), adminUrl)
		const host = process.env.MEILI_HOST
		if (host) {
			all.meilisearch = await benchEngine(
				'meilisearch',
				() =>
					new MeilisearchEngine({ host, apiKey: process.env.MEILI_MASTER_KEY, indexPrefix: `bench_${Date.now()}_` }),
				adminUrl,
			)
		} else {
			skipped.push(
				'Meilisearch: skipped (no server here; set MEILI_HOST, and MEILI_MASTER_KEY if needed, to include it).',
			)
			console.log(skipped.at(-1))
		}
	} finally {
		await disconnectPrisma()
		await server.stop()
		rmSync(dataDir, { recursive: true, force: true })
	}
	mkdirSync(resultsDir, { recursive: true })
	for (const [engine, results] of Object.entries(all)) {
		writeFileSync(
			path.join(resultsDir, `search-${engine}.json`),
			`${JSON.stringify({ engine, machine, runsPerQuery: RUNS, results }, null, 2)}\n`,
		)
	}
	Object.assign(machine, { loadAverageAtEnd: os.loadavg().map((n) => Math.round(n * 10) / 10) })
	writeFileSync(path.join(resultsDir, 'search.md'), markdown(all, machine, skipped))
	console.log(`Wrote ${path.relative(root, path.join(resultsDir, 'search.md'))}`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
	await main()
	process.exit(0)
}
