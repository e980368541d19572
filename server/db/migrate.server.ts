import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

// Applies prisma/migrations the way `prisma migrate deploy` does, because the
// Prisma CLI cannot run its schema engine on these offline machines
// (docs/decisions/002-migration-applier.md). The `_prisma_migrations` rows are
// written exactly as Prisma writes them, so `prisma migrate deploy` elsewhere
// sees these migrations as applied.

export const defaultMigrationsDir = path.resolve(import.meta.dirname, '../../prisma/migrations')

/** The lock id Prisma's schema engine holds while it migrates. */
const PRISMA_MIGRATE_ADVISORY_LOCK = 72707369

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`

export interface LocalMigration {
	name: string
	sql: string
	checksum: string
}

export class MigrationError extends Error {
	constructor(message: string) {
		super(message)
		this.name = 'MigrationError'
	}
}

export function checksumOf(content: Buffer | string): string {
	return createHash('sha256').update(content).digest('hex')
}

export function readLocalMigrations(migrationsDir = defaultMigrationsDir): LocalMigration[] {
	return readdirSync(migrationsDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, 'migration.sql')))
		.map((entry) => entry.name)
		.sort() // lexical order, as Prisma applies them
		.map((name) => {
			const bytes = readFileSync(path.join(migrationsDir, name, 'migration.sql'))
			return { name, sql: bytes.toString('utf8'), checksum: checksumOf(bytes) }
		})
}

interface AppliedRow {
	migration_name: string
	checksum: string
	finished_at: Date | null
	rolled_back_at: Date | null
	logs: string | null
}

export interface MigrateResult {
	applied: string[]
	alreadyApplied: string[]
}

/**
 * Brings the database at `databaseUrl` up to date. Refuses, changing nothing,
 * when an applied migration's file was edited, when an applied migration is
 * missing locally, or when an earlier migration failed.
 */
export async function applyMigrations(
	databaseUrl: string,
	options: { migrationsDir?: string; log?: (line: string) => void } = {},
): Promise<MigrateResult> {
	const local = readLocalMigrations(options.migrationsDir)
	const client = new pg.Client({ connectionString: databaseUrl })
	await client.connect()
	try {
		await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_ADVISORY_LOCK])
		try {
			await client.query(CREATE_MIGRATIONS_TABLE)
			const { rows } = await client.query<AppliedRow>(
				'SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at',
			)
			const applied = checkHistory(local, rows)
			const pending = local.filter((migration) => !applied.has(migration.name))
			for (const migration of pending) {
				await applyOne(client, migration)
				options.log?.(`applied migration ${migration.name}`)
			}
			return { applied: pending.map((m) => m.name), alreadyApplied: [...applied] }
		} finally {
			await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_ADVISORY_LOCK])
		}
	} finally {
		await client.end()
	}
}

/** Returns the names of the migrations that are applied and intact. */
function checkHistory(local: LocalMigration[], rows: AppliedRow[]): Set<string> {
	const localByName = new Map(local.map((migration) => [migration.name, migration]))
	const applied = new Set<string>()
	for (const row of rows) {
		if (row.rolled_back_at) continue
		if (!row.finished_at) {
			throw new MigrationError(
				`Migration ${row.migration_name} failed earlier and was never resolved, so no further migrations will run.\n` +
					`Fix the database by hand, then mark it with \`prisma migrate resolve --rolled-back ${row.migration_name}\` ` +
					`(or set rolled_back_at on its _prisma_migrations row).` +
					(row.logs ? `\nIts error was: ${row.logs}` : ''),
			)
		}
		const file = localByName.get(row.migration_name)
		if (!file) {
			throw new MigrationError(
				`Migration ${row.migration_name} is applied to the database but missing from prisma/migrations. ` +
					`Restore the folder; applied migrations must never be deleted.`,
			)
		}
		if (file.checksum !== row.checksum) {
			throw new MigrationError(
				`Migration ${row.migration_name} was edited after it was applied ` +
					`(checksum in database ${row.checksum}, file ${file.checksum}). ` +
					`Applied migrations must never change: revert the edit and put the change in a new migration.`,
			)
		}
		applied.add(row.migration_name)
	}
	return applied
}

async function applyOne(client: pg.Client, migration: LocalMigration) {
	const id = randomUUID()
	// Prisma records the attempt before running the script, so a failure
	// leaves a row with its logs that blocks later runs until resolved.
	await client.query(
		'INSERT INTO "_prisma_migrations" (id, checksum, started_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 0)',
		[id, migration.checksum, migration.name],
	)
	try {
		await client.query('BEGIN')
		await client.query(migration.sql)
		await client.query(
			'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = applied_steps_count + 1 WHERE id = $1',
			[id],
		)
		await client.query('COMMIT')
	} catch (error) {
		await client.query('ROLLBACK')
		const message = error instanceof Error ? error.message : String(error)
		await client.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, message])
		throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${message}`)
	}
}
