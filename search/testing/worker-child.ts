// A search outbox worker in its own process for the kill test
// (search/sync.test.ts): it applies one document at a time with a pause, so
// the test can SIGKILL it in the middle of a batch.
import { startOutboxWorker } from '~/outbox/worker.server.ts'
import type { SearchDocument, SearchEngine } from '../engine.ts'
import { PostgresSearchEngine } from '../postgres/engine.server.ts'
import { searchOutboxHandlers } from '../sync.server.ts'

const delayMs = Number(process.env.CHILD_DELAY_MS ?? 100)
const leaseMs = Number(process.env.CHILD_LEASE_MS ?? 1500)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const engine = new PostgresSearchEngine()
const slow: SearchEngine = {
	name: 'slow-postgres',
	configure: () => engine.configure(),
	upsert: async (documents: SearchDocument[]) => {
		for (const document of documents) {
			await engine.upsert([document])
			await sleep(delayMs)
		}
	},
	delete: (ids) => engine.delete(ids),
	search: (query) => engine.search(query),
	health: () => engine.health(),
	stats: () => engine.stats(),
	stamps: () => engine.stamps(),
	idsByOrganization: (id) => engine.idsByOrganization(id),
	rebuild: (batches) => engine.rebuild(batches),
}

startOutboxWorker({
	handlers: searchOutboxHandlers(slow, { chunkSize: 1 }),
	workerId: 'doomed-child',
	leaseMs,
	batchSize: 100,
	listen: false,
	pollMs: 50,
})
console.log('worker ready')
