import { cpSync, mkdtempSync, appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import {
	applyMigrations,
	checksumOf,
	defaultMigrationsDir,
	MigrationError,
	readLocalMigrations,
} from '../../server/db/migrate.server.ts'
import { createEmptyDatabase, type TestDatabase } from '../setup/database.ts'
import { query } from '../support/pg-query.ts'

const databases: TestDatabase[] = []
afterEach(async () => {
	await Promise.all(databases.splice(0).map((db) => db.drop()))
})

async function emptyDatabase() {
	const db = await createEmptyDatabase()
	databases.push(db)
	return db
}

function rows(url: string) {
	return query(url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name')
}

function copyOfMigrations() {
	const dir = mkdtempSync(path.join(tmpdir(), 'migrations-'))
	cpSync(defaultMigrationsDir, dir, { recursive: true })
	return dir
}

describe('migration applier', () => {
	it('applies every migration in lexical order and records rows exactly as Prisma does', async () => {
		const db = await emptyDatabase()
		const result = await applyMigrations(db.url)
		const local = readLocalMigrations()
		expect(result.applied).toEqual(local.map((m) => m.name))

		const recorded = await rows(db.url)
		expect(recorded.map((r) => r.migration_name)).toEqual(local.map((m) => m.name))
		for (const [index, row] of recorded.entries()) {
			expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
			expect(row.checksum).toBe(local[index]!.checksum)
			expect(row.checksum).toMatch(/^[0-9a-f]{64}$/)
			expect(row.finished_at).toBeInstanceOf(Date)
			expect(row.started_at).toBeInstanceOf(Date)
			expect(row.applied_steps_count).toBe(1)
			expect(row.logs).toBeNull()
			expect(row.rolled_back_at).toBeNull()
		}
	})

	it('creates _prisma_migrations with the column types Prisma uses', async () => {
		const db = await emptyDatabase()
		await applyMigrations(db.url)
		const client = new pg.Client({ connectionString: db.url })
		await client.connect()
		const { rows: columns } = await client.query(
			`SELECT column_name, data_type, character_maximum_length, is_nullable FROM information_schema.columns
			 WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
		)
		await client.end()
		expect(columns).toEqual([
			{ column_name: 'id', data_type: 'character varying', character_maximum_length: 36, is_nullable: 'NO' },
			{ column_name: 'checksum', data_type: 'character varying', character_maximum_length: 64, is_nullable: 'NO' },
			{
				column_name: 'finished_at',
				data_type: 'timestamp with time zone',
				character_maximum_length: null,
				is_nullable: 'YES',
			},
			{
				column_name: 'migration_name',
				data_type: 'character varying',
				character_maximum_length: 255,
				is_nullable: 'NO',
			},
			{ column_name: 'logs', data_type: 'text', character_maximum_length: null, is_nullable: 'YES' },
			{
				column_name: 'rolled_back_at',
				data_type: 'timestamp with time zone',
				character_maximum_length: null,
				is_nullable: 'YES',
			},
			{
				column_name: 'started_at',
				data_type: 'timestamp with time zone',
				character_maximum_length: null,
				is_nullable: 'NO',
			},
			{ column_name: 'applied_steps_count', data_type: 'integer', character_maximum_length: null, is_nullable: 'NO' },
		])
	})

	it('is a no-op the second time', async () => {
		const db = await emptyDatabase()
		await applyMigrations(db.url)
		const before = await rows(db.url)
		const second = await applyMigrations(db.url)
		expect(second.applied).toEqual([])
		expect(await rows(db.url)).toEqual(before)
	})

	it('refuses with a clear message when an applied migration file was edited', async () => {
		const db = await emptyDatabase()
		const dir = copyOfMigrations()
		await applyMigrations(db.url, { migrationsDir: dir })
		const first = readLocalMigrations(dir)[0]!
		appendFileSync(path.join(dir, first.name, 'migration.sql'), '\n-- an innocent-looking edit\n')
		await expect(applyMigrations(db.url, { migrationsDir: dir })).rejects.toThrow(
			new RegExp(`${first.name} was edited after it was applied`),
		)
	})

	it('records a failed migration, rolls its changes back and refuses to continue until resolved', async () => {
		const db = await emptyDatabase()
		const dir = copyOfMigrations()
		const broken = path.join(dir, '99999999999999_broken')
		mkdirSync(broken)
		const sql = 'CREATE TABLE "half_written" (id int);\nSELECT * FROM "no_such_table";\n'
		writeFileSync(path.join(broken, 'migration.sql'), sql)

		await expect(applyMigrations(db.url, { migrationsDir: dir })).rejects.toBeInstanceOf(MigrationError)
		const failed = (await rows(db.url)).find((r) => r.migration_name === '99999999999999_broken')!
		expect(failed.finished_at).toBeNull()
		expect(failed.logs).toMatch(/no_such_table/)
		expect(failed.checksum).toBe(checksumOf(sql))

		const client = new pg.Client({ connectionString: db.url })
		await client.connect()
		const { rowCount } = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_written'`)
		await client.end()
		expect(rowCount).toBe(0)

		await expect(applyMigrations(db.url, { migrationsDir: dir })).rejects.toThrow(
			/failed earlier and was never resolved/,
		)
	})
})
