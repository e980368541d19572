import cluster from 'node:cluster'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ServerBuild } from '@remix-run/node'
import type { RequestHandler } from 'express'
import { env, envOrExit } from '../app/utils/env.server.ts'
import { prisma } from '../app/utils/db.server.ts'
import { logger } from '../app/utils/logger.server.ts'
import { openDatabase, type Database } from './db/database.server.ts'
import { startBackgroundWork } from './background.server.ts'
import { stopOnSignals } from './stop-on-signals.server.ts'
import { createPortalApp } from './http/portal-app.server.ts'
import { answerUnparsableRequests } from './http/unparsable-requests.server.ts'
import { keepIdleConnections } from './http/keep-alive.server.ts'

const root = path.resolve(import.meta.dirname, '..')

/**
 * Starts everything `npm start` needs, in order: validated settings, the
 * database (embedded unless DATABASE_URL), migrations, demo data for an empty
 * database, background workers, then the web server. Ctrl-C stops it all.
 *
 * With WEB_CONCURRENCY=N (N > 1, built pages only) the first process does
 * all of that except serving, once, then forks N web processes that share the
 * port (node:cluster) and only serve; it replaces one that dies.
 */
export async function boot(options: { serve: 'build' | 'vite' }) {
	if (cluster.isWorker) return serveOnly(options)
	const settings = envOrExit()

	const log = logger()
	const info = (line: string) => log.info(line)
	const database: Database = await openDatabase({
		databaseUrl: settings.DATABASE_URL,
		dataDir: path.resolve(root, settings.HUB_DATA_DIR),
		log: info,
	})
	process.env.DATABASE_URL = database.url

	log.info(
		{ mode: settings.HUB_MODE },
		`Mode: ${settings.HUB_MODE}${settings.HUB_MODE === 'production' ? '' : ' (not for the internet: NODE_ENV=production for a deployment)'}`,
	)
	// Every deployment, not only the demo, needs its about, contact and privacy pages.
	const { ensureSitePages } = await import('../app/domain/site-pages/ensure-site-pages.server.ts')
	const firstTexts = await ensureSitePages()
	if (firstTexts.length) log.info({ pages: firstTexts }, `Wrote the first text of the pages: ${firstTexts.join(', ')}`)
	if (settings.HUB_SEED_DEMO) {
		const { seedDemoData } = await import('../prisma/seed/seed.server.ts')
		const result = await seedDemoData(prisma(), { log: info })
		if (result.seeded) {
			log.info({ counts: result.counts }, 'Seeded demo data')
			const { seedDemoRequests } = await import('../prisma/seed/demo-requests.ts')
			const { publicBaseUrl } = await import('../app/utils/public-url.server.ts')
			await seedDemoRequests({ baseUrl: publicBaseUrl(), log: info })
			// A year of matchmaking behind those two, so the coordinators' funnel has figures on the first visit.
			const { seedDemoFunnel } = await import('../prisma/seed/demo-funnel.ts')
			await seedDemoFunnel({ log: info })
			const { seedDemoNewsAndEvents } = await import('../prisma/seed/demo-news-events.ts')
			await seedDemoNewsAndEvents({ log: info })
			const { seedDemoOffers } = await import('../prisma/seed/demo-offers.ts')
			await seedDemoOffers({ log: info })
			const { seedDemoEnquiries } = await import('../prisma/seed/demo-enquiries.ts')
			await seedDemoEnquiries({ baseUrl: publicBaseUrl(), log: info })
		}
	}

	const background = settings.HUB_INLINE_WORKER ? await startBackgroundWork({ log: info }) : undefined

	const processes = options.serve === 'build' ? settings.WEB_CONCURRENCY : 1
	if (processes > 1) return superviseWebProcesses(processes, { database, background })

	await serve(options, { settings, database, background })
}

/** A forked web process: the primary opened the database and runs the background work. */
async function serveOnly(options: { serve: 'build' | 'vite' }) {
	const settings = env()
	await serve(options, { settings, database: undefined, background: undefined })
}

function superviseWebProcesses(
	processes: number,
	{
		database,
		background,
	}: { database: Database; background: Awaited<ReturnType<typeof startBackgroundWork>> | undefined },
) {
	const log = logger()
	const stopping = stopOnSignals(
		async (signal) => {
			log.info(`${signal}: stopping the web processes…`)
			const exits = Object.values(cluster.workers ?? {}).map(
				(worker) =>
					new Promise<void>((resolve) => (worker!.isDead() ? resolve() : worker!.once('exit', () => resolve()))),
			)
			for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM')
			await Promise.all(exits)
		},
		{ background, database },
	)
	// The web processes only serve: the database URL is the one opened here, and
	// the background work (if inline) runs here, once.
	const fork = () => cluster.fork({ DATABASE_URL: database.url, HUB_INLINE_WORKER: 'false', HUB_SEED_DEMO: 'false' })
	for (let n = 0; n < processes; n++) fork()
	cluster.on('exit', (worker, code, signal) => {
		if (stopping()) return
		log.warn(`web process ${worker.process.pid} exited (${signal ?? code}); starting another`)
		fork()
	})
	log.info(`${processes} web processes (WEB_CONCURRENCY)`)
}

async function serve(
	options: { serve: 'build' | 'vite' },
	{
		settings,
		database,
		background,
	}: {
		settings: ReturnType<typeof env>
		database: Database | undefined
		background: Awaited<ReturnType<typeof startBackgroundWork>> | undefined
	},
) {
	const log = logger()
	let build: () => Promise<ServerBuild>
	let devMiddleware: RequestHandler | undefined
	if (options.serve === 'vite') {
		const vite = await import('vite')
		const devServer = await vite.createServer({ server: { middlewareMode: true }, root })
		devMiddleware = devServer.middlewares
		build = () => devServer.ssrLoadModule('virtual:remix/server-build') as Promise<ServerBuild>
	} else {
		const serverBuild = (await import(pathToFileURL(path.join(root, 'build/server/index.js')).href)) as ServerBuild
		build = async () => serverBuild
	}
	const app = createPortalApp({
		build,
		mode: options.serve === 'vite' ? 'development' : 'production',
		devMiddleware,
		clientDir: path.join(root, 'build/client'),
	})

	const server = app.listen(settings.PORT, settings.HOST, () => {
		const shownHost = settings.HOST === '0.0.0.0' || settings.HOST === '::' ? 'localhost' : settings.HOST
		log.info(`ATMP Flemingsberg hub portal: http://${shownHost}:${settings.PORT}`)
		if (database?.embedded) log.info(`Embedded PostgreSQL data: ${path.resolve(root, settings.HUB_DATA_DIR)}`)
	})
	answerUnparsableRequests(server)
	keepIdleConnections(server)
	process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'))

	stopOnSignals(
		(signal) => {
			log.info(`${signal}: stopping…`)
			server.close()
			server.closeAllConnections()
		},
		{ background, database },
	)
}
