// `npm run worker`: the outbox worker as its own process (production runs the
// web process with HUB_INLINE_WORKER=false and one or more of these). It opens
// the same database as `npm start` and stops cleanly on SIGINT/SIGTERM,
// finishing the batch in hand; a worker killed harder loses nothing either,
// its leases run out and another worker takes the rows.
import path from 'node:path'
import { envOrExit } from '../app/utils/env.server.ts'
import { logger } from '../app/utils/logger.server.ts'
import { startBackgroundWork } from './background.server.ts'
import { openDatabase } from './db/database.server.ts'
import { stopOnSignals } from './stop-on-signals.server.ts'

const root = path.resolve(import.meta.dirname, '..')

const settings = envOrExit()

const database = await openDatabase({
	databaseUrl: settings.DATABASE_URL,
	dataDir: path.resolve(root, settings.HUB_DATA_DIR),
	log: (line) => logger().info(line),
})
process.env.DATABASE_URL = database.url

const background = await startBackgroundWork()
logger().info(
	`Outbox worker ${background.worker.workerId} running (search engine: ${background.engine.name}). Ctrl-C stops it.`,
)

stopOnSignals((signal) => logger().info(`${signal}: finishing the current batch…`), { background, database })
