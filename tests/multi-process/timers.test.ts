// Timers that must run once (reminders, expiry, reconciliation, pruning) with
// three processes racing for them: runs never overlap, and the task runs
// about once per interval in all, not once per process.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { prisma } from '~/utils/db.server.ts'
import { childEnv } from '../support/child-env.ts'
import { withTestDatabase } from '../setup/database.ts'

const root = path.resolve(import.meta.dirname, '../..')
const EVERY_MS = 300
const db = withTestDatabase()
const children: ChildProcess[] = []

beforeAll(async () => {
	await prisma()
		.$executeRaw`CREATE TABLE timer_probe (id serial PRIMARY KEY, pid int NOT NULL, started timestamptz NOT NULL, finished timestamptz)`
})
afterAll(async () => {
	for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
})

function startChild(): Promise<ChildProcess> {
	const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['tests/multi-process/timer-child.ts'], {
		cwd: root,
		env: childEnv({
			PATH: process.env.PATH,
			DATABASE_URL: db.url,
			TIMER_EVERY_MS: String(EVERY_MS),
			TIMER_WORK_MS: '100',
		}),
		stdio: ['ignore', 'pipe', 'pipe'],
	})
	children.push(child)
	let output = ''
	return new Promise((resolve, reject) => {
		child.stdout!.on('data', (chunk: Buffer) => {
			output += chunk.toString()
			if (output.includes('timer ready')) resolve(child)
		})
		child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
		child.once('exit', (code) => reject(new Error(`timer child exited with ${code}:\n${output}`)))
	})
}

it('runs a timer once per interval across three processes, never two runs at once', async () => {
	const racing = await Promise.all([startChild(), startChild(), startChild()])
	await new Promise((resolve) => setTimeout(resolve, 4000))
	await Promise.all(
		racing.map((child) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')))),
	)

	const runs = await prisma().$queryRaw<Array<{ pid: number; started: Date; finished: Date | null }>>`
		SELECT pid, started, finished FROM timer_probe ORDER BY started`
	expect(runs.length).toBeGreaterThanOrEqual(2)
	for (let n = 1; n < runs.length; n++) {
		// Each run began after the previous one (in whichever process) had finished, and not
		// before 90% of the interval had passed: three processes each on its own tick would
		// run it three times as often, and at the same moment.
		expect(runs[n]!.started.getTime() - runs[n - 1]!.finished!.getTime()).toBeGreaterThanOrEqual(EVERY_MS * 0.9)
	}
})
