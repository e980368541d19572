import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashToken } from '../../app/domain/auth/session.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { makeUser } from '../accounts/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { installWriteCounter, SEARCH_REPAIR, type WriteCounter } from './support/write-counter.ts'

// The fuzzer's "nothing written" rests on these counts: every row any
// statement writes is counted, except what a refused request may change.

const db = withTestDatabase()
let counter: WriteCounter

beforeAll(async () => {
	counter = await installWriteCounter(db.url)
})
afterAll(async () => {
	await counter.close()
})

describe('the write counter', () => {
	it('counts the rows each statement inserts, updates and deletes, per table', async () => {
		await counter.take()
		const user = await makeUser()
		await prisma().user.updateMany({ where: { id: user.id }, data: { name: 'Renamed' } })
		await prisma().auditEntry.createMany({
			data: [1, 2, 3].map((n) => ({ action: `test.${n}`, entityType: 'user', entityId: user.id })),
		})
		await prisma().auditEntry.deleteMany({ where: { entityId: user.id } })
		expect(await counter.take()).toEqual({
			'User:INSERT': 1,
			'User:UPDATE': 1,
			'AuditEntry:INSERT': 3,
			'AuditEntry:DELETE': 3,
		})
		expect(await counter.take()).toEqual({})
	})

	it('ignores rate-limit counters and a session touch, but not another change to a session', async () => {
		const user = await makeUser()
		const session = await prisma().session.create({
			data: { userId: user.id, tokenHash: hashToken(`t-${user.id}`), expiresAt: new Date(Date.now() + 86_400_000) },
		})
		await counter.take()
		await prisma().rateLimitBucket.create({ data: { key: 'login:ip:x', windowStart: new Date(), hits: 1 } })
		await prisma().session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(Date.now() + 1000) } })
		expect(await counter.take()).toEqual({})
		await prisma().session.update({
			where: { id: session.id },
			data: { expiresAt: new Date(Date.now() + 2 * 86_400_000) },
		})
		expect(await counter.take()).toEqual({ 'Session:UPDATE': 1 })
	})

	it("sets apart search's own index repairs, but not the same event written with a change", async () => {
		await counter.take()
		await prisma().outboxEvent.create({ data: { topic: 'listing.changed', aggregateId: 'gone' } })
		expect(await counter.take()).toEqual({ [SEARCH_REPAIR]: 1 })
		await prisma().$transaction([
			prisma().auditEntry.create({ data: { action: 'listing.archived', entityType: 'listing', entityId: 'x' } }),
			prisma().outboxEvent.create({ data: { topic: 'listing.changed', aggregateId: 'x' } }),
		])
		expect(await counter.take()).toEqual({ 'AuditEntry:INSERT': 1, 'OutboxEvent:INSERT': 1 })
	})
})
