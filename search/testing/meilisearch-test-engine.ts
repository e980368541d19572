import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll } from 'vitest'
import { allDocuments } from '../documents.server.ts'
import type { SearchEngine } from '../engine.ts'
import { MeilisearchEngine } from '../meilisearch/engine.server.ts'

/** A Meilisearch engine on an index of its own (MEILI_HOST's server), which `dispose` deletes after the tests. */
export function meilisearchTestEngine(host: string) {
	const engine = new MeilisearchEngine({
		host,
		apiKey: process.env.MEILI_MASTER_KEY,
		indexPrefix: `test_${randomBytes(4).toString('hex')}_`,
	})
	return Object.assign(engine, {
		dispose: async () => {
			await engine.client.deleteIndexIfExists(engine.indexUid)
		},
	})
}

export type TestEngine = SearchEngine & { dispose?: () => Promise<void> }

/** The engine `make` gives, configured and filled with every visible listing before the block's tests, disposed after them. */
export function rebuiltEngine(make: () => Promise<TestEngine>): () => TestEngine {
	let engine: TestEngine | undefined
	beforeAll(async () => {
		engine = await make()
		await engine.configure()
		await engine.rebuild(allDocuments())
	})
	afterAll(async () => {
		await engine?.dispose?.()
	})
	return () => engine!
}
