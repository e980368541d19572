import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '~/utils/db.server.ts'
import { allDocuments } from './documents.server.ts'
import { normalizeSearchQuery, SearchQueryError } from './engine.ts'
import { FallbackSearchEngine, searchHealth, setSearchEngine } from './index.server.ts'
import { MeilisearchEngine } from './meilisearch/engine.server.ts'
import { PostgresSearchEngine } from './postgres/engine.server.ts'
import { reconcileIndex } from './reindex.server.ts'
import { searchListings } from './search-listings.server.ts'
import { fixtureDatabase } from './testing/fixture-database.ts'

const fixtures = fixtureDatabase()
const postgres = new PostgresSearchEngine()

beforeAll(async () => {
	await postgres.configure()
	await postgres.rebuild(allDocuments())
})
afterAll(async () => {
	setSearchEngine(undefined)
})

describe('Meilisearch unreachable', () => {
	const unreachable = () => new MeilisearchEngine({ host: 'http://127.0.0.1:9', apiKey: 'k', timeoutMs: 300 })

	it('answers from PostgreSQL, marked degraded, and /healthz says so', async () => {
		const lines: string[] = []
		const engine = new FallbackSearchEngine(unreachable(), postgres, { log: (line) => lines.push(line) })
		expect((await engine.configure()).changed).toEqual([])
		const result = await engine.search(normalizeSearchQuery({ q: 'lentiviral' }))
		expect(result.degraded).toBe(true)
		expect(result.engine).toBe('postgres')
		expect(result.hits.map((h) => h.id)).toContain(fixtures.ids.vectorSuite)
		expect(lines.join('\n')).toMatch(/meilisearch failed.*answering from postgres/)

		setSearchEngine(engine)
		const health = await searchHealth()
		expect(health).toMatchObject({ status: 'degraded', engine: 'meilisearch+postgres', pendingChanges: 0 })
		expect(health.detail).toMatch(/meilisearch unreachable/)
		expect(JSON.stringify(health)).not.toContain('"k"')
	})

	it('fails writes, so the outbox retries them until Meilisearch is back', async () => {
		const engine = new FallbackSearchEngine(unreachable(), postgres, { log: () => {} })
		const [document] = (await allDocuments().next()).value!
		await expect(engine.upsert([document!])).rejects.toThrow()
	})

	it('reconciles the PostgreSQL index even while Meilisearch is down', async () => {
		const lines: string[] = []
		const engine = new FallbackSearchEngine(unreachable(), postgres, { log: () => {} })
		const result = await reconcileIndex(engine, { log: (line) => lines.push(line) })
		expect(result).toMatchObject({ queuedUpserts: 0, queuedDeletes: 0, rebuilt: false })
		expect(lines.join('\n')).toMatch(/cannot read the meilisearch index/)
	})

	it('reports ok with PostgreSQL alone', async () => {
		setSearchEngine(postgres)
		expect(await searchHealth()).toMatchObject({ status: 'ok', engine: 'postgres' })
	})
})

describe('searchListings', () => {
	it('re-reads rows, so an index entry that went stale never shows', async () => {
		setSearchEngine(postgres)
		const before = await searchListings({ q: 'lentiviral' })
		expect(before.hits.map((h) => h.id)).toContain(fixtures.ids.scriptLab)

		// Unpublished without telling the index (no outbox row): the index is stale.
		await prisma().listing.update({ where: { id: fixtures.ids.scriptLab }, data: { status: 'draft' } })
		const after = await searchListings({ q: 'lentiviral' })
		expect(after.hits.map((h) => h.id)).not.toContain(fixtures.ids.scriptLab)
		expect(after.total).toBe(before.total - 1)
		// …and the stale entry is queued for removal.
		await new Promise((resolve) => setTimeout(resolve, 100))
		expect(await prisma().outboxEvent.count({ where: { aggregateId: fixtures.ids.scriptLab } })).toBe(1)
	})

	it('shows names from the database, dropping highlights that no longer fit', async () => {
		setSearchEngine(postgres)
		await prisma().listing.update({
			where: { id: fixtures.ids.vectorSuite },
			data: { name: 'Lentiviral Vector Suite II' },
		})
		const result = await searchListings({ q: 'lentiviral' })
		const hit = result.hits.find((h) => h.id === fixtures.ids.vectorSuite)!
		expect(hit.name).toBe('Lentiviral Vector Suite II')
		expect(hit.highlights.name).toBeUndefined()
	})

	it('rejects invalid queries before searching', async () => {
		await expect(searchListings({ filters: { modality: ['unicorn'] } })).rejects.toBeInstanceOf(SearchQueryError)
	})
})
