import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.server.ts'
import { query } from '../support/pg-query.ts'

// The embedded PostgreSQL of `npm start` comes back by itself when its
// postmaster dies, on the same port and with the same data.

const dataDir = mkdtempSync(path.join(tmpdir(), 'hub-edge-restart-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

describe('the embedded PostgreSQL', () => {
	it('is restarted with its data when the postmaster is killed', async () => {
		const server = await startEmbeddedPostgres({ dataDir, persistent: false })
		try {
			const url = server.urlFor('postgres')
			await query(url, `CREATE TABLE kept (note text); INSERT INTO kept VALUES ('before the crash')`, [], {
				connectionTimeoutMillis: 2_000,
			})
			const pid = Number(readFileSync(path.join(dataDir, 'pg/postmaster.pid'), 'utf8').split('\n')[0])
			process.kill(pid, 'SIGKILL')

			let rows: unknown[] | undefined
			for (let attempt = 0; attempt < 150 && !rows; attempt++) {
				try {
					rows = await query(url, 'SELECT note FROM kept', [], { connectionTimeoutMillis: 2_000 })
				} catch {
					await new Promise((resolve) => setTimeout(resolve, 200))
				}
			}
			expect(rows).toEqual([{ note: 'before the crash' }])
			const newPid = Number(readFileSync(path.join(dataDir, 'pg/postmaster.pid'), 'utf8').split('\n')[0])
			expect(newPid).not.toBe(pid)
		} finally {
			await server.stop()
		}
	}, 60_000)
})
