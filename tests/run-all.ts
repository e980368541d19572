import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

// `npm test`: every suite in turn (typecheck, lint, unit + integration,
// end-to-end in Chromium), then ONE summary line that CI reads:
// "N passed, N failed, N skipped".

const root = path.resolve(import.meta.dirname, '..')
const tmp = path.join(root, 'tests/.tmp')
mkdirSync(tmp, { recursive: true })

interface Tally {
	suite: string
	passed: number
	failed: number
	skipped: number
}

// CI keeps only the tail of the output: the failures are named again just
// above the summary, with the first lines of their message (the fuzz suite's
// include the command that replays the case), so a red run says what broke.
const failures: string[] = []
const firstLines = (message: string) =>
	message
		.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
		// A fuzz case's text may hold NUL and other control characters: a log with them reads as binary to grep.
		.replace(
			new RegExp(
				`[${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(11)}-${String.fromCharCode(31)}${String.fromCharCode(127)}]`,
				'g',
			),
			'?',
		)
		.split('\n')
		.filter((line) => line.trim() !== '')
		.slice(0, 12)
		.map((line) => `      ${line.slice(0, 300)}`)
		.join('\n')

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
	return new Promise((resolve) => {
		console.log(`\n▶ ${command} ${args.join(' ')}`)
		const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } })
		child.on('close', (code) => resolve(code ?? 1))
	})
}

const bin = (name: string) => path.join(root, 'node_modules/.bin', name)

async function checkSuite(suite: string, command: string, args: string[]): Promise<Tally> {
	const code = await run(command, args)
	return { suite, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 }
}

async function vitestSuite(suite: string, files: string[]): Promise<Tally> {
	const report = path.join(tmp, `${suite}-report.json`)
	rmSync(report, { force: true })
	const code = await run(bin('vitest'), [
		'run',
		...files,
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${report}`,
	])
	if (!existsSync(report)) return { suite, passed: 0, failed: 1, skipped: 0 }
	const json = JSON.parse(readFileSync(report, 'utf8')) as {
		numPassedTests: number
		numFailedTests: number
		numPendingTests: number
		numTodoTests: number
		numFailedTestSuites: number
		testResults?: {
			name: string
			message?: string
			assertionResults: { fullName: string; status: string; failureMessages?: string[] }[]
		}[]
	}
	for (const file of json.testResults ?? []) {
		const where = path.relative(root, file.name)
		for (const test of file.assertionResults)
			if (test.status === 'failed')
				failures.push(`  ✗ ${suite} › ${where} › ${test.fullName}\n${firstLines(test.failureMessages?.[0] ?? '')}`)
		if (file.assertionResults.length === 0 && file.message)
			failures.push(`  ✗ ${suite} › ${where}\n${firstLines(file.message)}`)
	}
	// A file that fails to load has no failed test but a failed suite: count it.
	const failed =
		json.numFailedTests +
		(json.numFailedTests === 0 && (code !== 0 || json.numFailedTestSuites > 0)
			? Math.max(1, json.numFailedTestSuites)
			: 0)
	return { suite, passed: json.numPassedTests, failed, skipped: json.numPendingTests + json.numTodoTests }
}

interface PlaywrightSuite {
	title: string
	suites?: PlaywrightSuite[]
	specs?: {
		title: string
		file: string
		line: number
		tests: { projectName: string; status: string; results: { error?: { message?: string } }[] }[]
	}[]
}

// Journeys that failed once and passed on their second try: named with their
// first failure, so a flaky journey is seen and fixed, not silently retried.
const flaky: string[] = []

function collectPlaywrightOutcomes(suite: PlaywrightSuite, titles: string[]) {
	const inner = suite.title.endsWith('.ts') ? titles : [...titles, suite.title]
	for (const spec of suite.specs ?? [])
		for (const test of spec.tests) {
			const name = `[${test.projectName}] ${spec.file}:${spec.line} › ${[...inner, spec.title].join(' › ')}`
			if (test.status === 'unexpected')
				failures.push(`  ✗ playwright › ${name}\n${firstLines(test.results.at(-1)?.error?.message ?? '')}`)
			if (test.status === 'flaky')
				flaky.push(`  ~ playwright › ${name}\n${firstLines(test.results[0]?.error?.message ?? '')}`)
		}
	for (const child of suite.suites ?? []) collectPlaywrightOutcomes(child, inner)
}

async function playwrightSuite(): Promise<Tally> {
	const report = path.join(tmp, 'playwright-report.json')
	rmSync(report, { force: true })
	// One more try for a journey that failed: on two cores shared by the portal, PostgreSQL, the
	// mail capture and two browsers, a journey of forty steps now and then misses a deadline that
	// it meets on every other run (decision 047). What passes only on its second try is named below.
	const code = await run(bin('playwright'), ['test', '--reporter=list,json', '--retries=1'], {
		PLAYWRIGHT_JSON_OUTPUT_NAME: report,
		E2E_PREBUILT: '1',
	})
	if (!existsSync(report)) return { suite: 'playwright', passed: 0, failed: 1, skipped: 0 }
	const { stats, suites } = JSON.parse(readFileSync(report, 'utf8')) as {
		stats: { expected: number; unexpected: number; flaky: number; skipped: number }
		suites?: PlaywrightSuite[]
	}
	for (const suite of suites ?? []) collectPlaywrightOutcomes(suite, [])
	const failed = stats.unexpected + (code !== 0 && stats.unexpected === 0 ? 1 : 0)
	return { suite: 'playwright', passed: stats.expected + stats.flaky, failed, skipped: stats.skipped }
}

const tallies: Tally[] = []
tallies.push(await checkSuite('typecheck', bin('tsc'), ['--noEmit']))
tallies.push(await checkSuite('lint', bin('eslint'), ['.', '--max-warnings=0']))
tallies.push(await checkSuite('format', bin('prettier'), ['--check', '.']))
// Once for both suites: Vitest's HTTP tests and Playwright serve this build.
tallies.push(await checkSuite('build', bin('remix'), ['vite:build']))
tallies.push(await vitestSuite('vitest', ['--exclude', 'tests/fuzz/**']))
// After the rest: its portal processes would otherwise compete with every other test file for two cores.
tallies.push(await vitestSuite('fuzz', ['tests/fuzz']))
tallies.push(await playwrightSuite())

if (flaky.length > 0) console.log(`\nPassed on the second try (flaky: fix them)\n${flaky.join('\n')}`)
if (failures.length > 0) console.log(`\nFailed\n${failures.join('\n')}`)
console.log('\nSummary')
for (const t of tallies)
	console.log(`  ${t.suite.padEnd(11)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`)
const total = tallies.reduce(
	(sum, t) => ({ passed: sum.passed + t.passed, failed: sum.failed + t.failed, skipped: sum.skipped + t.skipped }),
	{ passed: 0, failed: 0, skipped: 0 },
)
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(total.failed > 0 ? 1 : 0)
