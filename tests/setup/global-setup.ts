import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.server.ts'
import { ensureDatabaseExists } from '../../server/db/database.server.ts'
import { applyMigrations } from '../../server/db/migrate.server.ts'
import { TEMPLATE_DATABASE } from './template.ts'

declare module 'vitest' {
	export interface ProvidedContext {
		pgAdminUrl: string
	}
}

// One PostgreSQL for the whole run, one migrated template database; every test
// file clones the template (docs/decisions/003-test-databases.md).
export default async function setup(project: TestProject) {
	const dataDir = path.join(tmpdir(), `atmp-hub-test-${process.pid}`)
	rmSync(dataDir, { recursive: true, force: true })
	const server = await startEmbeddedPostgres({ dataDir, persistent: false })
	const adminUrl = server.urlFor('postgres')
	await ensureDatabaseExists(adminUrl, TEMPLATE_DATABASE)
	await applyMigrations(server.urlFor(TEMPLATE_DATABASE))
	project.provide('pgAdminUrl', adminUrl)
	return async () => {
		await server.stop()
		rmSync(dataDir, { recursive: true, force: true })
	}
}
