import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { env } from '../../app/utils/env.server.ts'
import { connectionRole, EMBEDDED_APP_ROLE, prepareAppRole, superuserAdvice } from './app-role.server.ts'
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
 * the process that already runs it), reached as its non-superuser owner role.
 * Migrations are applied before returning. A superuser DATABASE_URL stops a
 * production start and is warned about elsewhere.
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
		const password = appRolePassword(options.dataDir)
		await prepareAppRole(server.urlFor('postgres'), {
			database: EMBEDDED_DATABASE_NAME,
			role: EMBEDDED_APP_ROLE,
			password,
		})
		const appUrl = new URL(server.urlFor(EMBEDDED_DATABASE_NAME))
		appUrl.username = EMBEDDED_APP_ROLE
		appUrl.password = encodeURIComponent(password)
		url = appUrl.toString()
	} else {
		const role = await connectionRole(url)
		if (role.superuser) {
			if (env().HUB_MODE === 'production') throw new Error(superuserAdvice(role.user))
			options.log?.(`warning: ${superuserAdvice(role.user)}`)
		}
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

/** The app role's password, kept next to the cluster like its superuser's (mode 0600). */
function appRolePassword(dataDir: string): string {
	const file = path.join(path.resolve(dataDir), 'app-role.json')
	if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { password: string }).password
	const password = randomBytes(18).toString('base64url')
	writeFileSync(file, JSON.stringify({ role: EMBEDDED_APP_ROLE, password }, null, 2), { mode: 0o600 })
	return password
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
