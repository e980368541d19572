// `npm run hub -- <command> [arguments]`: operator commands against the same
// database as `npm start` (embedded in HUB_DATA_DIR unless DATABASE_URL).
// A command is one entry in `commands`; it gets its arguments and an opened
// database, and returns an exit code or throws (printed, exit 1).
import path from 'node:path'
import { disconnectPrisma } from '../app/utils/db.server.ts'
import { env, EnvError } from '../app/utils/env.server.ts'
import { openDatabase, type Database } from './db/database.server.ts'
import { UsageError, type Command } from './commands/command.ts'
import { listingCommands } from './commands/listing-commands.server.ts'
import { userCommands } from './commands/user-commands.server.ts'
import { matchCommands } from './commands/match-commands.server.ts'

const root = path.resolve(import.meta.dirname, '..')

const commands: Record<string, Command> = {
	help: {
		usage: 'help',
		summary: 'this list',
		async run({ log }) {
			printHelp(log)
		},
	},

	migrate: {
		usage: 'migrate',
		summary: 'apply pending database migrations (npm start does this too)',
		async run({ database, log }) {
			await database()
			log('The database is up to date.')
		},
	},

	'migration:create': {
		usage: 'migration:create <name>',
		summary: 'write the SQL that turns the migrated database into prisma/schema.prisma as a new migration',
		async run({ args, log }) {
			const [name] = args
			if (!name)
				throw new UsageError('migration:create needs a name, e.g. npm run hub -- migration:create add_bookmarks')
			const { createMigration } = await import('./db/create-migration.server.ts')
			const settings = env()
			const result = await createMigration({
				name,
				databaseUrl: settings.DATABASE_URL,
				dataDir: path.resolve(root, settings.HUB_DATA_DIR),
			})
			log(
				result.folder
					? `Wrote ${path.relative(root, result.folder)}/migration.sql`
					: 'schema.prisma and the migrations agree: nothing to write.',
			)
		},
	},

	reindex: {
		usage: 'reindex',
		summary: 'rebuild the search index from the database into a fresh index and swap it in (search stays up)',
		async run({ database, log }) {
			await database()
			const { getSearchEngine } = await import('../search/index.server.ts')
			const { reindex } = await import('../search/reindex.server.ts')
			const engine = getSearchEngine()
			const result = await reindex(engine, { log })
			const repairs = result.reconcile.queuedUpserts + result.reconcile.queuedDeletes
			if (repairs) {
				// Changes committed during the build: apply them now rather than wait for a worker.
				const { startOutboxWorker } = await import('../app/outbox/worker.server.ts')
				const { searchOutboxHandlers } = await import('../search/sync.server.ts')
				const worker = startOutboxWorker({ handlers: searchOutboxHandlers(engine), listen: false, pollMs: 100, log })
				await worker.drain({ timeoutMs: 120_000 }).finally(() => worker.stop())
			}
			log(
				`Reindexed ${result.documents} listings in ${(result.ms / 1000).toFixed(1)} s (${engine.name}${repairs ? `, ${repairs} late changes applied` : ''}).`,
			)
		},
	},

	...listingCommands,
	...userCommands,
	...matchCommands,

	'search:status': {
		usage: 'search:status',
		summary: 'the search engine, its health, document count and pending changes',
		async run({ database, log }) {
			await database()
			const { getSearchEngine, searchHealth } = await import('../search/index.server.ts')
			const health = await searchHealth()
			const stats = await getSearchEngine()
				.stats()
				.catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }))
			log(JSON.stringify({ health, stats }, null, 2))
			return health.status === 'down' ? 1 : 0
		},
	},
}

function printHelp(log: (line: string) => void) {
	log('Usage: npm run hub -- <command> [arguments]\n')
	const width = Math.max(...Object.values(commands).map((c) => c.usage.length))
	for (const command of Object.values(commands)) log(`  ${command.usage.padEnd(width)}  ${command.summary}`)
}

async function main(argv: string[]): Promise<number> {
	const [name, ...args] = argv
	const log = (line: string) => console.log(line)
	if (!name || name === '--help' || name === '-h') {
		printHelp(log)
		return name ? 0 : 1
	}
	const command = commands[name]
	if (!command) {
		console.error(`Unknown command "${name}".\n`)
		printHelp((line) => console.error(line))
		return 1
	}

	let opened: Database | undefined
	const database = async () => {
		if (opened) return opened
		const settings = env()
		opened = await openDatabase({
			databaseUrl: settings.DATABASE_URL,
			dataDir: path.resolve(root, settings.HUB_DATA_DIR),
		})
		process.env.DATABASE_URL = opened.url
		return opened
	}
	try {
		return (await command.run({ args, log, database })) ?? 0
	} catch (error) {
		if (error instanceof EnvError || error instanceof UsageError) console.error(error.message)
		else console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
		return 1
	} finally {
		await disconnectPrisma().catch(() => {})
		await opened?.close().catch(() => {})
	}
}

// Explicit exit: pools and timers of libraries must not keep a finished command alive.
process.exit(await main(process.argv.slice(2)))
