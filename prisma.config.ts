import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { defineConfig } from 'prisma/config'

// The Prisma CLI downloads its native schema engine at start-up, and these
// machines have no internet. Pointing it at any existing file stops the
// download; `generate`, `validate` and `format` never need the engine.
// Migrations are applied by our own applier (see docs/decisions/002).
const stubEngine = path.join(import.meta.dirname, 'node_modules', '.cache', 'no-schema-engine.sh')
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
	if (!existsSync(stubEngine)) {
		mkdirSync(path.dirname(stubEngine), { recursive: true })
		writeFileSync(
			stubEngine,
			'#!/bin/sh\necho "schema engine unavailable offline: use npm run hub -- migrate" >&2\nexit 1\n',
			{ mode: 0o755 },
		)
	}
	process.env.PRISMA_SCHEMA_ENGINE_BINARY = stubEngine
}
process.env.CHECKPOINT_DISABLE = '1'

export default defineConfig({
	schema: 'prisma/schema.prisma',
	migrations: { path: 'prisma/migrations' },
})
