import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import pg from 'pg'

// Prisma's schema engine compiled to WebAssembly, driven through
// @prisma/adapter-pg. The native engine cannot be downloaded on these
// machines; the WASM build can diff a live database against schema.prisma,
// which is all the drift test and `hub migration:create` need
// (docs/decisions/002-migration-applier.md).

export const schemaPath = path.resolve(import.meta.dirname, '../../prisma/schema.prisma')

interface WasmSchemaEngine {
	diff(params: unknown): Promise<{ exitCode: number; stdout?: string | null }>
	free(): void
}

interface WasmModule {
	__wbg_set_wasm(exports: WebAssembly.Exports): void
	SchemaEngine: {
		new: (options: unknown, log: (line: string) => void, adapter: unknown) => Promise<WasmSchemaEngine>
	}
}

let wasmModule: Promise<WasmModule> | undefined

/** The WASM module may be instantiated only once per process. */
function loadWasm(): Promise<WasmModule> {
	wasmModule ??= (async () => {
		const bindings = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as WasmModule
		const require = createRequire(import.meta.url)
		const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'))
		const { instance } = await WebAssembly.instantiate(readFileSync(path.join(dir, 'schema_engine_bg.wasm')), {
			'./schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports,
		})
		bindings.__wbg_set_wasm(instance.exports)
		;(instance.exports as { __wbindgen_start: () => void }).__wbindgen_start()
		return bindings
	})()
	return wasmModule
}

/**
 * The engine's introspection reads catalog columns of PostgreSQL's internal
 * one-byte `"char"` type (OID 18), which the driver adapter cannot map.
 * Reporting them as text is lossless for introspection.
 */
class CharAsTextPool extends pg.Pool {
	// @ts-expect-error -- narrowing pg's overloaded signature to the form the adapter uses
	override async query(config: pg.QueryConfig, values?: unknown[]) {
		const result = (await super.query(config, values)) as pg.QueryResult
		for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25
		return result
	}
}

export interface SchemaDiff {
	/** True when the database already matches the schema. */
	inSync: boolean
	/** The SQL that would bring the database to the schema. */
	sql: string
}

/** What SQL would turn the database at `databaseUrl` into the schema `schemaText`. */
export async function diffDatabaseAgainstSchema(
	databaseUrl: string,
	schemaText = readFileSync(schemaPath, 'utf8'),
): Promise<SchemaDiff> {
	const wasm = await loadWasm()
	const url = new URL(databaseUrl)
	// Host/port/user fields rather than a connection string (machine-notes).
	const pool = new CharAsTextPool({
		host: url.hostname,
		port: Number(url.port || 5432),
		user: decodeURIComponent(url.username),
		password: decodeURIComponent(url.password),
		database: url.pathname.slice(1),
		max: 2,
	})
	const files = [{ path: 'schema.prisma', content: schemaText }]
	const engine = await wasm.SchemaEngine.new(
		{ datamodels: [['schema.prisma', schemaText]] },
		() => {},
		bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool as unknown as pg.Pool)),
	)
	try {
		const result = await engine.diff({
			from: { tag: 'schemaDatasource', files, configDir: path.dirname(schemaPath) },
			to: { tag: 'schemaDatamodel', files },
			script: true,
			exitCode: true,
			filters: { externalTables: [], externalEnums: [] },
		})
		const sql = result.stdout ?? ''
		return { inSync: result.exitCode === 0, sql }
	} finally {
		engine.free()
		await pool.end()
	}
}
