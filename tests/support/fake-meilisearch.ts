// A few Meilisearch HTTP endpoints in memory, strict where production differs
// from a developer's master key: every request is checked against its key's
// actions and index patterns, and a task is shown only to keys Meilisearch
// would show it to (a swap belongs to no single index, so a key limited to
// some indexes gets "Task N not found"). Enough to test the adapter's
// conversation with a server where no Meilisearch binary exists. It is not a
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

interface FakeKey {
	uid: string
	key: string
	actions: string[]
	indexes: string[]
	name: string
	description: string
}

interface FakeIndex {
	createdAt: string
	settings: Record<string, unknown>
	documents: Map<string, Record<string, unknown>>
}

export interface FakeMeilisearch {
	url: string
	masterKey: string
	/** Every request, with the client's port: one port for many requests means a kept-alive connection. */
	requests: Array<{ method: string; path: string; key: string | undefined; body: unknown; clientPort?: number }>
	keys: Map<string, FakeKey>
	indexes: Map<string, FakeIndex>
	tasks: FakeTask[]
	/** Makes the next task of this type fail with this message. */
	failNext: Map<string, string>
	multiSearchResponse?: unknown
	close(): Promise<void>
}

/** Kinds Meilisearch shows only to keys that may see every index: they are not about exactly one index. */
const TASKS_OF_NO_SINGLE_INDEX = new Set([
	'indexSwap',
	'taskCancelation',
	'taskDeletion',
	'dumpCreation',
	'snapshotCreation',
])

class TaskFailure extends Error {
	constructor(
		message: string,
		readonly code: string,
	) {
		super(message)
	}
}

function indexAllowed(key: FakeKey, indexUid: string): boolean {
	return key.indexes.some((pattern) =>
		pattern.endsWith('*') ? indexUid.startsWith(pattern.slice(0, -1)) : pattern === indexUid,
	)
}

function actionAllowed(key: FakeKey, action: string): boolean {
	return key.actions.some((granted) => granted === '*' || granted === action || granted === `${action.split('.')[0]}.*`)
}

/** The only filter the adapter sends to the documents API: `attribute = "value"`. */
function matchesFilter(document: Record<string, unknown>, filter: unknown): boolean {
	if (filter === undefined || filter === null) return true
	const match = typeof filter === 'string' ? filter.match(/^(\w+) = "((?:[^"\\]|\\.)*)"$/) : null
	if (!match) throw new Error(`fake cannot read filter ${JSON.stringify(filter)}`)
	const expected = match[2]!.replace(/\\(.)/g, '$1')
	const value = document[match[1]!]
	return Array.isArray(value) ? value.includes(expected) : value === expected
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
	const fake: Omit<FakeMeilisearch, 'url' | 'close'> = {
		masterKey,
		requests: [],
		keys: new Map(),
		indexes: new Map(),
		tasks: [],
		failNext: new Map(),
	}
	let created = 0
	const newIndex = (): FakeIndex => ({
		// Meilisearch stamps an index's creation to the nanosecond; a counter keeps the fake's apart too.
		createdAt: new Date(Date.UTC(2026, 0, 1) + created++).toISOString(),
		settings: structuredClone(DEFAULT_SETTINGS),
		documents: new Map(),
	})

	function enqueue(type: string, indexUid: string | null, apply: () => void) {
		const planned = fake.failNext.get(type)
		fake.failNext.delete(type)
		let failure = planned ? new TaskFailure(planned, 'invalid_settings') : undefined
		if (!failure) {
			try {
				apply()
			} catch (error) {
				if (!(error instanceof TaskFailure)) throw error
				failure = error
			}
		}
		const task: FakeTask = {
			uid: fake.tasks.length,
			indexUid,
			type,
			status: failure ? 'failed' : 'succeeded',
			error: failure
				? {
						message: failure.message,
						code: failure.code,
						type: 'invalid_request',
						link: 'https://docs.meilisearch.com',
					}
				: null,
		}
		fake.tasks.push(task)
		return { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: new Date().toISOString() }
	}

	function existing(uid: string): FakeIndex {
		const index = fake.indexes.get(uid)
		if (!index) throw new TaskFailure(`Index \`${uid}\` not found.`, 'index_not_found')
		return index
	}

	const server: Server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://fake')
		const path = url.pathname
		const method = request.method ?? 'GET'
		const secret = request.headers.authorization?.replace(/^Bearer /, '')
		const body = await bodyOf(request)
		fake.requests.push({ method, path, key: secret, body, clientPort: request.socket.remotePort })
		const send = (status: number, payload: unknown) => {
			response.writeHead(status, { 'content-type': 'application/json' })
			response.end(JSON.stringify(payload))
		}
		const refuse = (status: number, code: string, message: string) =>
			send(status, { message, code, type: status === 403 ? 'auth' : 'invalid_request', link: '' })
		const notFound = (code: string, message: string) => refuse(404, code, message)
		if (path === '/health') return send(200, { status: 'available' })

		const isMaster = secret === masterKey
		const key = [...fake.keys.values()].find((candidate) => candidate.key === secret)
		if (!isMaster && !key) return refuse(403, 'invalid_api_key', 'The provided API key is invalid.')
		/** Meilisearch answers a key without the action or the index exactly as it answers a wrong key. */
		const may = (action: string, ...indexUids: string[]) =>
			isMaster || (key !== undefined && actionAllowed(key, action) && indexUids.every((uid) => indexAllowed(key, uid)))
		const forbidden = () => refuse(403, 'invalid_api_key', 'The provided API key is invalid.')
		const accepted = (payload: unknown) => send(202, payload)

		let match: RegExpMatchArray | null
		if (path.startsWith('/keys')) {
			if (!isMaster) return forbidden()
			if ((match = path.match(/^\/keys\/([^/]+)$/))) {
				const found = fake.keys.get(match[1]!)
				if (!found) return notFound('api_key_not_found', `API key \`${match[1]}\` not found.`)
				if (method === 'DELETE') {
					fake.keys.delete(match[1]!)
					response.writeHead(204).end()
					return
				}
				return send(200, found)
			}
			if (path === '/keys' && method === 'POST') {
				const input = body as Omit<FakeKey, 'key'>
				if (fake.keys.has(input.uid))
					return refuse(
						409,
						'api_key_already_exists',
						`\`uid\` field value \`${input.uid}\` is already an existing API key.`,
					)
				const createdKey = { ...input, key: `scoped-${input.uid}` }
				fake.keys.set(input.uid, createdKey)
				return send(201, createdKey)
			}
		}
		if ((match = path.match(/^\/tasks\/(\d+)$/))) {
			if (!may('tasks.get')) return forbidden()
			const task = fake.tasks[Number(match[1])]
			const visible =
				task !== undefined &&
				(isMaster ||
					key!.indexes.includes('*') ||
					(task.indexUid !== null && !TASKS_OF_NO_SINGLE_INDEX.has(task.type) && indexAllowed(key!, task.indexUid)))
			if (!visible) return notFound('task_not_found', `Task \`${match[1]}\` not found.`)
			return send(200, {
				...task,
				batchUid: null,
				canceledBy: null,
				duration: 'PT0S',
				enqueuedAt: '',
				startedAt: '',
				finishedAt: '',
			})
		}
		if (path === '/swap-indexes' && method === 'POST') {
			const swaps = body as Array<{ indexes: [string, string] }>
			if (!may('indexes.swap', ...swaps.flatMap((swap) => swap.indexes))) return forbidden()
			return accepted(
				enqueue('indexSwap', null, () => {
					for (const {
						indexes: [left, right],
					} of swaps) {
						const [leftIndex, rightIndex] = [existing(left), existing(right)]
						fake.indexes.set(left, rightIndex)
						fake.indexes.set(right, leftIndex)
					}
				}),
			)
		}
		if (path === '/indexes' && method === 'POST') {
			const { uid } = body as { uid: string }
			if (!may('indexes.create', uid)) return forbidden()
			return accepted(
				enqueue('indexCreation', uid, () => {
					if (fake.indexes.has(uid)) throw new TaskFailure(`Index \`${uid}\` already exists.`, 'index_already_exists')
					fake.indexes.set(uid, newIndex())
				}),
			)
		}
		if (path === '/multi-search' && method === 'POST') {
			const queries = (body as { queries: Array<{ indexUid: string }> }).queries
			if (!may('search', ...queries.map((query) => query.indexUid))) return forbidden()
			const missing = queries.findIndex((query) => !fake.indexes.has(query.indexUid))
			if (missing >= 0)
				return refuse(
					400,
					'index_not_found',
					`Inside \`.queries[${missing}]\`: Index \`${queries[missing]!.indexUid}\` not found.`,
				)
			return send(200, fake.multiSearchResponse ?? { results: [] })
		}
		if ((match = path.match(/^\/indexes\/([^/]+)(\/.*)?$/))) {
			const uid = match[1]!
			const rest = match[2] ?? ''
			const index = fake.indexes.get(uid)
			const missingIndex = () => notFound('index_not_found', `Index \`${uid}\` not found.`)
			if (rest === '') {
				if (method === 'DELETE') {
					if (!may('indexes.delete', uid)) return forbidden()
					return accepted(
						enqueue('indexDeletion', uid, () => {
							existing(uid)
							fake.indexes.delete(uid)
						}),
					)
				}
				if (!may('indexes.get', uid)) return forbidden()
				return index
					? send(200, { uid, primaryKey: 'id', createdAt: index.createdAt, updatedAt: index.createdAt })
					: missingIndex()
			}
			if (rest === '/settings') {
				if (!may(method === 'PATCH' ? 'settings.update' : 'settings.get', uid)) return forbidden()
				if (!index) return missingIndex()
				if (method === 'PATCH')
					return accepted(enqueue('settingsUpdate', uid, () => Object.assign(existing(uid).settings, body as object)))
				return send(200, index.settings)
			}
			if (rest === '/documents' && method === 'POST') {
				if (!may('documents.add', uid)) return forbidden()
				return accepted(
					enqueue('documentAdditionOrUpdate', uid, () => {
						const target = fake.indexes.get(uid) ?? fake.indexes.set(uid, newIndex()).get(uid)!
						for (const document of body as Array<Record<string, unknown>>)
							target.documents.set(String(document.id), document)
					}),
				)
			}
			if ((rest === '/documents' && method === 'GET') || (rest === '/documents/fetch' && method === 'POST')) {
				if (!may('documents.get', uid)) return forbidden()
				if (!index) return missingIndex()
				const options = (method === 'GET' ? Object.fromEntries(url.searchParams) : body) as {
					fields?: string | string[]
					filter?: unknown
					limit?: string | number
					offset?: string | number
				}
				const fields = typeof options.fields === 'string' ? options.fields.split(',') : options.fields
				const limit = Number(options.limit ?? 20)
				const offset = Number(options.offset ?? 0)
				const matching = [...index.documents.values()].filter((document) => matchesFilter(document, options.filter))
				const results = matching
					.slice(offset, offset + limit)
					.map((document) =>
						fields
							? Object.fromEntries(fields.filter((field) => field in document).map((field) => [field, document[field]]))
							: document,
					)
				return send(200, { results, offset, limit, total: matching.length })
			}
			if (rest === '/documents/delete-batch' && method === 'POST') {
				if (!may('documents.delete', uid)) return forbidden()
				if (!index) return missingIndex()
				return accepted(
					enqueue('documentDeletion', uid, () => {
						for (const id of body as string[]) existing(uid).documents.delete(id)
					}),
				)
			}
			if (rest === '/stats') {
				if (!may('stats.get', uid)) return forbidden()
				return index
					? send(200, { numberOfDocuments: index.documents.size, isIndexing: false, fieldDistribution: {} })
					: missingIndex()
			}
		}
		return send(404, { message: `fake has no ${method} ${path}`, code: 'not_found', type: 'invalid_request', link: '' })
	})
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
	const { port } = server.address() as AddressInfo
	// The same object the handlers read, so tests can change canned answers later.
	return Object.assign(fake, {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections()
				server.close(() => resolve())
			}),
	})
}
