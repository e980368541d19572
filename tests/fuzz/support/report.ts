// The report of `npm run fuzz`: per target the requests made, the answers by
// status, how many succeeded or were refused, the rows written per table, and
// every failure with the command that replays it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describeFailure, type TargetResult } from './runner.ts'

export function readResults(dir: string): TargetResult[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as TargetResult)
		.sort((a, b) => a.target.localeCompare(b.target))
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
const serverErrors = (result: TargetResult) =>
	sum(
		Object.entries(result.statuses)
			.filter(([status]) => Number(status) >= 500 || status === '0')
			.map(([, n]) => n),
	)
const refusedWrites = (result: TargetResult) => sum(Object.values(result.rowsWrittenOnRefusal))

function cells(record: Record<string, number>): string {
	const entries = Object.entries(record).sort(([a], [b]) => a.localeCompare(b))
	return entries.length ? entries.map(([key, n]) => `${key} ${n}`).join(', ') : '–'
}

export function writeReport(results: TargetResult[], options: { markdown: string; json: string; command: string }) {
	const totals = {
		targets: results.length,
		requests: sum(results.map((result) => result.requests)),
		serverErrors: sum(results.map(serverErrors)),
		rowsWrittenOnRefusal: sum(results.map(refusedWrites)),
		durationMs: sum(results.map((result) => result.durationMs)),
	}
	writeFileSync(
		options.json,
		`${JSON.stringify({ generatedAt: new Date().toISOString(), command: options.command, totals, results }, null, '\t')}\n`,
	)

	const lines = [
		'# Input fuzzing',
		'',
		`\`${options.command}\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. How it works: docs/decisions/014-input-fuzzing.md.`,
		'',
		`**${totals.requests} requests** to ${totals.targets} form actions and API schemas in ${Math.round(totals.durationMs / 1000)} s: ` +
			`**${totals.serverErrors} × 5xx**, ` +
			`**${totals.rowsWrittenOnRefusal} rows written by refused requests**.`,
		'',
		'| target | route | requests | seed | answers by status | succeeded / refused / not judged | 5xx | rows written by refused requests |',
		'|---|---|---:|---:|---|---|---:|---:|',
		...results.map(
			(result) =>
				`| ${result.target} | ${result.route} | ${result.requests} | ${result.seed} | ${cells(result.statuses)} | ${result.verdicts.success} / ${result.verdicts.refused} / ${result.verdicts.unjudged} | ${serverErrors(result)} | ${refusedWrites(result)} |`,
		),
		'',
		'## Rows written by requests that succeeded',
		'',
		"| target | rows by table and operation | search index repairs (not the request's own) |",
		'|---|---|---:|',
		...results.map((result) => `| ${result.target} | ${cells(result.rowsWritten)} | ${result.searchRepairs ?? 0} |`),
		'',
		'## Failures',
		'',
	]
	const failures = results.flatMap((result) => result.failures.map((failure) => ({ result, failure })))
	if (!failures.length) lines.push('None.')
	else {
		lines.push('```')
		for (const { result, failure } of failures) lines.push(describeFailure(result, failure).slice(0, 3000), '')
		lines.push('```', '')
	}
	writeFileSync(options.markdown, `${lines.join('\n')}\n`)
	return { totals }
}
