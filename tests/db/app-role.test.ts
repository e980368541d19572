import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { inject } from 'vitest'
import { resetEnvCache } from '../../app/utils/env.server.ts'
import { EMBEDDED_APP_ROLE, prepareAppRole } from '../../server/db/app-role.server.ts'
import { openDatabase } from '../../server/db/database.server.ts'
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.server.ts'
import { createTestDatabase } from '../setup/database.ts'
import { query } from '../support/pg-query.ts'

// The portal reaches PostgreSQL as a role that owns its database but is not a
// superuser, so a flaw in the app cannot read the cluster's files, other
// databases, or run programs on the database server.

const dataDirs: string[] = []
afterAll(() => {
	for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true })
})
afterEach(() => {
	delete process.env.HUB_MODE
	resetEnvCache()
})

const ownershipSql = `
	SELECT current_user AS "user",
		(SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
		(SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S') AND c.relowner <> current_user::regrole
			AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')) AS "foreignOwned",
		(SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public') AS "schemaOwner"`

describe('the embedded database', () => {
	it('is reached as its owner role, not as the superuser, and that role can migrate and write', async () => {
		const dataDir = mkdtempSync(path.join(tmpdir(), 'hub-role-'))
		dataDirs.push(dataDir)
		const database = await openDatabase({ dataDir })
		try {
			const [row] = await query<{ user: string; superuser: boolean; foreignOwned: number; schemaOwner: string }>(
				database.url,
				ownershipSql,
			)
			expect(row).toEqual({
				user: EMBEDDED_APP_ROLE,
				superuser: false,
				foreignOwned: 0,
				schemaOwner: EMBEDDED_APP_ROLE,
			})
			await query(
				database.url,
				`INSERT INTO "MailMessage" (id, "to", subject, text) VALUES (gen_random_uuid(), 'a@example.org', 's', 't')`,
			)
			// What only a superuser may do stays out of reach.
			await expect(query(database.url, `SELECT pg_read_file('PG_VERSION')`)).rejects.toThrow(/permission denied/)
			await expect(query(database.url, `CREATE ROLE intruder SUPERUSER`)).rejects.toThrow(/permission denied/)
		} finally {
			await database.close()
		}
	})

	it('takes over what an older version created as the superuser, so upgrades keep working', async () => {
		const dataDir = mkdtempSync(path.join(tmpdir(), 'hub-role-upgrade-'))
		dataDirs.push(dataDir)
		const server = await startEmbeddedPostgres({ dataDir, persistent: false })
		try {
			const adminUrl = server.urlFor('postgres')
			await query(adminUrl, 'CREATE DATABASE legacy')
			const legacyAdmin = server.urlFor('legacy')
			await query(legacyAdmin, 'CREATE TABLE "Old" (id int)')
			await query(legacyAdmin, 'CREATE SEQUENCE old_seq')
			await query(legacyAdmin, `CREATE TYPE "Mood" AS ENUM ('calm')`)
			await query(legacyAdmin, 'CREATE FUNCTION old_fn() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$')
			await query(legacyAdmin, 'CREATE EXTENSION IF NOT EXISTS pg_trgm')

			await prepareAppRole(adminUrl, { database: 'legacy', role: 'legacy_app', password: 'pw-legacy' })
			const appUrl = new URL(legacyAdmin)
			appUrl.username = 'legacy_app'
			appUrl.password = 'pw-legacy'
			const [row] = await query<{ foreignOwned: number; schemaOwner: string }>(appUrl.toString(), ownershipSql)
			expect(row).toMatchObject({ foreignOwned: 0, schemaOwner: 'legacy_app' })
			await query(appUrl.toString(), 'ALTER TABLE "Old" ADD COLUMN name text')
			await query(appUrl.toString(), `ALTER TYPE "Mood" ADD VALUE 'busy'`)
			// Extension functions stay with the extension; the app may still use them.
			expect(await query(appUrl.toString(), `SELECT similarity('cell', 'cells') > 0 AS works`)).toEqual([
				{ works: true },
			])
		} finally {
			await server.stop()
		}
	})
})

describe('a DATABASE_URL of the operator', () => {
	it('naming a superuser stops a production start, with the SQL to fix it', async () => {
		const test = await createTestDatabase()
		const superuserUrl = new URL(inject('pgAdminUrl'))
		superuserUrl.pathname = `/${test.name}`
		process.env.HUB_MODE = 'production'
		process.env.PUBLIC_URL = 'https://hub.example.org'
		resetEnvCache()
		try {
			await expect(openDatabase({ databaseUrl: superuserUrl.toString(), dataDir: '/nonexistent' })).rejects.toThrow(
				/superuser.*\n.*CREATE ROLE hub_app LOGIN/,
			)
			// Outside production it is a warning, so a developer's local set-up still starts.
			process.env.HUB_MODE = 'demo'
			resetEnvCache()
			const lines: string[] = []
			const opened = await openDatabase({
				databaseUrl: superuserUrl.toString(),
				dataDir: '/nonexistent',
				log: (line) => lines.push(line),
			})
			await opened.close()
			expect(lines.join('\n')).toMatch(/warning: DATABASE_URL connects as postgres, a PostgreSQL superuser/)
			// The owner role of the test databases is no superuser: accepted silently.
			const quiet: string[] = []
			await (
				await openDatabase({ databaseUrl: test.url, dataDir: '/nonexistent', log: (line) => quiet.push(line) })
			).close()
			expect(quiet.join('\n')).not.toMatch(/superuser/)
		} finally {
			delete process.env.PUBLIC_URL
			await test.drop()
		}
	})
})
