import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diffDatabaseAgainstSchema, schemaPath } from '../../server/db/schema-engine.server.ts'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'

// The migrations are hand-applied SQL; this proves they build exactly the
// database that schema.prisma describes, using Prisma's own schema engine.
let database: TestDatabase
const schema = readFileSync(schemaPath, 'utf8')

beforeAll(async () => {
	database = await createTestDatabase()
})
afterAll(async () => {
	await database.drop()
})

function alter(find: string | RegExp, replace: string) {
	const altered = schema.replace(find, replace)
	expect(altered, `the alteration ${String(find)} must change the schema`).not.toBe(schema)
	return altered
}

describe('schema drift', () => {
	it('finds no difference between the migrated database and schema.prisma', async () => {
		const diff = await diffDatabaseAgainstSchema(database.url, schema)
		expect(diff.sql.trim()).toBe('-- This is an empty migration.')
		expect(diff.inSync).toBe(true)
	})

	// Each alteration is a change someone could forget to write a migration for.
	const alterations: Array<{ what: string; find: string | RegExp; replace: string; expectSql: RegExp }> = [
		{
			what: 'a new column',
			find: '  featured     Boolean   @default(false)',
			replace: '  featured     Boolean   @default(false)\n  phoneNumber  String?',
			expectSql: /ADD COLUMN\s+"phoneNumber" TEXT/,
		},
		{
			what: 'a column made required',
			find: '  summary        String?',
			replace: '  summary        String',
			expectSql: /"summary" SET NOT NULL/,
		},
		{
			what: 'a changed type',
			find: '  areaSqm         Int?',
			replace: '  areaSqm         Float?',
			expectSql: /"areaSqm".*DOUBLE PRECISION|DOUBLE PRECISION[\s\S]*areaSqm/,
		},
		{
			what: 'a changed default',
			find: '  contentLocale  String        @default("en")',
			replace: '  contentLocale  String        @default("sv")',
			expectSql: /SET DEFAULT 'sv'/,
		},
		{
			what: 'a new enum value',
			find: '  pending_review\n',
			replace: '  pending_review\n  withdrawn\n',
			expectSql: /ALTER TYPE "ListingStatus" ADD VALUE 'withdrawn'/,
		},
		{
			what: 'a dropped unique constraint',
			find: '  @@unique([type, slug])\n',
			replace: '',
			expectSql: /DROP INDEX "Listing_type_slug_key"/,
		},
		{
			what: 'a new index',
			find: '  @@index([organizationId])\n',
			replace: '  @@index([organizationId])\n  @@index([city])\n',
			expectSql: /CREATE INDEX "Listing_city_idx"/,
		},
		{
			what: 'a new table',
			find: /$/,
			replace: '\nmodel Bookmark {\n  id String @id\n}\n',
			expectSql: /CREATE TABLE "Bookmark"/,
		},
	]

	for (const { what, find, replace, expectSql } of alterations) {
		it(`fails on ${what}`, async () => {
			const diff = await diffDatabaseAgainstSchema(database.url, alter(find, replace))
			expect(diff.inSync).toBe(false)
			expect(diff.sql).toMatch(expectSql)
		})
	}
})
