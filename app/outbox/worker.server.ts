// The outbox worker: claims due rows of the topics it has handlers for, runs
// the handlers, and completes the rows only when a handler returned without
// reporting them failed. LISTEN/NOTIFY wakes it the moment a change commits;
// polling covers retries that come due, expired leases and lost notifications.
import { hostname } from 'node:os'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import {
	claimBatch,
	complete,
	extendLease,
	fail,
	OUTBOX_CHANNEL,
	purgeProcessed,
	type OutboxEventRow,
} from './outbox.server.ts'

export interface HandlerOutcome {
	/** Rows that failed (with why); every other row of the batch is completed. */
	failed?: Array<{ id: bigint; error: unknown }>
}

/** Gets every claimed row of its topic at once; must be idempotent (rows can be delivered again). */
export type OutboxHandler = (events: OutboxEventRow[]) => Promise<HandlerOutcome | void>

export interface OutboxWorkerOptions {
	handlers: Record<string, OutboxHandler>
	workerId?: string
	/** How long a claim is exclusive; extended while a batch is still being worked on. */
	leaseMs?: number
	batchSize?: number
	/** Poll interval; with LISTEN it only catches retries and expired leases. */
	pollMs?: number
	/** Wake on NOTIFY (needs its own connection). */
	listen?: boolean
	databaseUrl?: string
	/** Delete processed rows older than this, at most every ten minutes (0 = never). */
	retainProcessedMs?: number
	log?: (line: string) => void
}

export interface OutboxWorker {
	readonly workerId: string
	/** Finishes the batch in hand, then stops. */
	stop(): Promise<void>
	/** Resolves once no due row is left (tests, benchmarks). */
	drain(options?: { timeoutMs?: number }): Promise<void>
	/** Processed batches so far. */
	readonly batches: number
}

function defaultWorkerId() {
	return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`
}

export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
	const workerId = options.workerId ?? defaultWorkerId()
	const leaseMs = options.leaseMs ?? 10_000
	const batchSize = options.batchSize ?? 100
	const listen = options.listen ?? true
	const pollMs = options.pollMs ?? (listen ? 1000 : 200)
	const retainMs = options.retainProcessedMs ?? 7 * 24 * 3600_000
	const topics = Object.keys(options.handlers)
	const log = options.log ?? (() => {})

	let stopping = false
	let batches = 0
	const idleWaiters: Array<() => void> = []
	let wake: (() => void) | undefined
	// A notification that arrives while the worker is claiming (not sleeping)
	// must still count, or the row would wait for the next poll.
	let notified = false
	let listener: pg.Client | undefined
	let lastPurge = 0

	const sleep = (ms: number) =>
		new Promise<void>((resolve) => {
			const timer = setTimeout(done, ms)
			function done() {
				clearTimeout(timer)
				wake = undefined
				resolve()
			}
			wake = done
		})

	async function startListening() {
		const url = options.databaseUrl ?? process.env.DATABASE_URL
		if (!listen || !url) return
		try {
			const client = new pg.Client({ connectionString: url })
			client.on('notification', (message) => {
				if (message.channel === OUTBOX_CHANNEL && (!message.payload || topics.includes(message.payload))) {
					notified = true
					wake?.()
				}
			})
			client.on('error', (error) => {
				// Polling carries on; the connection is not retried (a restart brings it back).
				log(`outbox worker: LISTEN connection lost (${error.message}); polling every ${pollMs} ms`)
				listener = undefined
			})
			await client.connect()
			await client.query(`LISTEN ${OUTBOX_CHANNEL}`)
			listener = client
		} catch (error) {
			log(`outbox worker: LISTEN unavailable (${error instanceof Error ? error.message : String(error)}); polling`)
		}
	}

	async function runBatch(events: OutboxEventRow[]) {
		const heartbeat = setInterval(
			() => {
				void extendLease(
					events.map((e) => e.id),
					{ workerId, leaseMs },
				).catch(() => {})
			},
			Math.max(250, leaseMs / 3),
		)
		try {
			const byTopic = new Map<string, OutboxEventRow[]>()
			for (const event of events) byTopic.set(event.topic, [...(byTopic.get(event.topic) ?? []), event])
			for (const [topic, topicEvents] of byTopic) {
				const handler = options.handlers[topic]!
				let failed: Array<{ id: bigint; error: unknown }> = []
				try {
					failed = (await handler(topicEvents))?.failed ?? []
				} catch (error) {
					failed = topicEvents.map((event) => ({ id: event.id, error }))
				}
				const failedIds = new Set(failed.map((f) => f.id))
				await complete(topicEvents.filter((event) => !failedIds.has(event.id)).map((event) => event.id))
				for (const { id, error } of failed) {
					const attempts = topicEvents.find((event) => event.id === id)?.attempts
					await fail(id, error, { workerId, attempts })
					log(
						`outbox worker: ${topic} ${topicEvents.find((e) => e.id === id)?.aggregateId} failed (attempt ${attempts}): ${error instanceof Error ? error.message : String(error)}`,
					)
				}
			}
		} finally {
			clearInterval(heartbeat)
		}
	}

	async function loop() {
		await startListening()
		while (!stopping) {
			let events: OutboxEventRow[] = []
			notified = false
			try {
				events = await claimBatch({ workerId, leaseMs, limit: batchSize, topics })
				if (events.length) {
					await runBatch(events)
					batches++
					continue
				}
				if (retainMs > 0 && Date.now() - lastPurge > 10 * 60_000) {
					lastPurge = Date.now()
					await purgeProcessed(retainMs)
				}
			} catch (error) {
				// The database may be restarting: back off and try again.
				log(`outbox worker: ${error instanceof Error ? error.message : String(error)}`)
			}
			for (const resolve of idleWaiters.splice(0)) resolve()
			if (!stopping && !notified) await sleep(pollMs)
		}
	}

	const running = loop()

	return {
		workerId,
		get batches() {
			return batches
		},
		async stop() {
			stopping = true
			wake?.()
			await running
			for (const resolve of idleWaiters.splice(0)) resolve()
			await listener?.end().catch(() => {})
			listener = undefined
		},
		async drain({ timeoutMs = 30_000 } = {}) {
			const deadline = Date.now() + timeoutMs
			// Two idle rounds in a row: the first may have begun before the caller's last commit.
			for (let rounds = 0; rounds < 2; rounds++) {
				if (Date.now() > deadline) throw new Error('outbox worker: drain timed out')
				await new Promise<void>((resolve, reject) => {
					const timer = setTimeout(
						() => reject(new Error('outbox worker: drain timed out')),
						Math.max(1, deadline - Date.now()),
					)
					idleWaiters.push(() => {
						clearTimeout(timer)
						resolve()
					})
					wake?.()
				})
			}
		},
	}
}
