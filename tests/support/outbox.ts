import { startOutboxWorker, type OutboxWorkerOptions } from '../../app/outbox/worker.server.ts'

/** Runs an outbox worker with these handlers until nothing is left to do, then stops it. */
export async function drainOutbox(handlers: OutboxWorkerOptions['handlers']) {
	const worker = startOutboxWorker({ handlers, listen: false, pollMs: 50 })
	try {
		await worker.drain({ timeoutMs: 20_000 })
	} finally {
		await worker.stop()
	}
}
