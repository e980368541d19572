import pg from 'pg'
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres.server.ts'
import { applyMigrations } from './migrate.server.ts'

export const EMBEDDED_DATABASE_NAME = 'hub'

export interface Database {
	url: string
	/** Stops the embedded server if this process started it; no-op otherwise. */
	close(): Promise<void>
	embedded: boolean
}

/**
 * The database every process of the portal uses: DATABASE_URL when set,
 * otherwise the embedded cluster in HUB_DATA_DIR (started here, or shared with
 * the process that already runs it). Migrations are applied before returning.
 */
export async function openDatabase(options: {
	databaseUrl?: string
	dataDir: string
	log?: (line: string) => void
}): Promise<Database> {
	let server: RunningPostgres | undefined
	let url = options.databaseUrl
	if (!url) {
		server = await startEmbeddedPostgres({ dataDir: options.dataDir })
		await ensureDatabaseExists(server.urlFor('postgres'), EMBEDDED_DATABASE_NAME)
		url = server.urlFor(EMBEDDED_DATABASE_NAME)
	}
	try {
		await applyMigrations(url, { log: options.log })
	} catch (error) {
		await server?.stop()
		throw error
	}
	return {
		url,
		embedded: Boolean(server),
		close: async () => {
			await server?.stop()
		},
	}
}

export async function ensureDatabaseExists(adminUrl: string, name: string) {
	const client = new pg.Client({ connectionString: adminUrl })
	await client.connect()
	try {
		const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
		if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
	} finally {
		await client.end()
	}
}
