// Background work that runs inside the web process by default (HUB_INLINE_WORKER)
// or alone in `npm run worker`: the search engine set-up, the start-up check
// that index and database agree, and the outbox worker.
import type { OutboxHandler, OutboxWorker } from '../app/outbox/worker.server.ts'
import { startOutboxWorker } from '../app/outbox/worker.server.ts'
import { purgeProcessed } from '../app/outbox/outbox.server.ts'
import type { SearchEngine } from '../search/engine.ts'
import { getSearchEngine } from '../search/index.server.ts'
import { reconcileIndex, type ReconcileResult } from '../search/reindex.server.ts'
import { runOnce, startTimer, TASKS } from '../app/outbox/timers.server.ts'
import { searchOutboxHandlers } from '../search/sync.server.ts'
import { mailOutboxHandlers } from '../app/mail/outbox-handler.server.ts'
import { imageOutboxHandlers } from '../app/domain/images/release-images.server.ts'
import { followersOutboxHandlers } from '../app/domain/news/followers-mail.server.ts'
import { publicBaseUrl } from '../app/utils/public-url.server.ts'
import { processDueRoutes } from '../app/domain/requests/process-due-routes.server.ts'
import { pruneRateLimits } from '../app/domain/auth/rate-limit.server.ts'
import { expireUnconfirmedEnquiries } from '../app/domain/establishment/enquiries/expire-enquiries.server.ts'
import { logger } from '../app/utils/logger.server.ts'
import { runAlerts } from '../app/domain/saved-searches/run-alerts.server.ts'
import { env } from '../app/utils/env.server.ts'
import { sendStaleNudges } from '../app/domain/stale/send-stale-nudges.server.ts'
import { remindExpiringEvidence } from '../app/domain/curation/remind-expiring-evidence.server.ts'
import { pruneImportUploads } from '../app/domain/transfer/prune-import-uploads.server.ts'

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
		...imageOutboxHandlers(),
		...followersOutboxHandlers(),
	}
}

export interface BackgroundOptions {
	log?: (line: string) => void
	/** Re-check index against database this often, for what no event announces (expiring verifications). */
	reconcileEveryMs?: number
	/** Look for routes due a reminder or past their expiry this often. */
	dueRoutesEveryMs?: number
	/** Look for new matches of saved searches this often: what "immediately" means to their owners. */
	alertsEveryMs?: number
	/** Drop rate-limit windows nobody counts in any more this often, so the table stays small. */
	pruneRateLimitsEveryMs?: number
	engine?: SearchEngine
}

export async function startBackgroundWork(options: BackgroundOptions = {}): Promise<BackgroundWork> {
	const log = options.log ?? ((line: string) => logger().info(line))
	const engine = options.engine ?? getSearchEngine()

	const { changed } = await engine.configure()
	if (changed.length) log(`search (${engine.name}): ${changed.join('; ')}`)

	// Each timer runs once across every process that starts background work
	// (app/outbox/timers.server.ts): N web processes and M workers reconcile,
	// remind and prune as often as one would.
	const summarizeReconcile = (result: ReconcileResult) =>
		`${result.databaseCount} visible listings, ${result.indexCount} indexed` +
		(result.rebuilt ? ', index rebuilt' : '') +
		(result.queuedUpserts || result.queuedDeletes
			? `, ${result.queuedUpserts + result.queuedDeletes} repairs queued`
			: '')
	const reconcile = () => reconcileIndex(engine, { log })
	const reconcileTimer = startTimer(
		TASKS.reconcileSearch,
		{ everyMs: options.reconcileEveryMs ?? 6 * 3600_000, atStart: false, log, summarize: summarizeReconcile },
		reconcile,
	)
	// At start-up the index must agree with the database before pages are
	// served; when another process is checking it right now, its result is awaited.
	try {
		const outcome = await runOnce(
			TASKS.reconcileSearch,
			{ minGapMs: 60_000, waitIfRunning: true, summarize: (value) => summarizeReconcile(value as ReconcileResult) },
			reconcile,
		)
		log(
			outcome.ran
				? `search: ${summarizeReconcile(outcome.value)}`
				: 'search: another process has just checked the index against the database',
		)
	} catch (error) {
		// Search still answers from what is indexed; /healthz shows degraded until a later run succeeds.
		log(`search: start-up reconciliation failed: ${error instanceof Error ? error.message : String(error)}`)
		reconcileTimer.retrySoon()
	}

	// Purging runs as a timer below, once for all workers.
	const worker = startOutboxWorker({ handlers: outboxHandlers(engine), log, retainProcessedMs: 0 })
	const timers = [
		reconcileTimer,
		// Nothing is half-done when a run fails: one transaction per route.
		startTimer(
			TASKS.dueRoutes,
			{
				everyMs: options.dueRoutesEveryMs ?? 5 * 60_000,
				log,
				summarize: ({ reminded, expired }) => `${reminded} reminder(s) sent, ${expired} route(s) expired`,
			},
			async () => {
				const result = await processDueRoutes({ baseUrl: publicBaseUrl() })
				if (result.reminded || result.expired)
					log(`requests: ${result.reminded} reminder(s) sent, ${result.expired} route(s) expired`)
				return result
			},
		),
		// Establishment enquiries nobody confirmed lapse after a week (one transaction each).
		startTimer(
			TASKS.expireEnquiries,
			{ everyMs: 3600_000, log, summarize: ({ expired }) => `${expired} unconfirmed enquiry(ies) expired` },
			() => expireUnconfirmedEnquiries(),
		),
		// Saved-search alert digests: one transaction per member, so a failed run sends nothing twice.
		startTimer(
			TASKS.alertDigests,
			{
				everyMs: options.alertsEveryMs ?? env().HUB_ALERTS_EVERY_SECONDS * 1000,
				log,
				summarize: ({ looked, members, mailed }) =>
					`${members} digest(s) due, ${looked} saved search(es) looked at, ${mailed} digest(s) queued`,
			},
			() => runAlerts({ baseUrl: publicBaseUrl() }),
		),
		// Daily, once across processes: "still accurate?" to the people of stale listings, and
		// reminders of verification evidence that expires within 30 days (docs/decisions/044).
		startTimer(
			TASKS.staleNudges,
			{
				everyMs: 24 * 3600_000,
				log,
				summarize: ({ nudged, nobodyToAsk, capacityNudged, capacityNobodyToAsk }) =>
					`${nudged} stale listing(s) nudged, ${nobodyToAsk} with nobody to ask; ${capacityNudged} facility(ies) asked about stale capacity windows, ${capacityNobodyToAsk} with nobody to ask`,
			},
			() => sendStaleNudges({ baseUrl: publicBaseUrl() }),
		),
		startTimer(
			TASKS.evidenceReminders,
			{ everyMs: 24 * 3600_000, log, summarize: ({ reminded }) => `${reminded} expiring verification(s) reminded` },
			() => remindExpiringEvidence({ baseUrl: publicBaseUrl() }),
		),
		// Old windows only take space.
		startTimer(
			TASKS.pruneRateLimits,
			{ everyMs: options.pruneRateLimitsEveryMs ?? 3600_000, log },
			async () => void (await pruneRateLimits()),
		),
		// Import uploads past their retention, with their files (docs/decisions/040).
		startTimer(
			TASKS.pruneImportUploads,
			{ everyMs: 6 * 3600_000, log, summarize: (deleted) => `${deleted} old import upload(s) deleted` },
			() => pruneImportUploads(),
		),
		// Processed rows are history only; a week of it helps explain what happened.
		startTimer(
			TASKS.purgeOutbox,
			{ everyMs: 10 * 60_000, log, summarize: (purged) => `${purged} processed row(s) purged` },
			() => purgeProcessed(7 * 24 * 3600_000),
		),
	]

	return {
		worker,
		engine,
		stop: async () => {
			await Promise.all(timers.map((timer) => timer.stop()))
			await worker.stop()
			await engine.close?.()
		},
	}
}
