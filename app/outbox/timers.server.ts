// Timers that must run once across any number of processes (every web
// process with the inline worker, every `npm run worker`): index
// reconciliation, route reminders and expiry, rate-limit pruning, outbox
// purging. Each timer has a row in "BackgroundTask"; a run starts only by
// taking that row's lease in one UPDATE, which succeeds for one process when
// the task is due and nobody holds a live lease. The lease is renewed while
// the run lasts and runs out when its process dies, so another takes over.
// The row also keeps how the last run ended, which /healthz reports
// (docs/decisions/023-timers-and-leases.md).
//
// Times come from the database's clock, never the process's: processes on
// several machines compare the same clock.
import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import type { PrismaClient } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'

type Db = Pick<PrismaClient, '$queryRaw' | '$executeRaw'>

export const TASKS = {
	reconcileSearch: 'search:reconcile',
	dueRoutes: 'requests:due-routes',
	pruneRateLimits: 'rate-limits:prune',
	purgeOutbox: 'outbox:purge',
	expireEnquiries: 'enquiries:expire',
	alertDigests: 'alerts:digests',
	// Stale-listing nudges and expiring verification evidence, daily (docs/decisions/044).
	staleNudges: 'listings:stale-nudges',
	evidenceReminders: 'verifications:expiry-reminders',
	// Old import uploads and their files (docs/decisions/040).
	pruneImportUploads: 'imports:prune-uploads',
} as const

export interface TaskState {
	name: string
	/** Set while a run holds a live lease. */
	runningSince: Date | null
	lastStartedAt: Date | null
	lastFinishedAt: Date | null
	lastSucceededAt: Date | null
	/** The last finished run's error; null when it succeeded. */
	lastError: string | null
	lastSummary: string | null
}

export type RunOutcome<T> =
	{ ran: true; value: T } | { ran: false; reason: 'running-elsewhere' | 'ran-recently' | 'waited-for-other' }

export interface RunOptions {
	/** Not run when a run succeeded less than this long ago (in any process); after a failure it is due at once. */
	minGapMs: number
	/** How long a run is exclusive without renewal; renewed every third of it while it lasts. */
	leaseMs?: number
	/** When another process holds the run: wait until it ends (and do not run again), rather than return at once. */
	waitIfRunning?: boolean
	/** A one-line account of the run's result, kept with the task. */
	summarize?: (value: unknown) => string | undefined
	db?: Db
}

const DEFAULT_LEASE_MS = 60_000
const WAIT_POLL_MS = 250
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function errorText(error: unknown) {
	return (error instanceof Error ? error.message : String(error)).slice(0, 2000)
}

async function claim(db: Db, name: string, holder: string, options: RunOptions): Promise<boolean> {
	const leaseSeconds = (options.leaseMs ?? DEFAULT_LEASE_MS) / 1000
	await db.$executeRaw`INSERT INTO "BackgroundTask" ("name") VALUES (${name}) ON CONFLICT ("name") DO NOTHING`
	// Concurrent claims queue on the row lock; the later ones re-check the
	// condition against the winner's committed lease and match nothing.
	const claimed = await db.$executeRaw`
		UPDATE "BackgroundTask" SET "leasedBy" = ${holder},
			"leaseUntil" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${leaseSeconds}),
			"lastStartedAt" = (now() AT TIME ZONE 'UTC')
		WHERE "name" = ${name}
			AND ("leaseUntil" IS NULL OR "leaseUntil" < (now() AT TIME ZONE 'UTC'))
			AND ("lastSucceededAt" IS NULL
				OR "lastSucceededAt" <= (now() AT TIME ZONE 'UTC') - make_interval(secs => ${options.minGapMs / 1000}))`
	return claimed === 1
}

async function leaseIsLive(db: Db, name: string) {
	const [row] = await db.$queryRaw<Array<{ live: boolean }>>`
		SELECT coalesce("leaseUntil" >= (now() AT TIME ZONE 'UTC'), false) AS live FROM "BackgroundTask" WHERE "name" = ${name}`
	return row?.live ?? false
}

/**
 * Runs `work` if this process wins the task's lease and the task is due;
 * otherwise says why not. A failed run is recorded (and rethrown).
 */
export async function runOnce<T>(name: string, options: RunOptions, work: () => Promise<T>): Promise<RunOutcome<T>> {
	const db = options.db ?? prisma()
	const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
	if (!(await claim(db, name, holder, options))) {
		if (!(await leaseIsLive(db, name))) return { ran: false, reason: 'ran-recently' }
		if (!options.waitIfRunning) return { ran: false, reason: 'running-elsewhere' }
		while (await leaseIsLive(db, name)) await sleep(WAIT_POLL_MS)
		return { ran: false, reason: 'waited-for-other' }
	}

	const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS
	const renewal = setInterval(() => {
		void db.$executeRaw`
			UPDATE "BackgroundTask" SET "leaseUntil" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${leaseMs / 1000})
			WHERE "name" = ${name} AND "leasedBy" = ${holder}`.catch(() => {})
	}, leaseMs / 3)
	renewal.unref()
	const finish = async (error: string | null, summary: string | undefined) => {
		clearInterval(renewal)
		await db.$executeRaw`
			UPDATE "BackgroundTask" SET "leasedBy" = NULL, "leaseUntil" = NULL,
				"lastFinishedAt" = (now() AT TIME ZONE 'UTC'),
				"lastSucceededAt" = CASE WHEN ${error}::text IS NULL THEN (now() AT TIME ZONE 'UTC') ELSE "lastSucceededAt" END,
				"lastError" = ${error}, "lastSummary" = ${summary ?? null}
			WHERE "name" = ${name} AND "leasedBy" = ${holder}`.catch(() => {})
	}
	try {
		const value = await work()
		await finish(null, options.summarize?.(value))
		return { ran: true, value }
	} catch (error) {
		await finish(errorText(error), undefined)
		throw error
	}
}

export async function taskState(name: string, options: { db?: Db } = {}): Promise<TaskState | undefined> {
	const [row] = await (options.db ?? prisma()).$queryRaw<TaskState[]>`
		SELECT "name",
			CASE WHEN "leaseUntil" >= (now() AT TIME ZONE 'UTC') THEN "lastStartedAt" END AS "runningSince",
			"lastStartedAt", "lastFinishedAt", "lastSucceededAt", "lastError", "lastSummary"
		FROM "BackgroundTask" WHERE "name" = ${name}`
	return row
}

export interface Timer {
	stop(): Promise<void>
}

/**
 * Every `everyMs` this process offers to run the task; it runs when no other
 * process ran it in the last 90% of the interval, so N processes ticking
 * out of step still run it about once per interval. `atStartGapMs`: the gap
 * that counts at start-up (a freshly started process usually checks at once,
 * unless another process just did). Errors are logged and recorded, and the
 * run is tried again after `retryMs` (at most the interval).
 */
export function startTimer<T>(
	name: string,
	options: {
		everyMs: number
		atStart?: boolean
		atStartGapMs?: number
		retryMs?: number
		leaseMs?: number
		log: (line: string) => void
		summarize?: (value: T) => string | undefined
	},
	work: () => Promise<T>,
): Timer & { tick(): Promise<RunOutcome<T> | undefined>; retrySoon(): void } {
	let running: Promise<unknown> = Promise.resolve()
	let retry: NodeJS.Timeout | undefined
	let stopped = false
	const retrySoon = () => {
		if (stopped) return
		clearTimeout(retry)
		retry = setTimeout(() => void tick(0), Math.min(options.retryMs ?? 60_000, options.everyMs))
		retry.unref()
	}
	const tick = (minGapMs: number): Promise<RunOutcome<T> | undefined> => {
		const run = runOnce(
			name,
			{ minGapMs, leaseMs: options.leaseMs, summarize: options.summarize as (value: unknown) => string | undefined },
			work,
		).catch((error: unknown) => {
			options.log(`${name}: failed: ${errorText(error)}`)
			retrySoon()
			return undefined
		})
		running = run
		return run
	}
	if (options.atStart ?? true) void tick(options.atStartGapMs ?? options.everyMs * 0.9)
	const interval = setInterval(() => void tick(options.everyMs * 0.9), options.everyMs)
	interval.unref()
	return {
		tick: () => tick(options.everyMs * 0.9),
		/** After a failure elsewhere (a start-up run), try again soon rather than an interval later. */
		retrySoon,
		stop: async () => {
			stopped = true
			clearInterval(interval)
			clearTimeout(retry)
			await running
		},
	}
}
