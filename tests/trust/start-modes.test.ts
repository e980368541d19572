import { spawnSync } from 'node:child_process'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { childEnv } from '../support/child-env.ts'
import { startPortal } from '../support/portal-process.ts'

// `NODE_ENV=production npm start` is how an operator deploys; it must refuse
// to start rather than build links from request headers or seed accounts
// whose passwords are in the README.

const root = path.resolve(import.meta.dirname, '../..')

describe('starting in production', () => {
	it('without PUBLIC_URL, start-up refuses and names the setting', () => {
		const started = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['server/main.ts'], {
			cwd: root,
			env: childEnv({ PATH: process.env.PATH, NODE_ENV: 'production', HUB_DATA_DIR: '/nonexistent/never-created' }),
			encoding: 'utf8',
			timeout: 60_000,
		})
		expect(started.status).toBe(1)
		expect(started.stderr).toMatch(/PUBLIC_URL: required in production/)
	})
})

describe('a production start with PUBLIC_URL', () => {
	let db: TestDatabase
	beforeAll(async () => {
		db = await createTestDatabase()
	})
	afterAll(async () => {
		await db.drop()
	})

	it('serves the portal on an empty database and creates no demo account', async () => {
		const portal = await startPortal({ databaseUrl: db.url, env: { HUB_SEED_DEMO: undefined } })
		try {
			const health = await fetch(`${portal.url}/healthz`)
			expect(health.status).toBe(200)
			const client = new pg.Client({ connectionString: db.url })
			await client.connect()
			try {
				const { rows } = await client.query<{ users: number }>('SELECT count(*)::int AS users FROM "User"')
				expect(rows[0]?.users).toBe(0)
			} finally {
				await client.end()
			}
			expect(portal.output()).not.toMatch(/Seeded demo data/)
		} finally {
			await portal.stop()
		}
	})
})
