import { prisma } from '~/utils/db.server.ts'

export interface ComponentHealth {
	status: 'ok' | 'degraded' | 'down'
	detail?: string
	latencyMs?: number
}

export interface Health {
	status: 'ok' | 'degraded' | 'down'
	database: ComponentHealth
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

/** Serving needs the database; without it the portal is down (503). */
export async function checkHealth(): Promise<Health> {
	const db = await timed(() => prisma().$queryRaw`SELECT 1`)
	const database: ComponentHealth = db.error
		? { status: 'down', detail: 'database unreachable', latencyMs: db.latencyMs }
		: { status: 'ok', latencyMs: db.latencyMs }
	return { status: database.status === 'ok' ? 'ok' : 'down', database, checkedAt: new Date().toISOString() }
}
