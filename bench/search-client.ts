// `npm run bench:search-client`: what the HTTP client alone costs per search.
// The same multi-search body is posted to a server that answers at once,
// through Node's global fetch (the Meilisearch client's default) and through
// the keep-alive node:http client the engine uses. With a real Meilisearch
// (MEILI_HOST, and MEILI_MASTER_KEY if it has one) the same pair runs against
// it as well, next to Meilisearch's own processingTimeMs.
//
// Writes bench/results/search-client.md and .json.
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Meilisearch } from 'meilisearch'
import { keepAliveClient } from '../search/meilisearch/http-client.server.ts'
import { startFakeMeilisearch } from '../tests/support/fake-meilisearch.ts'
import { tableHead } from './markdown.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const RUNS = 300

function percentile(values: number[], p: number) {
	const sorted = [...values].sort((a, b) => a - b)
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}
const round = (n: number) => Math.round(n * 10) / 10

interface Row {
	server: string
	client: string
	p50: number
	p95: number
	serverP95?: number
}

async function measure(server: string, client: string, meili: Meilisearch, indexUid: string): Promise<Row> {
	const body = {
		queries: [
			{ indexUid, q: 'lentiviral vector', hitsPerPage: 20, facets: ['type', 'modalities'] },
			{ indexUid, q: 'lentiviral vector', limit: 0, facets: ['grades'] },
		],
	}
	for (let run = 0; run < 20; run++) await meili.multiSearch(body)
	const times: number[] = []
	const serverTimes: number[] = []
	for (let run = 0; run < RUNS; run++) {
		const started = performance.now()
		const response = await meili.multiSearch(body)
		times.push(performance.now() - started)
		serverTimes.push(response.results.reduce((sum, result) => sum + (result.processingTimeMs ?? 0), 0))
	}
	return {
		server,
		client,
		p50: round(percentile(times, 50)),
		p95: round(percentile(times, 95)),
		...(server === 'Meilisearch' ? { serverP95: percentile(serverTimes, 95) } : {}),
	}
}

async function pair(server: string, host: string, apiKey: string | undefined, indexUid: string) {
	const keepAlive = keepAliveClient()
	try {
		return [
			await measure(server, 'global fetch', new Meilisearch({ host, apiKey }), indexUid),
			await measure(
				server,
				'keep-alive node:http',
				new Meilisearch({ host, apiKey, httpClient: keepAlive.httpClient }),
				indexUid,
			),
		]
	} finally {
		keepAlive.close()
	}
}

const rows: Row[] = []
const fake = await startFakeMeilisearch()
try {
	await fetch(`${fake.url}/indexes`, {
		method: 'POST',
		headers: { authorization: `Bearer ${fake.masterKey}`, 'content-type': 'application/json' },
		body: JSON.stringify({ uid: 'bench' }),
	})
	fake.multiSearchResponse = {
		results: [
			{ hits: [], processingTimeMs: 0 },
			{ hits: [], processingTimeMs: 0 },
		],
	}
	rows.push(...(await pair('in-process stand-in (answers at once)', fake.url, fake.masterKey, 'bench')))
} finally {
	await fake.close()
}
const notes: string[] = []
if (process.env.MEILI_HOST) {
	const uid = process.env.MEILI_BENCH_INDEX ?? 'listings'
	rows.push(...(await pair('Meilisearch', process.env.MEILI_HOST, process.env.MEILI_MASTER_KEY, uid)))
} else {
	notes.push(
		'Meilisearch: skipped (no server here; set MEILI_HOST, MEILI_MASTER_KEY and MEILI_BENCH_INDEX to include it).',
	)
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}, Node ${process.version}, load ${os
	.loadavg()
	.map((n) => n.toFixed(1))
	.join(' / ')}`
const markdown = [
	'# Search client benchmark',
	'',
	`One multi-search (two queries) posted ${RUNS} times after a warm-up, per server and HTTP client. Machine: ${machine}. Generated ${new Date().toISOString()}.`,
	'',
	...tableHead('server', 'client', 'p50', 'p95', 'server’s own p95'),
	...rows.map(
		(row) =>
			`| ${row.server} | ${row.client} | ${row.p50} ms | ${row.p95} ms | ${row.serverP95 === undefined ? '–' : `${row.serverP95} ms`} |`,
	),
	...notes.map((note) => `\n- ${note}`),
	'',
].join('\n')
writeFileSync(path.join(root, 'bench/results/search-client.md'), markdown)
writeFileSync(path.join(root, 'bench/results/search-client.json'), `${JSON.stringify({ machine, rows }, null, '\t')}\n`)
console.log(markdown)
