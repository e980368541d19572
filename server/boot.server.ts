import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { createRequestHandler } from '@remix-run/express'
import type { ServerBuild } from '@remix-run/node'
import express from 'express'
import { env, EnvError } from '../app/utils/env.server.ts'
import { disconnectPrisma, prisma } from '../app/utils/db.server.ts'
import { openDatabase, type Database } from './db/database.server.ts'
import { startBackgroundWork } from './background.server.ts'

const root = path.resolve(import.meta.dirname, '..')

/**
 * Starts everything `npm start` needs, in order: validated settings, the
 * database (embedded unless DATABASE_URL), migrations, demo data for an empty
 * database, background workers, then the web server. Ctrl-C stops it all.
 */
export async function boot(options: { serve: 'build' | 'vite' }) {
	let settings
	try {
		settings = env()
	} catch (error) {
		if (error instanceof EnvError) {
			console.error(error.message)
			process.exit(1)
		}
		throw error
	}

	const database: Database = await openDatabase({
		databaseUrl: settings.DATABASE_URL,
		dataDir: path.resolve(root, settings.HUB_DATA_DIR),
		log: (line) => console.log(line),
	})
	process.env.DATABASE_URL = database.url

	console.log(`Mode: ${settings.HUB_MODE}${settings.HUB_MODE === 'production' ? '' : ' (not for the internet: NODE_ENV=production for a deployment)'}`)
	if (settings.HUB_SEED_DEMO) {
		const { seedDemoData } = await import('../prisma/seed/seed.server.ts')
		const result = await seedDemoData(prisma(), { log: (line: string) => console.log(line) })
		if (result.seeded) {
			console.log(`Seeded demo data: ${JSON.stringify(result.counts)}`)
			const { seedDemoRequests } = await import('../prisma/seed/demo-requests.ts')
			const { publicBaseUrl } = await import('../app/utils/public-url.server.ts')
			await seedDemoRequests({ baseUrl: publicBaseUrl(), log: (line: string) => console.log(line) })
		}
	}

	const background = settings.HUB_INLINE_WORKER ? await startBackgroundWork() : undefined

	const app = express()
	app.disable('x-powered-by')
	let build: () => Promise<ServerBuild>
	if (options.serve === 'vite') {
		const vite = await import('vite')
		const devServer = await vite.createServer({ server: { middlewareMode: true }, root })
		app.use(devServer.middlewares)
		build = () => devServer.ssrLoadModule('virtual:remix/server-build') as Promise<ServerBuild>
	} else {
		app.use('/assets', express.static(path.join(root, 'build/client/assets'), { immutable: true, maxAge: '1y' }))
		app.use(express.static(path.join(root, 'build/client'), { maxAge: '1h' }))
		const serverBuild = (await import(pathToFileURL(path.join(root, 'build/server/index.js')).href)) as ServerBuild
		build = async () => serverBuild
	}
	// The client's address feeds the per-IP rate limits (app/domain/auth/client-address.server.ts).
	app.all(
		'*',
		createRequestHandler({
			build: await build(),
			mode: options.serve === 'vite' ? 'development' : 'production',
			getLoadContext: (req) => ({ clientIp: req.ip ?? req.socket.remoteAddress }),
		}),
	)

	const server = app.listen(settings.PORT, settings.HOST, () => {
		const shownHost = settings.HOST === '0.0.0.0' || settings.HOST === '::' ? 'localhost' : settings.HOST
		console.log(`ATMP Flemingsberg hub portal: http://${shownHost}:${settings.PORT}`)
		if (database.embedded) console.log(`Embedded PostgreSQL data: ${path.resolve(root, settings.HUB_DATA_DIR)}`)
	})

	let stopping = false
	const stop = async (signal: string) => {
		if (stopping) return
		stopping = true
		console.log(`\n${signal}: stopping…`)
		server.close()
		server.closeAllConnections()
		await background?.stop()
		await disconnectPrisma()
		await database.close()
		process.exit(0)
	}
	process.on('SIGINT', () => void stop('SIGINT'))
	process.on('SIGTERM', () => void stop('SIGTERM'))
}
