import { describe, expect, it } from 'vitest'
import { prisma } from '../../app/utils/db.server.ts'
import { startBackgroundWork } from '../../server/background.server.ts'
import { withTestDatabase } from '../setup/database.ts'

// Rate-limit windows nobody counts in any more are removed by the background
// work, so the table does not grow with every address that ever tried.

withTestDatabase()

describe('background work', () => {
	it('prunes rate-limit windows older than a day and keeps current ones', async () => {
		const now = Date.now()
		await prisma().rateLimitBucket.createMany({
			data: [
				{ key: 'login:ip:old', windowStart: new Date(now - 3 * 86_400_000), hits: 5 },
				{ key: 'login:ip:current', windowStart: new Date(now - 60_000), hits: 2 },
			],
		})
		const background = await startBackgroundWork({ log: () => {}, pruneRateLimitsEveryMs: 200 })
		try {
			let keys: string[] = []
			for (let attempt = 0; attempt < 50; attempt++) {
				keys = (await prisma().rateLimitBucket.findMany({ select: { key: true } })).map((row) => row.key)
				if (!keys.includes('login:ip:old')) break
				await new Promise((resolve) => setTimeout(resolve, 100))
			}
			expect(keys).toEqual(['login:ip:current'])
		} finally {
			await background.stop()
		}
	})
})
