// Load benchmark (issue 12, "Throughput"): the production build with the demo
// data in a throw-away embedded PostgreSQL, 20 connections (autocannon) for a
// static asset, the home page, /facilities and /search with a broad and a
// narrow query, with 1 and 2 web processes (WEB_CONCURRENCY). Each page's
// throughput is also given as a share of the static file's, measured by the
// same server in the same run. Writes bench/results/load.json and load.md.
//
//   npm run bench:load
//   LOAD_BENCH_SECONDS=5 LOAD_BENCH_PROCESSES=1 npm run bench:load
//
// Not a test: numbers depend on the machine and what else runs on it (the
// load average is recorded). Goals on the 2-core machine: home and directory
// pages ≥ 15% of the static file's throughput, search ≥ 6%, p95 ≤ 150 ms
// (pages) and ≤ 300 ms (search).
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type Autocannon from 'autocannon'
import { prepareAppRole } from '../server/db/app-role.server.ts'
import { startEmbeddedPostgres } from '../server/db/embedded-postgres.server.ts'
import { startPortal } from '../tests/support/portal-process.ts'

const root = path.resolve(import.meta.dirname, '..')
const resultsDir = path.join(root, 'bench', 'results')
const SECONDS = Number(process.env.LOAD_BENCH_SECONDS ?? 10)
const CONNECTIONS = 20
const PROCESSES = (process.env.LOAD_BENCH_PROCESSES ?? '1,2').split(',').map(Number).filter(Boolean)

let autocannon: typeof Autocannon
try {
	autocannon = (await import('autocannon')).default
} catch {
	console.log('bench:load skipped: autocannon is not installed (npm install, it is a dev dependency).')
	process.exit(0)
}

interface Target {
	name: string
	path: string
	kind: 'static' | 'page' | 'search'
	/** Every request a new address (a counter in the query), so no kept copy can answer: the rendering's own cost. */
	distinct?: boolean
}

interface Measured {
	target: string
	path: string
	processes: number
	requestsPerSecond: number
	p50: number
	p95: number
	p99: number
	non2xx: number
	errors: number
	/** Share of the static file's requests per second with the same number of processes. */
	shareOfStatic?: number
	goal?: string
	met?: boolean
}

function percentile(sorted: number[], p: number) {
	if (!sorted.length) return 0
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

function largestAsset(extension: string) {
	const dir = path.join(root, 'build/client/assets')
	const files = readdirSync(dir).filter((file) => file.endsWith(extension))
	files.sort((a, b) => statSync(path.join(dir, b)).size - statSync(path.join(dir, a)).size)
	return `/assets/${files[0]}`
}

async function measure(url: string, seconds: number, distinct = false) {
	const latencies: number[] = []
	let sent = 0
	const result = await new Promise<Autocannon.Result>((resolve, reject) => {
		const instance = autocannon(
			{
				url,
				connections: CONNECTIONS,
				duration: seconds,
				// What a browser sends: compressed answers are part of the cost.
				headers: { 'accept-encoding': 'gzip', accept: 'text/html,*/*' },
				...(distinct
					? {
							requests: [
								{
									setupRequest: (request: Autocannon.Request) => ({
										...request,
										path: `${new URL(url).pathname}${new URL(url).search}&n=${++sent}`,
									}),
								},
							],
						}
					: {}),
			},
			(error, done) => (error ? reject(error as Error) : resolve(done)),
		)
		instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
	})
	latencies.sort((a, b) => a - b)
	return {
		requestsPerSecond: Math.round(result.requests.total / result.duration),
		p50: Math.round(percentile(latencies, 50)),
		p95: Math.round(percentile(latencies, 95)),
		p99: Math.round(percentile(latencies, 99)),
		non2xx: result.non2xx,
		errors: result.errors,
	}
}

const dataDir = path.join(os.tmpdir(), `atmp-hub-load-${process.pid}`)
rmSync(dataDir, { recursive: true, force: true })
const postgres = await startEmbeddedPostgres({ dataDir, persistent: false })
const measured: Measured[] = []
const loadBefore = os.loadavg()
try {
	// As in production: the portal connects as a role that owns its database, not as a superuser.
	await prepareAppRole(postgres.urlFor('postgres'), { database: 'hub_load', role: 'hub_load', password: 'load-bench' })
	const appUrl = new URL(postgres.urlFor('hub_load'))
	appUrl.username = 'hub_load'
	appUrl.password = 'load-bench'
	const databaseUrl = appUrl.toString()
	const targets: Target[] = [
		{ name: 'static file (largest CSS)', path: '', kind: 'static' },
		{ name: 'home', path: '/', kind: 'page' },
		{ name: '/facilities', path: '/facilities', kind: 'page' },
		{ name: 'search, broad', path: '/search?q=cell', kind: 'search' },
		{ name: 'search, narrow', path: '/search?q=lentiviral%20vector%20production', kind: 'search' },
		{ name: 'search, a new address each time', path: '/search?q=cell', kind: 'search', distinct: true },
	]
	for (const processes of PROCESSES) {
		const portal = await startPortal({
			databaseUrl,
			env: { WEB_CONCURRENCY: String(processes), HUB_SEED_DEMO: 'true', LOG_LEVEL: 'warn' },
		})
		try {
			// Measure the portal at rest: the demo data indexed, not while the worker catches up.
			for (let waited = 0; waited < 300; waited++) {
				const health = (await (await fetch(`${portal.url}/healthz`)).json()) as { search?: { pendingChanges?: number } }
				if (health.search?.pendingChanges === 0) break
				await new Promise((resolve) => setTimeout(resolve, 1000))
			}
			targets[0]!.path = largestAsset('.css')
			for (const target of targets) {
				const url = `${portal.url}${target.path}`
				await measure(url, 2, target.distinct) // warm-up: JIT, caches, connections
				const result = await measure(url, SECONDS, target.distinct)
				measured.push({ target: target.name, path: target.path, processes, ...result })
				console.log(
					`${processes} process(es)  ${target.name.padEnd(28)} ${String(result.requestsPerSecond).padStart(6)} req/s  ` +
						`p50 ${result.p50} ms  p95 ${result.p95} ms  p99 ${result.p99} ms` +
						(result.non2xx || result.errors ? `  (${result.non2xx} non-2xx, ${result.errors} errors)` : ''),
				)
			}
		} finally {
			await portal.stop()
		}
	}
} finally {
	await postgres.stop()
	rmSync(dataDir, { recursive: true, force: true })
}

for (const row of measured) {
	const kind = row.path.startsWith('/assets') ? 'static' : row.path.startsWith('/search') ? 'search' : 'page'
	if (kind === 'static') continue
	const reference = measured.find((other) => other.processes === row.processes && other.path.startsWith('/assets'))
	row.shareOfStatic = reference ? Math.round((row.requestsPerSecond / reference.requestsPerSecond) * 1000) / 10 : 0
	const [share, p95] = kind === 'search' ? [6, 300] : [15, 150]
	row.goal = `≥ ${share}% of static, p95 ≤ ${p95} ms`
	row.met = row.shareOfStatic >= share && row.p95 <= p95
}

const loadAfter = os.loadavg()
const environment = {
	date: new Date().toISOString(),
	cpus: os.cpus().length,
	node: process.version,
	connections: CONNECTIONS,
	seconds: SECONDS,
	loadAverageBefore: loadBefore.map((value) => Math.round(value * 100) / 100),
	loadAverageAfter: loadAfter.map((value) => Math.round(value * 100) / 100),
}
mkdirSync(resultsDir, { recursive: true })
writeFileSync(path.join(resultsDir, 'load.json'), `${JSON.stringify({ environment, results: measured }, null, '\t')}\n`)
const lines = [
	'# Load benchmark',
	'',
	`${environment.date}, ${environment.cpus} cores, Node ${environment.node}, ${CONNECTIONS} connections, ${SECONDS} s per target,`,
	`load average before ${environment.loadAverageBefore.join(' / ')}, after ${environment.loadAverageAfter.join(' / ')} (1/5/15 min).`,
	'The production build with the demo data, `npm run bench:load`; a busy machine lowers every figure.',
	'Nothing is written while it runs, so a page asked for again is answered from the page cache (decision 046); the',
	'last search row asks a new address every time, so each of its requests is rendered.',
	// Only the load before counts: the benchmark itself keeps every core busy, so the load after is always high.
	...(environment.loadAverageBefore[0]! > environment.cpus
		? [
				'',
				`**The machine was busy** (load average above its ${environment.cpus} cores): these figures say little about the goals; re-run on a quiet machine.`,
			]
		: []),
	'',
	'| processes | target | req/s | p50 ms | p95 ms | p99 ms | share of static | goal | met |',
	'| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
	...measured.map(
		(row) =>
			`| ${row.processes} | ${row.target} | ${row.requestsPerSecond} | ${row.p50} | ${row.p95} | ${row.p99} | ${
				row.shareOfStatic === undefined ? '' : `${row.shareOfStatic}%`
			} | ${row.goal ?? ''} | ${row.met === undefined ? '' : row.met ? 'yes' : 'no'} |`,
	),
	'',
]
writeFileSync(path.join(resultsDir, 'load.md'), lines.join('\n'))
console.log(`\nWritten bench/results/load.json and load.md (load average ${environment.loadAverageAfter.join(' / ')}).`)
