import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { listingChanged } from '../../app/outbox/topics.ts'
import { loader } from '../../app/routes/healthz.ts'
import { disconnectPrisma, prisma } from '../../app/utils/db.server.ts'
import { resetEnvCache } from '../../app/utils/env.server.ts'
import { PostgresSearchEngine } from '../../search/postgres/engine.server.ts'
import { startBackgroundWork } from '../../server/background.server.ts'
import { freeLoopbackPort } from '../../server/db/embedded-postgres.server.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()
afterEach(() => {
	delete process.env.HUB_PENDING_DEGRADED_SECONDS
	resetEnvCache()
})

async function health() {
	const response = await loader()
	expect(response.status).toBe(200)
	return response.json()
}

describe('GET /healthz', () => {
	it('answers 200 with the database state while the database serves', async () => {
		const response = await loader()
		expect(response.status).toBe(200)
		const body = await response.json()
		expect(body.status).toBe('ok')
		expect(body.database.status).toBe('ok')
		expect(body.search).toMatchObject({ status: 'ok', engine: 'postgres' })
	})

	it('answers 503 when the database is unreachable', async () => {
		const url = process.env.DATABASE_URL!
		await disconnectPrisma()
		process.env.DATABASE_URL = `postgresql://nobody:nothing@127.0.0.1:${await freeLoopbackPort()}/none`
		try {
			const response = await loader()
			expect(response.status).toBe(503)
			const body = await response.json()
			expect(body.database.status).toBe('down')
		} finally {
			await disconnectPrisma()
			process.env.DATABASE_URL = url
		}
	})

	it('turns degraded when a change has waited for the index longer than HUB_PENDING_DEGRADED_SECONDS (no worker running)', async () => {
		await listingChanged(prisma(), randomUUID())
		const fresh = await health()
		expect(fresh.status).toBe('ok')
		expect(fresh.search).toMatchObject({ pendingChanges: 1, oldestPendingSeconds: expect.any(Number) })
		expect(fresh.search.oldestPendingSeconds).toBeLessThan(60)

		// The worker stopped 90 seconds ago.
		await prisma().$executeRaw`
			UPDATE "OutboxEvent" SET "createdAt" = "createdAt" - interval '90 seconds',
				"availableAt" = "availableAt" - interval '90 seconds' WHERE "processedAt" IS NULL`
		const stale = await health()
		expect(stale.status).toBe('degraded')
		expect(stale.search.status).toBe('degraded')
		expect(stale.search.oldestPendingSeconds).toBeGreaterThanOrEqual(90)
		expect(stale.search.detail).toMatch(/waited 9\d s .*worker/)

		process.env.HUB_PENDING_DEGRADED_SECONDS = '300'
		resetEnvCache()
		expect((await health()).status).toBe('ok')

		await prisma().$executeRaw`UPDATE "OutboxEvent" SET "processedAt" = now() WHERE "processedAt" IS NULL`
		process.env.HUB_PENDING_DEGRADED_SECONDS = '60'
		resetEnvCache()
		expect(await health()).toMatchObject({ status: 'ok', search: { pendingChanges: 0, oldestPendingSeconds: 0 } })
	})

	it('is never ok after the last reconciliation failed, whichever process ran it, until one succeeds', async () => {
		const working = new PostgresSearchEngine()
		const unreadable = Object.assign(Object.create(working) as PostgresSearchEngine, {
			stamps: () => Promise.reject(new Error('index unreadable')),
			configure: () => working.configure(),
		})
		const lines: string[] = []
		const failing = await startBackgroundWork({ engine: unreadable, log: (line) => lines.push(line) })
		await failing.stop()
		expect(lines.join('\n')).toMatch(/start-up reconciliation failed/)

		const after = await health()
		expect(after.status).toBe('degraded')
		expect(after.search.lastReconciliation).toMatchObject({ ok: false, running: false })
		expect(after.search.detail).toMatch(/last reconciliation failed: search: no index could be read/)

		// The next process to start retries at once (a failure is never "ran recently") and clears it.
		const healthy = await startBackgroundWork({ engine: working, log: () => {} })
		await healthy.stop()
		const cleared = await health()
		expect(cleared.status).toBe('ok')
		expect(cleared.search.lastReconciliation).toMatchObject({ ok: true, at: expect.any(String) })
	})
})
