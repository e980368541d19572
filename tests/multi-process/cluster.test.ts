// `npm start` with WEB_CONCURRENCY=2: two web processes answer on one port,
// while the database is opened, migrated and seeded once, by the first process.
import http from 'node:http'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { startPortal, type Portal } from '../support/portal-process.ts'

let db: TestDatabase
let portal: Portal | undefined

beforeAll(async () => {
	db = await createTestDatabase()
})
afterAll(async () => {
	await portal?.stop()
	await db.drop()
})

/** One request on a connection of its own, so the cluster may hand it to any process. */
function getOnce(url: string): Promise<number> {
	return new Promise((resolve, reject) => {
		http
			.get(url, { agent: false }, (response) => {
				response.resume()
				response.on('end', () => resolve(response.statusCode ?? 0))
			})
			.on('error', reject)
	})
}

it('serves from two processes and seeds the demo data once', async () => {
	portal = await startPortal({ databaseUrl: db.url, env: { WEB_CONCURRENCY: '2', HUB_SEED_DEMO: 'true' } })
	const statuses: number[] = []
	for (let n = 0; n < 40; n++) statuses.push(await getOnce(`${portal.url}/healthz`))
	expect(new Set(statuses)).toEqual(new Set([200]))
	await new Promise((resolve) => setTimeout(resolve, 300))

	const lines = portal
		.output()
		.split('\n')
		.flatMap((line) => {
			try {
				return [JSON.parse(line) as { pid?: number; msg?: string; path?: string; url?: string }]
			} catch {
				return []
			}
		})
	const servedBy = new Set(lines.filter((line) => line.msg === 'request').map((line) => line.pid))
	expect(servedBy.size).toBe(2)
	expect(lines.filter((line) => line.msg === 'Seeded demo data')).toHaveLength(1)
	expect(lines.filter((line) => line.msg?.startsWith('applied migration'))).toHaveLength(0)
	expect(portal.output()).toContain('2 web processes (WEB_CONCURRENCY)')
}, 240_000)
