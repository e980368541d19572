// Background work that runs inside the web process by default (HUB_INLINE_WORKER)
// or alone in `npm run worker`: the search engine set-up, the start-up check
// that index and database agree, and the outbox worker.
import type { OutboxHandler, OutboxWorker } from '../app/outbox/worker.server.ts'
import { startOutboxWorker } from '../app/outbox/worker.server.ts'
import type { SearchEngine } from '../search/engine.ts'
import { getSearchEngine } from '../search/index.server.ts'
import { reconcileIndex } from '../search/reindex.server.ts'
import { searchOutboxHandlers } from '../search/sync.server.ts'
import { mailOutboxHandlers } from '../app/mail/outbox-handler.server.ts'
import { publicBaseUrl } from '../app/utils/public-url.server.ts'
import { processDueRoutes } from '../app/domain/requests/process-due-routes.server.ts'
import { pruneRateLimits } from '../app/domain/auth/rate-limit.server.ts'
import { logger } from '../app/utils/logger.server.ts'

export interface BackgroundWork {
	stop(): Promise<void>
	worker: OutboxWorker
	engine: SearchEngine
}

/** Every topic the worker delivers, and who handles it. Add new topics here. */
export function outboxHandlers(engine: SearchEngine): Record<string, OutboxHandler> {
	return {
		...searchOutboxHandlers(engine),
		...mailOutboxHandlers(),
	}
}

export interface BackgroundOptions {
	log?: (line: string) => void
	/** Re-check index against database this often, for what no event announces (expiring verifications). */
	reconcileEveryMs?: number
	/** Look for routes due a reminder or past their expiry this often. */
	dueRoutesEveryMs?: number
	/** Drop rate-limit windows nobody counts in any more this often, so the table stays small. */
	pruneRateLimitsEveryMs?: number
	engine?: SearchEngine
}

export async function startBackgroundWork(options: BackgroundOptions = {}): Promise<BackgroundWork> {
	const log = options.log ?? ((line: string) => logger().info(line))
	const engine = options.engine ?? getSearchEngine()

	const { changed } = await engine.configure()
	if (changed.length) log(`search (${engine.name}): ${changed.join('; ')}`)

	const reconcile = async () => {
		try {
			const result = await reconcileIndex(engine, { log })
			log(
				`search: ${result.databaseCount} visible listings, ${result.indexCount} indexed` +
					(result.rebuilt ? ', index rebuilt' : '') +
					(result.queuedUpserts || result.queuedDeletes
						? `, ${result.queuedUpserts + result.queuedDeletes} repairs queued`
						: ''),
			)
		} catch (error) {
			// Search still answers from what is indexed; the next start or interval tries again.
			log(`search: start-up reconciliation failed: ${error instanceof Error ? error.message : String(error)}`)
		}
	}
	await reconcile()

	const worker = startOutboxWorker({ handlers: outboxHandlers(engine), log })
	const interval = setInterval(() => void reconcile(), options.reconcileEveryMs ?? 6 * 3600_000)
	interval.unref()

	const remindAndExpire = async () => {
		try {
			const { reminded, expired } = await processDueRoutes({ baseUrl: publicBaseUrl() })
			if (reminded || expired) log(`requests: ${reminded} reminder(s) sent, ${expired} route(s) expired`)
		} catch (error) {
			// The next run tries again; nothing was half-done (one transaction per route).
			log(`requests: reminders failed: ${error instanceof Error ? error.message : String(error)}`)
		}
	}
	void remindAndExpire()
	const dueRoutes = setInterval(() => void remindAndExpire(), options.dueRoutesEveryMs ?? 5 * 60_000)
	dueRoutes.unref()

	const prune = async () => {
		try {
			await pruneRateLimits()
		} catch (error) {
			// Old windows only take space; the next run removes them.
			log(`rate limits: pruning failed: ${error instanceof Error ? error.message : String(error)}`)
		}
	}
	void prune()
	const pruning = setInterval(() => void prune(), options.pruneRateLimitsEveryMs ?? 3600_000)
	pruning.unref()

	return {
		worker,
		engine,
		stop: async () => {
			clearInterval(interval)
			clearInterval(dueRoutes)
			clearInterval(pruning)
			await worker.stop()
			await engine.close?.()
		},
	}
}
