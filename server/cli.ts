// `npm run hub -- <command> [arguments] [options]`: operator commands against
// the same database as `npm start` (embedded in HUB_DATA_DIR unless
// DATABASE_URL). A command is a declaration in server/commands/ (its options
// drive parsing and its --help page); it gets an opened database on demand and
// returns an exit code (server/commands/command.ts lists what they mean).
import path from 'node:path'
import { disconnectPrisma } from '../app/utils/db.server.ts'
import { env, EnvError } from '../app/utils/env.server.ts'
import { openDatabase, type Database } from './db/database.server.ts'
import {
	command,
	commandHelp,
	exitCodes,
	overviewHelp,
	parseCommandArgs,
	UsageError,
	type Command,
	type ExitCode,
} from './commands/command.ts'
import { listingCommands } from './commands/listing-commands.server.ts'
import { matchCommands } from './commands/match-commands.server.ts'
import { userCommands } from './commands/user-commands.server.ts'

const root = path.resolve(import.meta.dirname, '..')

const databaseCommands = [
	command({
		name: 'migrate',
		summary: 'apply pending database migrations (npm start does this too)',
		options: {},
		async run({ database, log }) {
			await database()
			log('The database is up to date.')
		},
	}),
	command({
		name: 'migration:create',
		summary: 'write the SQL that turns the migrated database into prisma/schema.prisma as a new migration',
		positionals: [{ name: 'name', description: 'what the migration does, in snake_case', required: true }],
		options: {},
		examples: ['npm run hub -- migration:create add_bookmarks'],
		async run({ positionals, log }) {
			const [name] = positionals as [string]
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
	}),
]

const searchCommands = [
	command({
		name: 'reindex',
		summary: 'rebuild the search index from the database into a fresh index and swap it in (search stays up)',
		options: {},
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
	}),
	command({
		name: 'search:status',
		summary: 'the search engine, its health, document count and pending changes (as JSON; exit 1 when down)',
		options: {},
		async run({ database, log }) {
			await database()
			const { getSearchEngine, searchHealth } = await import('../search/index.server.ts')
			const health = await searchHealth()
			const stats = await getSearchEngine()
				.stats()
				.catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }))
			log(JSON.stringify({ health, stats }, null, 2))
			return health.status === 'down' ? exitCodes.failed : exitCodes.ok
		},
	}),
]

const commands: Command[] = [
	...listingCommands,
	...matchCommands,
	...userCommands,
	...searchCommands,
	...databaseCommands,
]

/** The command an argument list names, longest name first (`user create` before `user`), and its remaining arguments. */
function findCommand(argv: string[]): { spec: Command; args: string[] } | undefined {
	for (const words of [2, 1]) {
		const name = argv.slice(0, words).join(' ')
		const spec = commands.find((candidate) => candidate.name === name)
		if (spec) return { spec, args: argv.slice(words) }
	}
	return undefined
}

async function main(argv: string[]): Promise<ExitCode> {
	const log = (line: string) => console.log(line)
	const [first] = argv
	if (!first || first === 'help' || first === '--help' || first === '-h') {
		const topic = first === 'help' ? findCommand(argv.slice(1)) : undefined
		log(topic ? commandHelp(topic.spec) : overviewHelp(commands))
		return first ? exitCodes.ok : exitCodes.usage
	}
	const found = findCommand(argv)
	if (!found) {
		const group = commands.filter((spec) => spec.name.startsWith(`${first} `))
		console.error(
			group.length
				? `"${first}" needs one of: ${group.map((spec) => spec.name.slice(first.length + 1)).join(', ')}.\n`
				: `Unknown command "${first}".\n`,
		)
		console.error(overviewHelp(group.length ? group : commands))
		return exitCodes.usage
	}
	const { spec, args } = found
	if (args.includes('--help') || args.includes('-h')) {
		log(commandHelp(spec))
		return exitCodes.ok
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
		const { options, positionals } = parseCommandArgs(spec, args)
		// parseCommandArgs read the options by this very declaration: their types match it.
		return (await spec.run({ options: options as never, positionals, log, database })) ?? exitCodes.ok
	} catch (error) {
		if (error instanceof UsageError) {
			console.error(`${error.message}\n\n${commandHelp(spec)}`)
			return exitCodes.usage
		}
		if (error instanceof EnvError) console.error(error.message)
		else
			console.error(`${spec.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
		return exitCodes.failed
	} finally {
		await disconnectPrisma().catch(() => {})
		await opened?.close().catch(() => {})
	}
}

// Explicit exit: pools and timers of libraries must not keep a finished command alive.
process.exit(await main(process.argv.slice(2)))
