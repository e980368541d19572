// The Meilisearch engine, through the official client. Every write waits for
// its task and throws the task's own error when it failed, so the outbox
// marks a change done only once Meilisearch has really applied it.
import { createHash } from 'node:crypto'
import { Meilisearch, type Index, type IndexSwap, type Settings, type Task } from 'meilisearch'
import type {
	EngineHealth,
	EngineStats,
	NormalizedSearchQuery,
	SearchDocument,
	SearchEngine,
	SearchResult,
} from '../engine.ts'
import { tokenize } from '~/utils/text.ts'
import { facetByAttribute, facets, LISTINGS_INDEX } from '../index-definition.ts'
import { freeSlotsOf } from '../availability.ts'
import { equals } from './filter.ts'
import { keepAliveClient, meilisearchApiError } from './http-client.server.ts'
import { hitOfFormatted, meilisearchQueries, type Formatted } from './queries.ts'
import { desiredSettings, settingsDiff } from './settings.ts'

const WRITE_BATCH = 1000
const TASK_TIMEOUT_MS = 120_000
/**
 * How often a write asks whether its task is done. An edit is searchable only
 * once the outbox sees the task succeed, so the client's default (50 ms) adds
 * up to 50 ms to every edit; a status read costs Meilisearch next to nothing.
 */
const TASK_POLL_MS = 10

export class MeilisearchTaskError extends Error {
	constructor(public readonly task: Task) {
		super(
			`Meilisearch task ${task.uid} (${task.type}${task.indexUid ? ` on ${task.indexUid}` : ''}) ${task.status}` +
				(task.error ? `: ${task.error.code}: ${task.error.message}` : ''),
		)
		this.name = 'MeilisearchTaskError'
	}
}

/** Resolves when the task succeeded; throws its error otherwise. */
export async function waitForSuccess(enqueued: {
	waitTask: (options?: { timeout?: number; interval?: number }) => Promise<Task>
}): Promise<Task> {
	const task = await enqueued.waitTask({ timeout: TASK_TIMEOUT_MS, interval: TASK_POLL_MS })
	if (task.status !== 'succeeded') throw new MeilisearchTaskError(task)
	return task
}

/** The only actions the portal's server needs: no key management, no dumps, no access to other indexes. */
export const serverKeyActions = [
	'search',
	'documents.add',
	'documents.get',
	'documents.delete',
	'indexes.create',
	'indexes.get',
	'indexes.delete',
	'indexes.swap',
	'settings.get',
	'settings.update',
	'tasks.get',
	'stats.get',
]

/** A stable key uid per index prefix, so every process and restart finds the same key. */
export function serverKeyUid(indexPrefix: string): string {
	const hex = createHash('sha256').update(`atmp-hub-server-key:${indexPrefix}`).digest('hex')
	const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

export interface MeilisearchOptions {
	host: string
	/** The master key (to mint the restricted key) or an already restricted key. */
	apiKey?: string
	indexPrefix?: string
	timeoutMs?: number
	log?: (line: string) => void
}

function isNotFound(error: unknown): boolean {
	const answer = meilisearchApiError(error)
	return (
		answer !== undefined &&
		(answer.response?.status === 404 ||
			answer.cause?.code === 'index_not_found' ||
			answer.cause?.code === 'api_key_not_found')
	)
}

function isForbidden(error: unknown): boolean {
	const status = meilisearchApiError(error)?.response?.status
	return status === 401 || status === 403
}

function isConflict(error: unknown): boolean {
	return meilisearchApiError(error)?.response?.status === 409
}

/**
 * The live index's name for a prefix. A prefix without its own separator gets
 * one ("sq" names "sq_listings", not "sqlistings"); "hub_" stays "hub_listings".
 */
export function indexUidFor(indexPrefix: string | undefined): string {
	const prefix = indexPrefix ?? ''
	return prefix === '' || /[_-]$/.test(prefix) ? `${prefix}${LISTINGS_INDEX}` : `${prefix}_${LISTINGS_INDEX}`
}

/** A query needs this many terms before "most of them" differs from "all of them" (as in the PostgreSQL engine). */
const MIN_TERMS_TO_RELAX = 3

/** The document with its free ranges in numbered slots too, which filters can read (search/availability.ts). */
function withFreeSlots(document: SearchDocument): SearchDocument | (SearchDocument & Record<string, number>) {
	// A document of an older format has no ranges: no slots, so no availability filter finds it.
	return document.freeRanges ? { ...document, ...freeSlotsOf(document.freeRanges) } : document
}

export class MeilisearchEngine implements SearchEngine {
	readonly name = 'meilisearch'
	readonly indexUid: string
	readonly #options: MeilisearchOptions
	#client: Meilisearch | undefined
	readonly #http = keepAliveClient()
	/** Settled once the restricted key, the index and its settings are in place. */
	#ready: Promise<void> | undefined

	constructor(options: MeilisearchOptions) {
		this.#options = options
		this.indexUid = indexUidFor(options.indexPrefix)
	}

	#connect(apiKey: string | undefined) {
		return new Meilisearch({
			host: this.#options.host,
			apiKey,
			timeout: this.#options.timeoutMs ?? 5000,
			httpClient: this.#http.httpClient,
		})
	}

	/**
	 * Every operation first makes sure of the restricted key, the index and its
	 * settings (once per process, again after a failure), so that a process that
	 * never ran configure() (a web process whose worker runs elsewhere) still
	 * never works with the master key or on an unconfigured index.
	 */
	async #ensureReady(): Promise<void> {
		this.#ready ??= this.configure().then(
			() => undefined,
			(error: unknown) => {
				this.#ready = undefined
				throw error
			},
		)
		return this.#ready
	}

	/** The current client: with the restricted key once it has been provisioned. */
	get client(): Meilisearch {
		this.#client ??= this.#connect(this.#options.apiKey)
		return this.#client
	}

	#index(uid = this.indexUid): Index<SearchDocument> {
		return this.client.index<SearchDocument>(uid)
	}

	/**
	 * With a master key: finds or creates a key limited to serverKeyActions on
	 * this prefix's indexes, and uses that from then on. The master key is
	 * used for nothing else. Keys never leave the server (env.server.ts).
	 */
	async #provisionKey(): Promise<string[]> {
		const masterKey = this.#options.apiKey
		if (!masterKey) return []
		const admin = this.#connect(masterKey)
		const uid = serverKeyUid(this.#options.indexPrefix ?? '')
		const wanted = { actions: [...serverKeyActions].sort(), indexes: [`${this.indexUid}*`] }
		let key
		try {
			key = await admin.getKey(uid)
		} catch (error) {
			if (isForbidden(error)) {
				// Already a restricted key (no keys.* rights): use it as it is.
				this.#options.log?.('MEILI_MASTER_KEY cannot manage keys; using it directly as the server key')
				return []
			}
			if (!isNotFound(error)) throw error
		}
		const changed: string[] = []
		if (
			key &&
			(JSON.stringify([...key.actions].sort()) !== JSON.stringify(wanted.actions) ||
				JSON.stringify(key.indexes) !== JSON.stringify(wanted.indexes))
		) {
			// A key's actions cannot be edited: replace it. Another process may have deleted it first.
			await admin.deleteKey(uid).catch((error: unknown) => {
				if (!isNotFound(error)) throw error
			})
			key = undefined
			changed.push('server key replaced')
		}
		if (!key) {
			try {
				key = await admin.createKey({
					uid,
					name: `atmp-hub server (${this.indexUid})`,
					description: 'Search, document and settings access for the ATMP hub portal server. Never sent to browsers.',
					...wanted,
					expiresAt: null,
				})
				if (!changed.length) changed.push('server key created')
			} catch (error) {
				// Processes starting together race to create the same uid: the loser uses the winner's key.
				if (!isConflict(error)) throw error
				key = await admin.getKey(uid)
			}
		}
		this.#client = this.#connect(key.key)
		return changed
	}

	async #ensureIndex(uid: string): Promise<boolean> {
		try {
			await this.client.getRawIndex(uid)
			return false
		} catch (error) {
			if (!isNotFound(error)) throw error
		}
		try {
			await waitForSuccess(this.client.createIndex(uid, { primaryKey: 'id' }))
		} catch (error) {
			// Another process created it between our look and our creation: it is there, which is all we need.
			if (error instanceof MeilisearchTaskError && error.task.error?.code === 'index_already_exists') return false
			throw error
		}
		return true
	}

	async #applySettings(uid: string): Promise<string[]> {
		const current: Settings = await this.#index(uid).getSettings()
		const diff = settingsDiff(current, desiredSettings())
		const keys = Object.keys(diff)
		if (keys.length) await waitForSuccess(this.#index(uid).updateSettings(diff as Settings))
		return keys
	}

	async configure() {
		const changed = await this.#provisionKey()
		if (await this.#ensureIndex(this.indexUid)) changed.push('index created')
		const settings = await this.#applySettings(this.indexUid)
		if (settings.length) changed.push(`settings: ${settings.join(', ')}`)
		this.#ready ??= Promise.resolve()
		return { changed }
	}

	async upsert(documents: SearchDocument[]) {
		await this.#ensureReady()
		for (let start = 0; start < documents.length; start += WRITE_BATCH) {
			await waitForSuccess(
				this.#index().addDocuments(documents.slice(start, start + WRITE_BATCH).map(withFreeSlots), {
					primaryKey: 'id',
				}),
			)
		}
	}

	async delete(ids: string[]) {
		await this.#ensureReady()
		if (ids.length) await waitForSuccess(this.#index().deleteDocuments(ids))
	}

	async stamps() {
		await this.#ensureReady()
		const stamps = new Map<string, string>()
		for (let offset = 0; ; offset += WRITE_BATCH) {
			const page = await this.#index().getDocuments<Pick<SearchDocument, 'id' | 'stamp'>>({
				fields: ['id', 'stamp'],
				limit: WRITE_BATCH,
				offset,
			})
			for (const document of page.results) stamps.set(document.id, document.stamp)
			if (page.results.length < WRITE_BATCH) return stamps
		}
	}

	async idsByOrganization(organizationId: string) {
		await this.#ensureReady()
		const ids: string[] = []
		for (let offset = 0; ; offset += WRITE_BATCH) {
			const page = await this.#index().getDocuments<Pick<SearchDocument, 'id'>>({
				fields: ['id'],
				filter: equals('organizationId', organizationId),
				limit: WRITE_BATCH,
				offset,
			})
			ids.push(...page.results.map((document) => document.id))
			if (page.results.length < WRITE_BATCH) return ids
		}
	}

	async rebuild(batches: AsyncIterable<SearchDocument[]>) {
		await this.#ensureReady()
		const fresh = `${this.indexUid}_rebuild_${Date.now()}`
		await waitForSuccess(this.client.createIndex(fresh, { primaryKey: 'id' }))
		try {
			await this.#applySettings(fresh)
			let count = 0
			for await (const batch of batches) {
				if (batch.length)
					await waitForSuccess(this.#index(fresh).addDocuments(batch.map(withFreeSlots), { primaryKey: 'id' }))
				count += batch.length
			}
			await this.#ensureIndex(this.indexUid)
			await this.#swapInto(fresh)
			return { documents: count }
		} finally {
			await waitForSuccess(this.client.deleteIndex(fresh)).catch(() => {})
		}
	}

	/**
	 * Swaps `fresh` in as the live index (`fresh` then holds the old documents).
	 * A key limited to this prefix's indexes cannot read the swap's task:
	 * Meilisearch shows a task that is not about exactly one index only to keys
	 * that may see every index. So the swap is followed by a task on the live
	 * index, which Meilisearch runs only after the swap, and the outcome is read
	 * from the indexes themselves: an index keeps its creation time through a
	 * swap, so once `fresh` no longer answers with its own, it went live.
	 */
	async #swapInto(fresh: string) {
		const built = (await this.client.getRawIndex(fresh)).createdAt
		const swap = await this.client.swapIndexes([{ indexes: [this.indexUid, fresh] } as IndexSwap])
		await waitForSuccess(this.#index().deleteDocuments([]))
		const afterwards = (await this.client.getRawIndex(fresh)).createdAt
		if (String(afterwards) === String(built))
			throw new Error(`Meilisearch did not swap ${fresh} into ${this.indexUid} (swap task ${swap.taskUid})`)
	}

	async health(): Promise<EngineHealth> {
		const started = performance.now()
		try {
			await this.client.health()
			return { status: 'ok', engine: this.name, latencyMs: Math.round(performance.now() - started) }
		} catch (error) {
			return {
				status: 'down',
				engine: this.name,
				detail: error instanceof Error ? error.name : 'unreachable',
				latencyMs: Math.round(performance.now() - started),
			}
		}
	}

	async stats(): Promise<EngineStats> {
		await this.#ensureReady()
		const stats = await this.#index().getStats()
		return { engine: this.name, documents: stats.numberOfDocuments, indexing: stats.isIndexing }
	}

	async search(query: NormalizedSearchQuery): Promise<SearchResult> {
		await this.#ensureReady()
		const terms = (query.plan?.concepts.length ?? 0) + (query.plan?.words.length ?? tokenize(query.q).length)
		const strict = await this.#multiSearch(query, 'all')
		if (strict.total > 0 || terms < MIN_TERMS_TO_RELAX) return strict
		// Nobody holds every term: Meilisearch drops the commonest terms until listings match, those with most first.
		const relaxed = await this.#multiSearch(query, 'frequency')
		return { ...relaxed, relaxed: true, serverMs: (strict.serverMs ?? 0) + (relaxed.serverMs ?? 0) }
	}

	async #multiSearch(query: NormalizedSearchQuery, strategy: 'all' | 'frequency'): Promise<SearchResult> {
		const { main, facetQueries } = meilisearchQueries(this.indexUid, query, strategy)
		const response = await this.client.multiSearch({ queries: [main, ...facetQueries.map((f) => f.query)] })
		const [first, ...others] = response.results
		const distribution: Record<string, Record<string, number>> = { ...(first?.facetDistribution ?? {}) }
		others.forEach((result, index) => {
			const attribute = facetQueries[index]!.attribute
			distribution[attribute] = result.facetDistribution?.[attribute] ?? {}
		})
		const facetCounts: SearchResult['facets'] = {}
		for (const facet of facets) facetCounts[facet.name] = {}
		for (const [attribute, counts] of Object.entries(distribution)) {
			const facet = facetByAttribute[attribute]
			if (facet) facetCounts[facet.name] = { ...counts }
		}
		const hasText = query.q !== '' || Boolean(query.plan?.concepts.length || query.plan?.words.length)
		return {
			hits: ((first?.hits ?? []) as Formatted[]).map((hit) => hitOfFormatted(hit, query, hasText)),
			facets: facetCounts,
			total: (first as { totalHits?: number } | undefined)?.totalHits ?? 0,
			page: query.page,
			pageSize: query.pageSize,
			engine: this.name,
			// Meilisearch runs a multi-search's queries one after another.
			serverMs: response.results.reduce((sum, result) => sum + (result.processingTimeMs ?? 0), 0),
		}
	}
}
