// Rebuilding and reconciling. `reindex` builds a complete fresh index next to
// the serving one and swaps it in, so search never goes empty. `reconcile`
// (at start-up) compares the index with the database and repairs what
// differs: documents are compared by content hash, so it also catches what no
// event announced (an expired verification, a changed taxonomy label, rows
// written while no worker ran).
//
// Reconcile repairs through the outbox rather than writing documents itself:
// the worker serialises work per listing and re-reads at processing time, so a
// repair can never overwrite a newer document with an older one.
import { enqueueMany } from '~/outbox/outbox.server.ts'
import { TOPICS } from '~/outbox/topics.ts'
import { prisma } from '~/utils/db.server.ts'
import { allDocuments } from './documents.server.ts'
import type { SearchEngine } from './engine.ts'

/** Engines that keep several indexes in step (Meilisearch plus its PostgreSQL fallback) expose them. */
export function partsOf(engine: SearchEngine): SearchEngine[] {
	const composite = engine as SearchEngine & { parts?: () => SearchEngine[] }
	return composite.parts?.() ?? [engine]
}

export interface ReindexResult {
	documents: number
	ms: number
	reconcile: ReconcileResult
}

export async function reindex(
	engine: SearchEngine,
	options: { log?: (line: string) => void } = {},
): Promise<ReindexResult> {
	const started = performance.now()
	let documents = 0
	for (const part of partsOf(engine)) {
		await part.configure()
		const result = await part.rebuild(allDocuments())
		options.log?.(
			result.skipped
				? `${part.name}: another process was rebuilding the index; kept its fresh index of ${result.documents} documents`
				: `${part.name}: built and swapped in a fresh index of ${result.documents} documents`,
		)
		documents = result.documents
	}
	// Changes committed while the fresh index was being built.
	const reconcile = await reconcileIndex(engine, { ...options, rebuildThreshold: Number.POSITIVE_INFINITY })
	return { documents, ms: Math.round(performance.now() - started), reconcile }
}

export interface ReconcileResult {
	databaseCount: number
	indexCount: number
	/** Listings queued for re-indexing (missing or stale in some index). */
	queuedUpserts: number
	/** Index entries with no visible listing behind them, queued for removal. */
	queuedDeletes: number
	rebuilt: boolean
}

/**
 * Compares ids and content stamps of every index with the database and queues
 * `listing.changed` for each difference. When the index is empty (first
 * start) or much of it is stale (a new document format), it rebuilds instead:
 * faster than thousands of single updates, and done before start-up goes on.
 */
export async function reconcileIndex(
	engine: SearchEngine,
	options: { log?: (line: string) => void; rebuildThreshold?: number } = {},
): Promise<ReconcileResult> {
	// An index that cannot answer now (Meilisearch down) is skipped: the outbox
	// and the next reconciliation catch it up, and the others are still checked.
	const parts: SearchEngine[] = []
	const indexed: Array<Map<string, string>> = []
	for (const part of partsOf(engine)) {
		try {
			indexed.push(await part.stamps())
			parts.push(part)
		} catch (error) {
			options.log?.(
				`search: cannot read the ${part.name} index (${error instanceof Error ? error.message : String(error)}); not reconciled now`,
			)
		}
	}
	if (!parts.length) throw new Error('search: no index could be read')

	const differing = new Set<string>()
	const seen = new Set<string>()
	let databaseCount = 0
	for await (const batch of allDocuments()) {
		for (const document of batch) {
			seen.add(document.id)
			databaseCount++
			if (indexed.some((stamps) => stamps.get(document.id) !== document.stamp)) differing.add(document.id)
		}
	}
	const extra = new Set<string>()
	for (const stamps of indexed) for (const id of stamps.keys()) if (!seen.has(id)) extra.add(id)
	const indexCount = Math.min(...indexed.map((stamps) => stamps.size))

	// An empty index (first start) is filled at once, so search answers as soon as the server does.
	const threshold = options.rebuildThreshold ?? (indexCount === 0 ? 0 : Math.max(1000, databaseCount * 0.2))
	if (differing.size + extra.size > threshold) {
		options.log?.(`search: ${differing.size + extra.size} of ${databaseCount} documents differ; rebuilding instead`)
		for (const part of parts) await part.rebuild(allDocuments())
		const again = await reconcileIndex(engine, { ...options, rebuildThreshold: Number.POSITIVE_INFINITY })
		return { ...again, rebuilt: true }
	}

	const ids = [...differing, ...extra]
	for (let start = 0; start < ids.length; start += 1000) {
		const chunk = ids.slice(start, start + 1000)
		await enqueueMany(
			prisma(),
			chunk.map((aggregateId) => ({ topic: TOPICS.listingChanged, aggregateId, payload: { reason: 'reconcile' } })),
		)
	}
	if (ids.length) {
		options.log?.(`search: queued ${differing.size} stale or missing and ${extra.size} orphaned documents for repair`)
	}
	return { databaseCount, indexCount, queuedUpserts: differing.size, queuedDeletes: extra.size, rebuilt: false }
}
