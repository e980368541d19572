import { searchHealth, type SearchHealth } from '../../../search/index.server.ts'
import { prisma } from '~/utils/db.server.ts'

export interface ComponentHealth {
	status: 'ok' | 'degraded' | 'down'
	detail?: string
	latencyMs?: number
}

export interface Health {
	/** down = cannot serve (503); degraded = serving, but something needs attention. */
	status: 'ok' | 'degraded' | 'down'
	database: ComponentHealth
	search: SearchHealth | ComponentHealth
	checkedAt: string
}

async function timed<T>(work: () => Promise<T>): Promise<{ value?: T; error?: unknown; latencyMs: number }> {
	const started = performance.now()
	try {
		const value = await work()
		return { value, latencyMs: Math.round(performance.now() - started) }
	} catch (error) {
		return { error, latencyMs: Math.round(performance.now() - started) }
	}
}

/**
 * Serving needs the database; without it the portal is down (503). Search
 * that answers from the PostgreSQL fallback while Meilisearch is away is
 * degraded, still 200: pages keep working.
 */
export async function checkHealth(): Promise<Health> {
	const db = await timed(() => prisma().$queryRaw`SELECT 1`)
	const database: ComponentHealth = db.error
		? { status: 'down', detail: 'database unreachable', latencyMs: db.latencyMs }
		: { status: 'ok', latencyMs: db.latencyMs }
	const searchCheck = await timed(() => searchHealth())
	const search: SearchHealth | ComponentHealth = searchCheck.value ?? {
		status: 'down',
		detail: searchCheck.error instanceof Error ? searchCheck.error.message : 'search unavailable',
	}
	const status = database.status === 'down' ? 'down' : search.status === 'ok' ? 'ok' : 'degraded'
	return { status, database, search, checkedAt: new Date().toISOString() }
}
