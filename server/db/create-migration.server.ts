import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { startEmbeddedPostgres } from './embedded-postgres.server.ts'
import { applyMigrations, defaultMigrationsDir } from './migrate.server.ts'
import { diffDatabaseAgainstSchema } from './schema-engine.server.ts'

/**
 * `npm run hub -- migration:create <name>`: applies the existing migrations to
 * a scratch database, asks Prisma's schema engine what SQL turns it into
 * schema.prisma, and writes that SQL as the next migration folder. This is
 * `prisma migrate dev --create-only` without the native engine.
 */
export async function createMigration(options: {
	name: string
	dataDir: string
	databaseUrl?: string
	now?: Date
	migrationsDir?: string
}): Promise<{ folder?: string; sql: string }> {
	if (!/^[a-z0-9_]+$/.test(options.name))
		throw new Error('A migration name uses lowercase letters, digits and underscores, e.g. add_bookmarks')
	const server = options.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: options.dataDir })
	const adminUrl = options.databaseUrl ?? server!.urlFor('postgres')
	const scratch = `migration_scratch_${randomBytes(4).toString('hex')}`
	const scratchUrl = new URL(adminUrl)
	scratchUrl.pathname = `/${scratch}`
	await admin(adminUrl, `CREATE DATABASE ${scratch}`)
	try {
		await applyMigrations(scratchUrl.toString(), { migrationsDir: options.migrationsDir })
		const diff = await diffDatabaseAgainstSchema(scratchUrl.toString())
		if (diff.inSync) return { sql: '' }
		const stamp = (options.now ?? new Date()).toISOString().replace(/\D/g, '').slice(0, 14)
		const folder = path.join(options.migrationsDir ?? defaultMigrationsDir, `${stamp}_${options.name}`)
		mkdirSync(folder, { recursive: true })
		writeFileSync(path.join(folder, 'migration.sql'), diff.sql)
		return { folder, sql: diff.sql }
	} finally {
		await admin(adminUrl, `DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`)
		await server?.stop()
	}
}

async function admin(url: string, sql: string) {
	const client = new pg.Client({ connectionString: url })
	await client.connect()
	try {
		await client.query(sql)
	} finally {
		await client.end()
	}
}
