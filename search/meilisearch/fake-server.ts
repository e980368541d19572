// A few Meilisearch HTTP endpoints in memory, enough to test the adapter's
// conversation with a server (keys, index creation, settings diff, task
// waiting and task errors) where no Meilisearch binary exists. It is not a
// search engine: multi-search answers with canned results.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

interface FakeTask {
	uid: number
	indexUid: string | null
	type: string
	status: 'succeeded' | 'failed'
	error: { message: string; code: string; type: string; link: string } | null
}

export interface FakeMeilisearch {
	url: string
	masterKey: string
	requests: Array<{ method: string; path: string; key: string | undefined; body: unknown }>
	keys: Map<
		string,
		{ uid: string; key: string; actions: string[]; indexes: string[]; name: string; description: string }
	>
	indexes: Map<string, { settings: Record<string, unknown>; documents: Map<string, Record<string, unknown>> }>
	/** Makes the next task of this type fail with this message. */
	failNext: Map<string, string>
	multiSearchResponse?: unknown
	close(): Promise<void>
}

const DEFAULT_SETTINGS = {
	displayedAttributes: ['*'],
	searchableAttributes: ['*'],
	filterableAttributes: [],
	sortableAttributes: [],
	rankingRules: ['words', 'typo', 'proximity', 'attributeRank', 'sort', 'wordPosition', 'exactness'],
	stopWords: [],
	nonSeparatorTokens: [],
	separatorTokens: [],
	dictionary: [],
	synonyms: {},
	distinctAttribute: null,
	proximityPrecision: 'byWord',
	typoTolerance: {
		enabled: true,
		minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
		disableOnWords: [],
		disableOnAttributes: [],
		disableOnNumbers: false,
	},
	faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
	pagination: { maxTotalHits: 1000 },
	searchCutoffMs: null,
	localizedAttributes: null,
	facetSearch: true,
	prefixSearch: 'indexingTime',
}

async function bodyOf(request: IncomingMessage): Promise<unknown> {
	const chunks: Buffer[] = []
	for await (const chunk of request) chunks.push(chunk as Buffer)
	const text = Buffer.concat(chunks).toString('utf8')
	return text ? JSON.parse(text) : undefined
}

export async function startFakeMeilisearch(masterKey = 'master-key-for-tests'): Promise<FakeMeilisearch> {
	const tasks: FakeTask[] = []
	const fake: Omit<FakeMeilisearch, 'url' | 'close'> = {
		masterKey,
		requests: [],
		keys: new Map(),
		indexes: new Map(),
		failNext: new Map(),
	}

	function enqueue(type: string, indexUid: string | null, apply: () => void) {
		const failure = fake.failNext.get(type)
		fake.failNext.delete(type)
		if (!failure) apply()
		const task: FakeTask = {
			uid: tasks.length,
			indexUid,
			type,
			status: failure ? 'failed' : 'succeeded',
			error: failure
				? { message: failure, code: 'invalid_settings', type: 'invalid_request', link: 'https://docs.meilisearch.com' }
				: null,
		}
		tasks.push(task)
		return { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: new Date().toISOString() }
	}

	const server: Server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://fake')
		const path = url.pathname
		const key = request.headers.authorization?.replace(/^Bearer /, '')
		const body = await bodyOf(request)
		fake.requests.push({ method: request.method ?? 'GET', path, key, body })
		const send = (status: number, payload: unknown) => {
			response.writeHead(status, { 'content-type': 'application/json' })
			response.end(JSON.stringify(payload))
		}
		const notFound = (code: string) => send(404, { message: `${code}`, code, type: 'invalid_request', link: '' })
		const authorised = key === masterKey || [...fake.keys.values()].some((k) => k.key === key)
		if (path !== '/health' && !authorised)
			return send(403, { message: 'invalid key', code: 'invalid_api_key', type: 'auth', link: '' })
		if (path.startsWith('/keys') && key !== masterKey)
			return send(403, { message: 'forbidden', code: 'invalid_api_key', type: 'auth', link: '' })

		let match: RegExpMatchArray | null
		if (path === '/health') return send(200, { status: 'available' })
		if ((match = path.match(/^\/keys\/([^/]+)$/))) {
			const found = fake.keys.get(match[1]!)
			if (request.method === 'DELETE') {
				fake.keys.delete(match[1]!)
				response.writeHead(204).end()
				return
			}
			return found ? send(200, found) : notFound('api_key_not_found')
		}
		if (path === '/keys' && request.method === 'POST') {
			const input = body as { uid: string; actions: string[]; indexes: string[]; name: string; description: string }
			const created = { ...input, key: `scoped-${input.uid}` }
			fake.keys.set(input.uid, created)
			return send(201, created)
		}
		if ((match = path.match(/^\/tasks\/(\d+)$/))) {
			const task = tasks[Number(match[1])]
			return task
				? send(200, {
						...task,
						batchUid: null,
						canceledBy: null,
						duration: 'PT0S',
						enqueuedAt: '',
						startedAt: '',
						finishedAt: '',
					})
				: notFound('task_not_found')
		}
		if (path === '/indexes' && request.method === 'POST') {
			const { uid } = body as { uid: string }
			return send(
				202,
				enqueue('indexCreation', uid, () =>
					fake.indexes.set(uid, { settings: structuredClone(DEFAULT_SETTINGS), documents: new Map() }),
				),
			)
		}
		if ((match = path.match(/^\/indexes\/([^/]+)$/))) {
			const uid = match[1]!
			if (request.method === 'DELETE')
				return send(
					202,
					enqueue('indexDeletion', uid, () => fake.indexes.delete(uid)),
				)
			return fake.indexes.has(uid)
				? send(200, { uid, primaryKey: 'id', createdAt: '', updatedAt: '' })
				: notFound('index_not_found')
		}
		if ((match = path.match(/^\/indexes\/([^/]+)\/settings$/))) {
			const index = fake.indexes.get(match[1]!)
			if (!index) return notFound('index_not_found')
			if (request.method === 'PATCH')
				return send(
					202,
					enqueue('settingsUpdate', match[1]!, () => Object.assign(index.settings, body as object)),
				)
			return send(200, index.settings)
		}
		if ((match = path.match(/^\/indexes\/([^/]+)\/documents$/)) && request.method === 'POST') {
			const index = fake.indexes.get(match[1]!)
			if (!index) return notFound('index_not_found')
			return send(
				202,
				enqueue('documentAdditionOrUpdate', match[1]!, () => {
					for (const document of body as Array<Record<string, unknown>>)
						index.documents.set(String(document.id), document)
				}),
			)
		}
		if ((match = path.match(/^\/indexes\/([^/]+)\/documents\/delete-batch$/))) {
			const index = fake.indexes.get(match[1]!)
			if (!index) return notFound('index_not_found')
			return send(
				202,
				enqueue('documentDeletion', match[1]!, () => {
					for (const id of body as string[]) index.documents.delete(id)
				}),
			)
		}
		if ((match = path.match(/^\/indexes\/([^/]+)\/stats$/))) {
			const index = fake.indexes.get(match[1]!)
			return index
				? send(200, { numberOfDocuments: index.documents.size, isIndexing: false, fieldDistribution: {} })
				: notFound('index_not_found')
		}
		if (path === '/multi-search') return send(200, fake.multiSearchResponse ?? { results: [] })
		return send(404, {
			message: `fake has no ${request.method} ${path}`,
			code: 'not_found',
			type: 'invalid_request',
			link: '',
		})
	})
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
	const { port } = server.address() as AddressInfo
	// The same object the handlers read, so tests can change canned answers later.
	return Object.assign(fake, {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	})
}
