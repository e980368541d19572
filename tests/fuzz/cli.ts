// `npm run fuzz`: every form action and API schema, 10,000 cases each, then a
// report in bench/results/fuzz.md and fuzz.json.
//
//   npm run fuzz -- --runs 20000 --only login,signup
//   npm run fuzz -- --only login --seed 123 --path 42     (replay one case)
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { targets } from './inventory.ts'
import { readResults, writeReport } from './support/report.ts'

const root = path.resolve(import.meta.dirname, '../..')
const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '10000' },
		only: { type: 'string' },
		seed: { type: 'string' },
		path: { type: 'string' },
		'report-only': { type: 'boolean', default: false },
		help: { type: 'boolean', default: false },
	},
})

if (values.help) {
	console.log(
		`npm run fuzz -- [--runs N] [--only name,name] [--seed S] [--path P]\n\ntargets: ${targets.map((target) => target.name).join(', ')}`,
	)
	process.exit(0)
}
const unknownTargets =
	values.only?.split(',').filter((name) => !targets.some((target) => target.name === name.trim())) ?? []
if (unknownTargets.length) {
	console.error(
		`No such target: ${unknownTargets.join(', ')}. Known: ${targets.map((target) => target.name).join(', ')}`,
	)
	process.exit(2)
}

const resultsDir = path.join(root, 'tests/.tmp/fuzz-report')
const reportOnly = values['report-only']
if (!reportOnly) {
	rmSync(resultsDir, { recursive: true, force: true })
	mkdirSync(resultsDir, { recursive: true })
	// The fuzzer talks to the production build; build it once here rather than inside a test worker.
	const built = spawnSync(path.join(root, 'node_modules/.bin/remix'), ['vite:build'], { cwd: root, stdio: 'inherit' })
	if (built.status !== 0) process.exit(built.status ?? 1)
}

const env = {
	...process.env,
	FUZZ_RUNS: values.runs,
	FUZZ_TIME_LIMIT_S: '0',
	FUZZ_RESULTS_DIR: resultsDir,
	...(values.only ? { FUZZ_ONLY: values.only } : {}),
	...(values.seed ? { FUZZ_SEED: values.seed } : {}),
	...(values.path ? { FUZZ_PATH: values.path } : {}),
}
const started = Date.now()
// --report-only writes the report from the targets a run finished (one that was stopped, for example).
const code = reportOnly
	? 0
	: await new Promise<number>((resolve) => {
			const child = spawn(path.join(root, 'node_modules/.bin/vitest'), ['run', 'tests/fuzz/'], {
				cwd: root,
				env,
				stdio: 'inherit',
			})
			child.on('close', (exitCode) => resolve(exitCode ?? 1))
		})

const results = readResults(resultsDir)
if (values.path) process.exit(code)
const command = `npm run fuzz -- --runs ${values.runs}${values.only ? ` --only ${values.only}` : ''}${values.seed ? ` --seed ${values.seed}` : ''}`
const { totals } = writeReport(results, {
	markdown: path.join(root, 'bench/results/fuzz.md'),
	json: path.join(root, 'bench/results/fuzz.json'),
	command,
})
console.log(
	`\nfuzz: ${totals.requests} requests in ${Math.round((Date.now() - started) / 1000)} s; ${totals.serverErrors} × 5xx; ${totals.rowsWrittenOnRefusal} rows written by refused requests. Report: bench/results/fuzz.md`,
)
process.exit(code)
