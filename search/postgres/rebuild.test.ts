// Several processes rebuilding the PostgreSQL index at once (two workers
// starting together, `hub reindex` during a start-up reconciliation): each
// engine below has its own connection pool, as a separate process would.
import { PrismaPg } from '@prisma/adapter-pg'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { PrismaClient } from '~/generated/prisma/client.ts'
import { listingsChanged } from '~/outbox/topics.ts'
import { prisma } from '~/utils/db.server.ts'
import { useTestDatabase } from '../../tests/setup/database.ts'
import { afterFirstBatch } from '../../tests/support/batches.ts'
import { allDocuments } from '../documents.server.ts'
import { normalizeSearchQuery, type SearchDocument } from '../engine.ts'
import { PostgresSearchEngine } from './engine.server.ts'

const LISTINGS = 24
let db: Awaited<ReturnType<typeof useTestDatabase>>
const clients: PrismaClient[] = []
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function processEngine() {
	const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url, max: 4 }) })
	clients.push(client)
	return new PostgresSearchEngine({ db: () => client, browseCache: false })
}

/** The documents in small batches with a pause between them, so rebuilds overlap. */
async function* slowly(): AsyncGenerator<SearchDocument[]> {
	for await (const batch of allDocuments({ batchSize: 4 })) {
		await sleep(40)
		yield batch
	}
}

async function rowsOutsideActive() {
	const [row] = await prisma().$queryRaw<Array<{ active: number; other: number }>>`
		SELECT count(*) FILTER (WHERE d."generation" = s."activeGeneration")::int AS active,
			count(*) FILTER (WHERE d."generation" <> s."activeGeneration")::int AS other
		FROM "SearchDocument" d CROSS JOIN "SearchIndexState" s WHERE s."name" = 'listings'`
	return row!
}

beforeAll(async () => {
	db = await useTestDatabase()
	await prisma().$transaction(async (tx) => {
		const ids: string[] = []
		for (let n = 0; n < LISTINGS; n++) {
			const listing = await tx.listing.create({
				data: { type: 'lab', ref: `gen-${n}`, slug: `gen-${n}`, status: 'published', name: `Generation lab ${n}` },
			})
			ids.push(listing.id)
		}
		await listingsChanged(tx, ids)
	})
	const first = processEngine()
	await first.configure()
	await first.rebuild(allDocuments())
})

afterAll(async () => {
	await Promise.all(clients.map((client) => client.$disconnect()))
	await db.cleanup()
})

it('runs one of three simultaneous rebuilds; the others wait for it, and search never sees a missing or partial index', async () => {
	const web = processEngine()
	const browse = async () => (await web.search(normalizeSearchQuery({ q: '', pageSize: 1 }))).total
	const seen = new Set<number>()
	let rebuilding = true
	const watching = (async () => {
		while (rebuilding) {
			seen.add(await browse())
			await sleep(5)
		}
	})()

	const results = await Promise.all([processEngine(), processEngine(), processEngine()].map((e) => e.rebuild(slowly())))
	rebuilding = false
	await watching

	expect(results.filter((result) => !result.skipped)).toHaveLength(1)
	expect(results.map((result) => result.documents)).toEqual([LISTINGS, LISTINGS, LISTINGS])
	expect([...seen]).toEqual([LISTINGS])
	expect(await rowsOutsideActive()).toEqual({ active: LISTINGS, other: 0 })
	expect(await browse()).toBe(LISTINGS)
})

it('a rebuild that loses its generation to another removes only its own rows and reports the failure', async () => {
	const engine = processEngine()
	const stolen = engine.rebuild(
		afterFirstBatch(
			allDocuments({ batchSize: 4 }),
			// A writer that ignores the lock (an older release during a deploy) claims the building slot.
			() => prisma().$executeRaw`
				UPDATE "SearchIndexState" SET "buildingGeneration" = "buildingGeneration" + 1 WHERE "name" = 'listings'`,
		),
	)
	await expect(stolen).rejects.toThrow(/lost its generation/)
	await prisma().$executeRaw`UPDATE "SearchIndexState" SET "buildingGeneration" = NULL WHERE "name" = 'listings'`
	expect(await rowsOutsideActive()).toEqual({ active: LISTINGS, other: 0 })
})
