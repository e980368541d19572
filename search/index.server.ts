// Which engine serves this process. Without MEILI_HOST: PostgreSQL. With it:
// Meilisearch, with the PostgreSQL engine kept up to date beside it as the
// fallback, so that when Meilisearch is unreachable pages keep answering
// (marked degraded) and /healthz says so; the outbox retries the writes
// Meilisearch missed until it is back.
import { backlog } from '~/outbox/outbox.server.ts'
import { TASKS, taskState } from '~/outbox/timers.server.ts'
import { env } from '~/utils/env.server.ts'
import type {
	EngineHealth,
	EngineStats,
	NormalizedSearchQuery,
	SearchDocument,
	SearchEngine,
	SearchResult,
} from './engine.ts'
import { MeilisearchEngine } from './meilisearch/engine.server.ts'
import { PostgresSearchEngine } from './postgres/engine.server.ts'
import { SEARCH_TOPICS } from './sync.server.ts'

export class FallbackSearchEngine implements SearchEngine {
	readonly name: string
	/** While set, queries skip the primary until this time (it just failed). */
	#downUntil = 0
	#lastError: string | undefined

	constructor(
		readonly primary: SearchEngine,
		readonly fallback: SearchEngine,
		private readonly options: { retryAfterMs?: number; log?: (line: string) => void } = {},
	) {
		this.name = `${primary.name}+${fallback.name}`
	}

	parts() {
		return [this.primary, this.fallback]
	}

	#markDown(error: unknown) {
		const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
		if (Date.now() >= this.#downUntil)
			this.options.log?.(`search: ${this.primary.name} failed (${message}); answering from ${this.fallback.name}`)
		this.#lastError = message
		this.#downUntil = Date.now() + (this.options.retryAfterMs ?? 10_000)
	}

	async configure() {
		const changed = (await this.fallback.configure()).changed.map((c) => `${this.fallback.name}: ${c}`)
		try {
			changed.push(...(await this.primary.configure()).changed.map((c) => `${this.primary.name}: ${c}`))
			this.#downUntil = 0
		} catch (error) {
			// Start anyway: the fallback serves, and the next configure() or write retries.
			this.#markDown(error)
		}
		return { changed }
	}

	// Writes go to both; if the primary fails the outbox row fails and is retried
	// (the fallback write is idempotent), which is how Meilisearch catches up.
	async upsert(documents: SearchDocument[]) {
		await this.fallback.upsert(documents)
		await this.primary.upsert(documents)
	}

	async delete(ids: string[]) {
		await this.fallback.delete(ids)
		await this.primary.delete(ids)
	}

	async search(query: NormalizedSearchQuery): Promise<SearchResult> {
		if (Date.now() >= this.#downUntil) {
			try {
				const result = await this.primary.search(query)
				this.#downUntil = 0
				this.#lastError = undefined
				return result
			} catch (error) {
				this.#markDown(error)
			}
		}
		return { ...(await this.fallback.search(query)), degraded: true }
	}

	async health(): Promise<EngineHealth> {
		const [primary, fallback] = await Promise.all([this.primary.health(), this.fallback.health()])
		if (primary.status === 'ok') return { ...primary, engine: this.name }
		if (fallback.status === 'ok') {
			return {
				status: 'degraded',
				engine: this.name,
				detail: `${this.primary.name} unreachable (${primary.detail ?? this.#lastError ?? 'no answer'}); answering from ${this.fallback.name}`,
				latencyMs: fallback.latencyMs,
			}
		}
		return { status: 'down', engine: this.name, detail: `${this.primary.name} and ${this.fallback.name} unavailable` }
	}

	async stats(): Promise<EngineStats> {
		try {
			return await this.primary.stats()
		} catch {
			return this.fallback.stats()
		}
	}

	stamps() {
		return this.primary.stamps()
	}

	async idsByOrganization(organizationId: string) {
		const [a, b] = await Promise.all([
			this.primary.idsByOrganization(organizationId),
			this.fallback.idsByOrganization(organizationId),
		])
		return [...new Set([...a, ...b])]
	}

	async rebuild(batches: AsyncIterable<SearchDocument[]>) {
		// One pass over the database feeds both engines.
		const buffered: SearchDocument[][] = []
		for await (const batch of batches) buffered.push(batch)
		const replay = async function* () {
			yield* buffered
		}
		await this.fallback.rebuild(replay())
		return this.primary.rebuild(replay())
	}
}

export function createSearchEngine(options: { log?: (line: string) => void } = {}): SearchEngine {
	const settings = env()
	const postgres = new PostgresSearchEngine()
	if (!settings.MEILI_HOST) return postgres
	const meilisearch = new MeilisearchEngine({
		host: settings.MEILI_HOST,
		apiKey: settings.MEILI_MASTER_KEY,
		indexPrefix: settings.MEILI_INDEX_PREFIX,
		timeoutMs: 2000,
		log: options.log,
	})
	return new FallbackSearchEngine(meilisearch, postgres, { log: options.log ?? ((line) => console.warn(line)) })
}

const globalForSearch = globalThis as unknown as { searchEngine?: SearchEngine }

/** The process's engine, chosen from the environment on first use. */
export function getSearchEngine(): SearchEngine {
	globalForSearch.searchEngine ??= createSearchEngine()
	return globalForSearch.searchEngine
}

/** Tests and tools may put another engine in place (undefined: choose again from the environment). */
export function setSearchEngine(engine: SearchEngine | undefined) {
	globalForSearch.searchEngine = engine
}

export interface SearchHealth extends EngineHealth {
	/** Changes committed but not yet in the index. */
	pendingChanges?: number
	failingChanges?: number
	/** How long the longest-waiting of them has waited (0 when none waits). */
	oldestPendingSeconds?: number
	/** How the last check of index against database ended, in whichever process ran it. */
	lastReconciliation?: { at: string | null; ok: boolean; error?: string; running: boolean }
}

/**
 * For /healthz and `hub search:status`: degraded (still answering) when
 * Meilisearch is down but PostgreSQL serves, when a change has waited for the
 * index longer than HUB_PENDING_DEGRADED_SECONDS (no worker is running), or
 * when the last reconciliation failed.
 */
export async function searchHealth(): Promise<SearchHealth> {
	const health: SearchHealth = await getSearchEngine().health()
	const [queue, reconciliation] = await Promise.all([
		backlog(SEARCH_TOPICS).catch(() => undefined),
		taskState(TASKS.reconcileSearch).catch(() => undefined),
	])
	const problems: string[] = []
	if (queue) {
		Object.assign(health, {
			pendingChanges: queue.pending,
			failingChanges: queue.failing,
			oldestPendingSeconds: queue.oldestPendingSeconds,
		})
		const limit = env().HUB_PENDING_DEGRADED_SECONDS
		if (queue.pending && queue.oldestPendingSeconds > limit)
			problems.push(
				`a change has waited ${queue.oldestPendingSeconds} s for the index (more than ${limit} s): is a worker running?`,
			)
	}
	if (reconciliation?.lastFinishedAt) {
		const ok = reconciliation.lastError === null
		health.lastReconciliation = {
			at: reconciliation.lastFinishedAt.toISOString(),
			ok,
			...(ok ? {} : { error: reconciliation.lastError! }),
			running: reconciliation.runningSince !== null,
		}
		if (!ok) problems.push(`the last reconciliation failed: ${reconciliation.lastError}`)
	}
	if (!problems.length || health.status === 'down') return health
	return {
		...health,
		status: 'degraded',
		detail: [...(health.detail ? [health.detail] : []), ...problems].join('; '),
	}
}
