// Two portal processes started at the same moment on a fresh, empty
// database (two web processes after a deploy, or web and worker): one applies
// the migrations and seeds the demo data while the other waits, both serve,
// and the search index is built once and complete.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startPortal, type Portal } from '../support/portal-process.ts'
import { createEmptyDatabase, type TestDatabase } from '../setup/database.ts'
import { query } from '../support/pg-query.ts'

let db: TestDatabase
const portals: Portal[] = []

beforeAll(async () => {
	db = await createEmptyDatabase()
})
afterAll(async () => {
	await Promise.all(portals.map((portal) => portal.stop()))
	await db.drop()
})

it('migrates and seeds once when two processes start at once on an empty database', async () => {
	const started = await Promise.all(
		[1, 2].map(() => startPortal({ databaseUrl: db.url, env: { HUB_SEED_DEMO: 'true' } })),
	)
	portals.push(...started)
	for (const portal of started) expect((await fetch(`${portal.url}/healthz`)).status).toBe(200)

	const migrations = await query<{ migration_name: string; runs: number; finished: number }>(
		db.url,
		`
		SELECT migration_name, count(*)::int AS runs, count(finished_at)::int AS finished
		FROM "_prisma_migrations" GROUP BY migration_name`,
	)
	expect(migrations.length).toBeGreaterThan(0)
	for (const row of migrations) expect(row).toMatchObject({ runs: 1, finished: 1 })

	const outputs = started.map((portal) => portal.output())
	expect(outputs.filter((output) => output.includes('Seeded demo data'))).toHaveLength(1)
	expect(outputs.join('\n')).not.toMatch(/unhandled|duplicate key/i)
	const [counts] = await query<{ users: number; listings: number; requests: number; slugs: number }>(
		db.url,
		`
		SELECT (SELECT count(*) FROM "User")::int AS users, (SELECT count(*) FROM "Listing")::int AS listings,
			(SELECT count(*) FROM "MatchRequest")::int AS requests,
			(SELECT count(DISTINCT (type, slug)) FROM "Listing")::int AS slugs`,
	)
	expect(counts!.listings).toBeGreaterThan(100)
	expect(counts!.slugs).toBe(counts!.listings)
	const demoRun = await query<{ users: number }>(db.url, `SELECT count(DISTINCT email)::int AS users FROM "User"`)
	expect(demoRun[0]!.users).toBe(counts!.users)

	// Both answer search from one complete index, with no rows left from a second build.
	const totals = await Promise.all(
		started.map(async (portal) => {
			const response = await fetch(`${portal.url}/api/v1/listings`)
			return ((await response.json()) as { total: number }).total
		}),
	)
	expect(totals[0]).toBeGreaterThan(100)
	expect(totals[1]).toBe(totals[0])
	const [rows] = await query<{ active: number; other: number }>(
		db.url,
		`
		SELECT count(*) FILTER (WHERE d."generation" = s."activeGeneration")::int AS active,
			count(*) FILTER (WHERE d."generation" <> s."activeGeneration")::int AS other
		FROM "SearchDocument" d CROSS JOIN "SearchIndexState" s WHERE s."name" = 'listings'`,
	)
	expect(rows!.other).toBe(0)
	expect(rows!.active).toBeGreaterThanOrEqual(totals[0]!)
}, 240_000)
