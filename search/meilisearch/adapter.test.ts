import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { normalizeSearchQuery, type SearchDocument } from '../engine.ts'
import { MARK_END, MARK_START } from '../text.ts'
import {
	indexUidFor,
	MeilisearchEngine,
	MeilisearchTaskError,
	serverKeyActions,
	serverKeyUid,
} from './engine.server.ts'
import { startFakeMeilisearch, type FakeMeilisearch } from '../../tests/support/fake-meilisearch.ts'

let fake: FakeMeilisearch
beforeEach(async () => {
	fake = await startFakeMeilisearch()
})
afterEach(async () => {
	await fake.close()
})

const engine = (prefix = 'hub_') =>
	new MeilisearchEngine({ host: fake.url, apiKey: fake.masterKey, indexPrefix: prefix })
const settingsPatches = () => fake.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith('/settings'))

describe('Meilisearch adapter against a fake server', () => {
	it('mints a restricted key with the master key and uses only that afterwards', async () => {
		const meili = engine()
		await meili.configure()
		const key = fake.keys.get(serverKeyUid('hub_'))!
		expect(key.actions.sort()).toEqual([...serverKeyActions].sort())
		expect(key.indexes).toEqual(['hub_listings*'])
		const afterKey = fake.requests.slice(fake.requests.findIndex((r) => r.method === 'POST' && r.path === '/keys') + 1)
		expect(afterKey.length).toBeGreaterThan(0)
		expect(afterKey.every((r) => r.key === key.key)).toBe(true)

		// A second process finds the same key instead of creating another.
		await engine().configure()
		expect(fake.keys.size).toBe(1)
	})

	it('creates the index, applies settings once, and changes nothing on the next start', async () => {
		const first = await engine().configure()
		expect(first.changed).toEqual(expect.arrayContaining(['server key created', 'index created']))
		expect(settingsPatches()).toHaveLength(1)
		expect(Object.keys(settingsPatches()[0]!.body as object)).toEqual(
			expect.arrayContaining([
				'searchableAttributes',
				'filterableAttributes',
				'sortableAttributes',
				'rankingRules',
				'synonyms',
				'faceting',
			]),
		)
		const second = await engine().configure()
		expect(second.changed).toEqual([])
		expect(settingsPatches()).toHaveLength(1)
	})

	it('sends only the settings that drifted', async () => {
		await engine().configure()
		fake.indexes.get('hub_listings')!.settings.pagination = { maxTotalHits: 5 }
		const again = await engine().configure()
		expect(again.changed).toEqual(['settings: pagination'])
		expect(settingsPatches()[1]!.body).toEqual({ pagination: { maxTotalHits: 1000 } })
	})

	it('surfaces a failed task with its error', async () => {
		fake.failNext.set('settingsUpdate', 'Invalid synonyms: boom')
		await expect(engine().configure()).rejects.toThrow(MeilisearchTaskError)
		fake.failNext.set('documentAdditionOrUpdate', 'document too large')
		const meili = engine()
		await meili.configure()
		await expect(meili.upsert([{ id: 'a' } as SearchDocument])).rejects.toThrow(
			/documentAdditionOrUpdate.*failed.*document too large/,
		)
	})

	it('waits for writes and applies them', async () => {
		const meili = engine()
		await meili.configure()
		await meili.upsert([{ id: 'a' }, { id: 'b' }] as SearchDocument[])
		await meili.delete(['a'])
		expect([...fake.indexes.get('hub_listings')!.documents.keys()]).toEqual(['b'])
		expect((await meili.stats()).documents).toBe(1)
	})

	it('maps a multi-search answer: facet names, totals, escaped highlights', async () => {
		const meili = engine()
		await meili.configure()
		fake.multiSearchResponse = {
			results: [
				{
					indexUid: 'hub_listings',
					hits: [
						{
							id: 'x',
							ref: 'lab-x',
							type: 'lab',
							slug: 'x',
							name: '<b>Lentiviral</b> Lab',
							summary: null,
							_formatted: {
								name: `<b>${MARK_START}Lentiviral${MARK_END}</b> Lab`,
								summary: null,
								description: 'no match',
							},
						},
					],
					totalHits: 7,
					facetDistribution: { modalities: { lentiviral: 7 }, type: { lab: 7 } },
				},
				{ indexUid: 'hub_listings', hits: [], totalHits: 9, facetDistribution: { grades: { B: 5, C: 4 } } },
			],
		}
		const result = await meili.search(normalizeSearchQuery({ q: 'lentiviral', filters: { grade: ['B'] } }))
		expect(result.total).toBe(7)
		expect(result.facets.modality).toEqual({ lentiviral: 7 })
		expect(result.facets.grade).toEqual({ B: 5, C: 4 })
		expect(result.facets.phase).toEqual({})
		expect(result.hits[0]!.highlights).toEqual({ name: '&lt;b&gt;<mark>Lentiviral</mark>&lt;/b&gt; Lab' })
		const request = fake.requests.find((r) => r.path === '/multi-search')!.body as {
			queries: Array<{ filter: string[] }>
		}
		expect(request.queries).toHaveLength(2)
	})

	it('provisions the restricted key before its first search, even without configure()', async () => {
		await engine().configure() // another process (the worker) set things up earlier
		fake.requests.length = 0
		fake.multiSearchResponse = {
			results: [{ indexUid: 'hub_listings', hits: [], totalHits: 0, facetDistribution: {} }],
		}
		const webProcess = engine()
		await webProcess.search(normalizeSearchQuery({ q: 'x' }))
		const search = fake.requests.find((r) => r.path === '/multi-search')!
		expect(search.key).toBe(fake.keys.get(serverKeyUid('hub_'))!.key)
		expect(fake.requests.filter((r) => r.key === fake.masterKey).every((r) => r.path.startsWith('/keys'))).toBe(true)
	})

	it('reports down when the server does not answer', async () => {
		const meili = new MeilisearchEngine({ host: 'http://127.0.0.1:9', timeoutMs: 500 })
		expect((await meili.health()).status).toBe('down')
		await expect(meili.search(normalizeSearchQuery({ q: 'x' }))).rejects.toThrow()
	})

	it('rebuilds into a fresh index and swaps it in with a key that cannot read the swap task', async () => {
		const meili = engine()
		await meili.configure()
		await meili.upsert([{ id: 'old' }] as SearchDocument[])
		async function* batches() {
			yield [{ id: 'a' }, { id: 'b' }] as SearchDocument[]
		}
		expect(await meili.rebuild(batches())).toEqual({ documents: 2 })
		expect([...fake.indexes.get('hub_listings')!.documents.keys()].sort()).toEqual(['a', 'b'])
		expect([...fake.indexes.keys()]).toEqual(['hub_listings'])
		// The server key really cannot see the swap: the adapter got there without it.
		const scoped = fake.keys.get(serverKeyUid('hub_'))!.key
		const swapTask = fake.tasks.find((task) => task.type === 'indexSwap')!
		const asked = await fetch(`${fake.url}/tasks/${swapTask.uid}`, { headers: { authorization: `Bearer ${scoped}` } })
		expect(asked.status).toBe(404)
		expect(fake.requests.some((r) => r.key === fake.masterKey && r.path.startsWith('/tasks'))).toBe(false)
	})

	it('says so when the swap did not happen, and keeps the live index as it was', async () => {
		const meili = engine()
		await meili.configure()
		await meili.upsert([{ id: 'old' }] as SearchDocument[])
		fake.failNext.set('indexSwap', 'Index swap refused')
		async function* batches() {
			yield [{ id: 'new' }] as SearchDocument[]
		}
		await expect(meili.rebuild(batches())).rejects.toThrow(/did not swap/)
		expect([...fake.indexes.get('hub_listings')!.documents.keys()]).toEqual(['old'])
		expect([...fake.indexes.keys()]).toEqual(['hub_listings'])
	})

	it('lets processes that start together share one server key', async () => {
		const started = await Promise.all([engine().configure(), engine().configure(), engine().configure()])
		expect(started).toHaveLength(3)
		expect(fake.keys.size).toBe(1)
		expect(fake.requests.filter((r) => r.method === 'POST' && r.path === '/keys').length).toBeGreaterThanOrEqual(1)
	})

	it("keeps each prefix's key to its own indexes", async () => {
		await engine('hub_').configure()
		await engine('other_').configure()
		const hubKey = fake.keys.get(serverKeyUid('hub_'))!.key
		const reach = await fetch(`${fake.url}/indexes/other_listings/documents`, {
			method: 'POST',
			headers: { authorization: `Bearer ${hubKey}`, 'content-type': 'application/json' },
			body: JSON.stringify([{ id: 'x' }]),
		})
		expect(reach.status).toBe(403)
		expect(fake.indexes.get('other_listings')!.documents.size).toBe(0)
	})

	it('puts a separator after a prefix that has none', () => {
		expect(indexUidFor('sq')).toBe('sq_listings')
		expect(indexUidFor('hub_')).toBe('hub_listings')
		expect(indexUidFor('staging-')).toBe('staging-listings')
		expect(indexUidFor(undefined)).toBe('listings')
		expect(engine('sq').indexUid).toBe('sq_listings')
	})

	it('sends its requests over one kept-alive connection', async () => {
		const meili = engine()
		await meili.configure()
		fake.requests.length = 0
		fake.multiSearchResponse = {
			results: [{ indexUid: 'hub_listings', hits: [], totalHits: 0, facetDistribution: {} }],
		}
		for (let i = 0; i < 5; i++) await meili.search(normalizeSearchQuery({ q: 'cells' }))
		const ports = new Set(fake.requests.filter((r) => r.path === '/multi-search').map((r) => r.clientPort))
		expect(ports.size).toBe(1)
	})
})
