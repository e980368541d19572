import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loader } from '../../app/routes/healthz.ts'
import { disconnectPrisma } from '../../app/utils/db.server.ts'
import { freeLoopbackPort } from '../../server/db/embedded-postgres.server.ts'
import { useTestDatabase } from '../setup/database.ts'

let db: Awaited<ReturnType<typeof useTestDatabase>>
beforeAll(async () => {
	db = await useTestDatabase()
})
afterAll(async () => {
	await db.cleanup()
})

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
})
