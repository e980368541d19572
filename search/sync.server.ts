// Outbox → search engine. Events carry ids only; the handler re-reads each
// listing and makes the index say what the database says now: upsert when
// visible, delete otherwise. Running it twice, or for an old event, is
// harmless, which is what lets the outbox redeliver after a crash.
import type { OutboxEventRow } from '~/outbox/outbox.server.ts'
import { TOPICS } from '~/outbox/topics.ts'
import type { HandlerOutcome, OutboxHandler } from '~/outbox/worker.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { buildDocuments } from './documents.server.ts'
import type { SearchDocument, SearchEngine } from './engine.ts'

export const SEARCH_TOPICS = [TOPICS.listingChanged, TOPICS.organizationChanged] as const

export interface SyncOptions {
	/** Documents per engine call. */
	chunkSize?: number
}

/**
 * The listings whose documents these events affect: the listings themselves,
 * plus, for organisations, every listing that embeds them, whether the
 * database still links it (rename) or only the index does (deleted organisation).
 */
async function affectedIds(engine: SearchEngine, events: OutboxEventRow[]): Promise<string[]> {
	const ids = new Set(events.map((event) => event.aggregateId))
	const explicitOrganizations = new Set(
		events.filter((e) => e.topic === TOPICS.organizationChanged).map((e) => e.aggregateId),
	)
	const rows = await prisma().listing.findMany({ where: { id: { in: [...ids] } }, select: { id: true, type: true } })
	const found = new Map(rows.map((row) => [row.id, row.type]))
	const organizations = [...ids].filter(
		(id) => explicitOrganizations.has(id) || found.get(id) === 'organization' || !found.has(id),
	)
	if (organizations.length) {
		const children = await prisma().listing.findMany({
			where: { organizationId: { in: organizations } },
			select: { id: true },
		})
		for (const child of children) ids.add(child.id)
		for (const organizationId of organizations)
			for (const id of await engine.idsByOrganization(organizationId)) ids.add(id)
	}
	return [...ids]
}

/** Brings the index in line with the database for these listing ids. */
export async function syncListings(
	engine: SearchEngine,
	ids: readonly string[],
	options: SyncOptions = {},
): Promise<{ upserted: number; deleted: number }> {
	const chunkSize = options.chunkSize ?? 500
	let upserted = 0
	let deleted = 0
	for (let start = 0; start < ids.length; start += chunkSize) {
		const documents = await buildDocuments(ids.slice(start, start + chunkSize))
		const visible: SearchDocument[] = []
		const hidden: string[] = []
		for (const [id, document] of documents) {
			if (document) visible.push(document)
			else hidden.push(id)
		}
		if (hidden.length) await engine.delete(hidden)
		if (visible.length) await engine.upsert(visible)
		upserted += visible.length
		deleted += hidden.length
	}
	return { upserted, deleted }
}

/** Outbox handlers for the search topics. */
export function searchOutboxHandlers(engine: SearchEngine, options: SyncOptions = {}): Record<string, OutboxHandler> {
	const handle: OutboxHandler = async (events) => {
		try {
			await syncListings(engine, await affectedIds(engine, events), options)
			return
		} catch (batchError) {
			if (events.length === 1) throw batchError
		}
		// One bad listing must not hold back the rest of its batch: retry one by one
		// and report only the events that still fail.
		const outcome: Required<HandlerOutcome> = { failed: [] }
		for (const event of events) {
			try {
				await syncListings(engine, await affectedIds(engine, [event]), options)
			} catch (error) {
				outcome.failed.push({ id: event.id, error })
			}
		}
		return outcome
	}
	return Object.fromEntries(SEARCH_TOPICS.map((topic) => [topic, handle]))
}
