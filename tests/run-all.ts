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
	}
	// A file that fails to load has no failed test but a failed suite: count it.
	const failed =
		json.numFailedTests +
		(json.numFailedTests === 0 && (code !== 0 || json.numFailedTestSuites > 0)
			? Math.max(1, json.numFailedTestSuites)
			: 0)
	return { suite, passed: json.numPassedTests, failed, skipped: json.numPendingTests + json.numTodoTests }
}

async function playwrightSuite(): Promise<Tally> {
	const report = path.join(tmp, 'playwright-report.json')
	rmSync(report, { force: true })
	const code = await run(bin('playwright'), ['test', '--reporter=list,json'], {
		PLAYWRIGHT_JSON_OUTPUT_NAME: report,
		E2E_PREBUILT: '1',
	})
	if (!existsSync(report)) return { suite: 'playwright', passed: 0, failed: 1, skipped: 0 }
	const { stats } = JSON.parse(readFileSync(report, 'utf8')) as {
		stats: { expected: number; unexpected: number; flaky: number; skipped: number }
	}
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

console.log('\nSummary')
for (const t of tallies)
	console.log(`  ${t.suite.padEnd(11)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`)
const total = tallies.reduce(
	(sum, t) => ({ passed: sum.passed + t.passed, failed: sum.failed + t.failed, skipped: sum.skipped + t.skipped }),
	{ passed: 0, failed: 0, skipped: 0 },
)
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(total.failed > 0 ? 1 : 0)
