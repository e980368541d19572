import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.server.ts'
import { prepareAppRole } from '../../server/db/app-role.server.ts'
import { applyMigrations } from '../../server/db/migrate.server.ts'
import { TEMPLATE_DATABASE, TEST_APP_ROLE } from './template.ts'

declare module 'vitest' {
	export interface ProvidedContext {
		pgAdminUrl: string
		/** The non-superuser that owns every test database, as the portal's own role does in production. */
		pgAppUrl: string
	}
}

// One PostgreSQL for the whole run, one migrated template database; every test
// file clones the template (docs/decisions/003-test-databases.md).
export default async function setup(project: TestProject) {
	const dataDir = path.join(tmpdir(), `atmp-hub-test-${process.pid}`)
	rmSync(dataDir, { recursive: true, force: true })
	const server = await startEmbeddedPostgres({ dataDir, persistent: false })
	const adminUrl = server.urlFor('postgres')
	const password = randomBytes(12).toString('hex')
	await prepareAppRole(adminUrl, { database: TEMPLATE_DATABASE, role: TEST_APP_ROLE, password })
	const appUrl = new URL(server.urlFor(TEMPLATE_DATABASE))
	appUrl.username = TEST_APP_ROLE
	appUrl.password = password
	// Migrated as the app's role: a migration that needs a superuser fails here, not in production.
	await applyMigrations(appUrl.toString())
	project.provide('pgAdminUrl', adminUrl)
	project.provide('pgAppUrl', appUrl.toString())
	return async () => {
		await server.stop()
		rmSync(dataDir, { recursive: true, force: true })
	}
}
