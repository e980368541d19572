import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { childEnv } from './child-env.ts'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * `npm run hub -- …` as an operator runs it, against a database of the test
 * file's own and with a scratch folder for the files it reads and writes;
 * both are made before the file's tests and removed after them.
 */
export function hubCliOfThisFile(name: string, timeout = 60_000) {
	const work = mkdtempSync(path.join(tmpdir(), `${name}-`))
	let db: TestDatabase | undefined
	beforeAll(async () => {
		db = await createTestDatabase()
	})
	afterAll(async () => {
		await db?.drop()
		rmSync(work, { recursive: true, force: true })
	})
	function hub(...args: string[]) {
		const run = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['server/cli.ts', ...args], {
			cwd: root,
			env: childEnv({ PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: db!.url }),
			encoding: 'utf8',
			timeout,
		})
		return { code: run.status, stdout: run.stdout, stderr: run.stderr }
	}
	return { hub, work, database: () => db! }
}
