import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, inject } from 'vitest'
import { disconnectPrisma, prisma } from '../../app/utils/db.server.ts'
import { query } from '../support/pg-query.ts'
import { TEMPLATE_DATABASE, TEST_APP_ROLE } from './template.ts'

export interface TestDatabase {
	url: string
	name: string
	drop(): Promise<void>
}

function urlWithDatabase(adminUrl: string, database: string) {
	const url = new URL(adminUrl)
	url.pathname = `/${database}`
	return url.toString()
}

async function adminQuery(sql: string) {
	await query(inject('pgAdminUrl'), sql)
}

/** A fresh, migrated database cloned from the run's template in milliseconds. */
export async function createTestDatabase(options: { template?: string } = {}): Promise<TestDatabase> {
	const name = `test_${randomBytes(6).toString('hex')}`
	await adminQuery(
		`CREATE DATABASE ${name} TEMPLATE ${pg.escapeIdentifier(options.template ?? TEMPLATE_DATABASE)} OWNER ${TEST_APP_ROLE}`,
	)
	const url = urlWithDatabase(inject('pgAppUrl'), name)
	return {
		url,
		name,
		drop: async () => {
			await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
		},
	}
}

/** An empty database with nothing migrated, for tests of the migration applier itself. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
	const name = `empty_${randomBytes(6).toString('hex')}`
	await adminQuery(`CREATE DATABASE ${name} OWNER ${TEST_APP_ROLE}`)
	return {
		url: urlWithDatabase(inject('pgAppUrl'), name),
		name,
		drop: async () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
	}
}

/**
 * Points the app's Prisma singleton at a fresh database for this test file.
 * Call in beforeAll; the returned function drops the database in afterAll.
 */
export async function useTestDatabase(): Promise<TestDatabase & { cleanup(): Promise<void> }> {
	const database = await createTestDatabase()
	await disconnectPrisma()
	process.env.DATABASE_URL = database.url
	prisma()
	return {
		...database,
		cleanup: async () => {
			await disconnectPrisma()
			await database.drop()
		},
	}
}

/**
 * Gives the tests of this file (or of the describe block it is called in) one fresh database:
 * made before the first test, dropped after the last. Call it before any other beforeAll, so
 * that hooks registered after it find the database ready and, being undone first, are gone
 * before it is dropped.
 */
export function withTestDatabase(): { readonly url: string } {
	let database: Awaited<ReturnType<typeof useTestDatabase>> | undefined
	beforeAll(async () => {
		database = await useTestDatabase()
	})
	afterAll(async () => {
		await database?.cleanup()
	})
	return {
		get url() {
			if (!database) throw new Error('The test database is made in beforeAll; read its url from a hook or a test.')
			return database.url
		},
	}
}
