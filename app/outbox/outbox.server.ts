// The transactional outbox (docs/decisions/005): a change and the news of it
// commit together or not at all. Workers claim rows with a short lease, do the
// work idempotently, and mark rows done only afterwards; a worker that dies
// loses nothing, because its lease runs out and another run takes the rows.
//
// Timestamps are compared in UTC because Prisma stores DateTime as UTC in
// "timestamp without time zone" columns, whatever the server's time zone.
import type { PrismaClient } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'

/** NOTIFY channel that wakes workers as soon as a transaction with outbox rows commits. */
export const OUTBOX_CHANNEL = 'hub_outbox'

/** Anything that can run raw SQL: the Prisma client or the `tx` of an interactive transaction. */
export type OutboxWriter = Pick<PrismaClient, '$executeRaw'>
type Db = Pick<PrismaClient, '$queryRaw' | '$executeRaw' | '$transaction'>

export interface OutboxMessage {
	topic: string
	aggregateId: string
	payload?: Record<string, unknown>
	/** Not due before this time (news of something that happens later, such as an expiry); due at once when absent. */
	availableAt?: Date
}

export interface OutboxEventRow {
	id: bigint
	topic: string
	aggregateId: string
	payload: Record<string, unknown>
	attempts: number
	createdAt: Date
}

/**
 * Records a message in the caller's transaction. The NOTIFY is delivered at
 * commit (and dropped on rollback), so workers wake exactly when the change
 * becomes visible to them.
 */
export async function enqueue(tx: OutboxWriter, message: OutboxMessage): Promise<void> {
	await enqueueMany(tx, [message])
}

export async function enqueueMany(tx: OutboxWriter, messages: readonly OutboxMessage[]): Promise<void> {
	if (!messages.length) return
	const topics = messages.map((m) => m.topic)
	const aggregateIds = messages.map((m) => m.aggregateId)
	const payloads = messages.map((m) => JSON.stringify(m.payload ?? {}))
	const availableAts = messages.map((m) => m.availableAt?.toISOString() ?? null)
	await tx.$executeRaw`
		WITH inserted AS (
			INSERT INTO "OutboxEvent" ("topic", "aggregateId", "payload", "availableAt", "createdAt")
			SELECT t, a, p::jsonb, coalesce(v::timestamptz, now()) AT TIME ZONE 'UTC', (now() AT TIME ZONE 'UTC')
			FROM unnest(${topics}::text[], ${aggregateIds}::text[], ${payloads}::text[], ${availableAts}::text[]) AS m(t, a, p, v)
			RETURNING "topic"
		)
		SELECT pg_notify(${OUTBOX_CHANNEL}, topic) FROM (SELECT DISTINCT "topic" FROM inserted) AS topics`
}

// Claims take a few milliseconds; serialising them lets one claim see every
// lease the previous one took, which keeps each aggregate with one worker at
// a time (so an older re-read can never overwrite a newer one).
const CLAIM_LOCK = 72707370

export interface ClaimOptions {
	workerId: string
	leaseMs: number
	limit: number
	/** Only these topics (the ones the worker has handlers for). */
	topics: readonly string[]
	db?: Db
}

/**
 * Leases up to `limit` due rows, oldest first. Rows locked by a concurrent
 * claim are skipped (FOR UPDATE SKIP LOCKED), rows under a live lease are not
 * due, and neither is any row whose aggregate has a live lease elsewhere.
 */
export async function claimBatch(options: ClaimOptions): Promise<OutboxEventRow[]> {
	const db = options.db ?? prisma()
	if (!options.topics.length || options.limit < 1) return []
	const [, rows] = await db.$transaction([
		db.$executeRaw`SELECT pg_advisory_xact_lock(${CLAIM_LOCK})`,
		db.$queryRaw<OutboxEventRow[]>`
			WITH now AS (SELECT (now() AT TIME ZONE 'UTC') AS t),
			busy AS (
				SELECT DISTINCT "topic", "aggregateId" FROM "OutboxEvent"
				WHERE "processedAt" IS NULL AND "leaseUntil" >= (SELECT t FROM now)
			),
			due AS (
				SELECT o."id" FROM "OutboxEvent" o
				WHERE o."processedAt" IS NULL
					AND o."availableAt" <= (SELECT t FROM now)
					AND (o."leaseUntil" IS NULL OR o."leaseUntil" < (SELECT t FROM now))
					AND o."topic" = ANY(${[...options.topics]}::text[])
					AND NOT EXISTS (SELECT 1 FROM busy b WHERE b."topic" = o."topic" AND b."aggregateId" = o."aggregateId")
				ORDER BY o."id"
				LIMIT ${options.limit}
				FOR UPDATE OF o SKIP LOCKED
			)
			UPDATE "OutboxEvent" e SET
				"leaseUntil" = (SELECT t FROM now) + make_interval(secs => ${options.leaseMs / 1000}),
				"leasedBy" = ${options.workerId},
				"attempts" = e."attempts" + 1
			FROM due WHERE e."id" = due."id"
			RETURNING e."id", e."topic", e."aggregateId", e."payload", e."attempts", e."createdAt"`,
	])
	return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Keeps a batch that takes long (a slow engine) from being taken over mid-work. */
export async function extendLease(
	ids: readonly bigint[],
	options: { workerId: string; leaseMs: number; db?: Db },
): Promise<number> {
	if (!ids.length) return 0
	return (options.db ?? prisma()).$executeRaw`
		UPDATE "OutboxEvent" SET "leaseUntil" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${options.leaseMs / 1000})
		WHERE "id" = ANY(${ids.map(String)}::bigint[]) AND "leasedBy" = ${options.workerId} AND "processedAt" IS NULL`
}

/** Marks rows done. Call only after the work is confirmed (e.g. the search engine applied it). */
export async function complete(ids: readonly bigint[], options: { db?: Db } = {}): Promise<number> {
	if (!ids.length) return 0
	return (options.db ?? prisma()).$executeRaw`
		UPDATE "OutboxEvent" SET "processedAt" = (now() AT TIME ZONE 'UTC'), "leaseUntil" = NULL, "lastError" = NULL
		WHERE "id" = ANY(${ids.map(String)}::bigint[]) AND "processedAt" IS NULL`
}

/** Exponential backoff with jitter: 1 s, 2 s, 4 s … at most 5 minutes. */
export function backoffMs(attempts: number, random = Math.random): number {
	const base = Math.min(1000 * 2 ** Math.max(0, attempts - 1), 5 * 60_000)
	return Math.round(base * (0.75 + random() * 0.5))
}

/**
 * Gives a row back with its error, due again after a backoff. Rows are never
 * dropped: handlers re-read their entity, so a late retry is still correct.
 * Only the worker holding the lease may fail a row.
 */
export async function fail(
	id: bigint,
	error: unknown,
	options: { workerId: string; attempts?: number; db?: Db },
): Promise<number> {
	const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2000)
	const delay = backoffMs(options.attempts ?? 1)
	return (options.db ?? prisma()).$executeRaw`
		UPDATE "OutboxEvent" SET "lastError" = ${message}, "leaseUntil" = NULL, "leasedBy" = NULL,
			"availableAt" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${delay / 1000})
		WHERE "id" = ${String(id)}::bigint AND "processedAt" IS NULL AND "leasedBy" = ${options.workerId}`
}

/** Deletes rows processed more than `olderThanMs` ago (housekeeping; processed rows are history only). */
export async function purgeProcessed(olderThanMs: number, options: { db?: Db } = {}): Promise<number> {
	return (options.db ?? prisma()).$executeRaw`
		DELETE FROM "OutboxEvent"
		WHERE "processedAt" IS NOT NULL AND "processedAt" < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${olderThanMs / 1000})`
}

export interface OutboxBacklog {
	pending: number
	failing: number
	oldestPendingAt: Date | null
	/**
	 * How long the longest-waiting row has been due, by the database's clock:
	 * since it became due when it has not failed (a row whose worker died
	 * counts from then), since it was written when it has.
	 */
	oldestPendingSeconds: number
}

/**
 * Unprocessed rows of these topics: what /healthz and operators look at.
 * Rows scheduled for later and never tried yet are not a backlog.
 */
export async function backlog(topics: readonly string[], options: { db?: Db } = {}): Promise<OutboxBacklog> {
	const [row] = await (options.db ?? prisma()).$queryRaw<OutboxBacklog[]>`
		SELECT count(*)::int AS pending, count(*) FILTER (WHERE "lastError" IS NOT NULL)::int AS failing,
			min("createdAt") AS "oldestPendingAt",
			coalesce(floor(extract(epoch FROM (now() AT TIME ZONE 'UTC')
				- min(CASE WHEN "lastError" IS NULL THEN "availableAt" ELSE "createdAt" END))), 0)::int AS "oldestPendingSeconds"
		FROM "OutboxEvent" WHERE "processedAt" IS NULL AND "topic" = ANY(${[...topics]}::text[])
			AND NOT ("attempts" = 0 AND "availableAt" > (now() AT TIME ZONE 'UTC'))`
	return row ?? { pending: 0, failing: 0, oldestPendingAt: null, oldestPendingSeconds: 0 }
}
