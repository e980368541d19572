import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { prisma } from '~/utils/db.server.ts'
import { useTestDatabase } from '../../tests/setup/database.ts'
import { backlog, backoffMs, claimBatch, complete, enqueue, enqueueMany, extendLease, fail } from './outbox.server.ts'
import { listingChanged, TOPICS } from './topics.ts'
import { type OutboxWorkerOptions, startOutboxWorker } from './worker.server.ts'

let db: Awaited<ReturnType<typeof useTestDatabase>>
beforeAll(async () => {
	db = await useTestDatabase()
})
afterAll(async () => {
	await db.cleanup()
})
beforeEach(async () => {
	await prisma().outboxEvent.deleteMany()
})

const topics = ['test.a', 'test.b']
/** A claim of the test topics with a long lease and room for every row, unless a test says otherwise. */
const claim = (workerId: string, options: { leaseMs?: number; limit?: number } = {}) =>
	claimBatch({ workerId, leaseMs: 10_000, limit: 10, topics, ...options })
/** A worker that polls often and does not LISTEN: the test drives it. */
const pollingWorker = (handlers: OutboxWorkerOptions['handlers'], pollMs = 50) =>
	startOutboxWorker({ handlers, pollMs, listen: false })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('enqueue', () => {
	it('commits with the transaction and disappears with its rollback', async () => {
		await prisma().$transaction(async (tx) => {
			await enqueue(tx, { topic: 'test.a', aggregateId: 'kept', payload: { why: 'test' } })
		})
		await expect(
			prisma().$transaction(async (tx) => {
				await listingChanged(tx, 'rolled-back')
				throw new Error('the change failed')
			}),
		).rejects.toThrow('the change failed')
		const rows = await prisma().outboxEvent.findMany()
		expect(rows.map((r) => [r.topic, r.aggregateId, r.payload])).toEqual([['test.a', 'kept', { why: 'test' }]])
		expect(rows[0]!.attempts).toBe(0)
		expect(rows[0]!.processedAt).toBeNull()
	})
})

describe('claim, complete, fail', () => {
	it('leases due rows oldest first to one worker', async () => {
		await enqueueMany(
			prisma(),
			[1, 2, 3].map((n) => ({ topic: 'test.a', aggregateId: `agg-${n}` })),
		)
		await enqueue(prisma(), { topic: 'other.topic', aggregateId: 'x' })
		const claimed = await claim('w1', { limit: 2 })
		expect(claimed.map((r) => r.aggregateId)).toEqual(['agg-1', 'agg-2'])
		expect(claimed.every((r) => r.attempts === 1)).toBe(true)
		const rest = await claim('w2')
		expect(rest.map((r) => r.aggregateId)).toEqual(['agg-3'])
		expect(await claim('w3')).toEqual([])
		const leased = await prisma().outboxEvent.findMany({ where: { topic: 'test.a' }, orderBy: { id: 'asc' } })
		expect(leased.map((r) => r.leasedBy)).toEqual(['w1', 'w1', 'w2'])
	})

	it('completes rows for good', async () => {
		await enqueue(prisma(), { topic: 'test.a', aggregateId: 'a' })
		const [row] = await claim('w1', { leaseMs: 50 })
		expect(await complete([row!.id])).toBe(1)
		await sleep(80)
		expect(await claim('w2', { leaseMs: 50 })).toEqual([])
		expect((await prisma().outboxEvent.findFirstOrThrow()).processedAt).toBeInstanceOf(Date)
		expect(await complete([row!.id])).toBe(0)
	})

	it('gives a failed row back with its error after a growing backoff', async () => {
		await enqueue(prisma(), { topic: 'test.a', aggregateId: 'a' })
		const [row] = await claim('w1')
		expect(await fail(row!.id, new Error('engine said no'), { workerId: 'somebody-else' })).toBe(0)
		expect(await fail(row!.id, new Error('engine said no'), { workerId: 'w1', attempts: 1 })).toBe(1)
		const failed = await prisma().outboxEvent.findFirstOrThrow()
		expect(failed.lastError).toBe('Error: engine said no')
		expect(failed.leasedBy).toBeNull()
		expect(failed.availableAt.getTime()).toBeGreaterThan(Date.now() + 500)
		expect(await claim('w2')).toEqual([])
		expect(await backlog(topics)).toMatchObject({ pending: 1, failing: 1 })

		await prisma().outboxEvent.update({ where: { id: failed.id }, data: { availableAt: new Date(Date.now() - 1000) } })
		const [again] = await claim('w2')
		expect(again!.attempts).toBe(2)
	})

	it('keeps a row scheduled for later out of claims and out of the backlog until it is due', async () => {
		await enqueue(prisma(), { topic: 'test.a', aggregateId: 'later', availableAt: new Date(Date.now() + 3600_000) })
		expect(await claim('w1')).toEqual([])
		expect(await backlog(topics)).toMatchObject({ pending: 0, failing: 0 })
		await prisma().outboxEvent.updateMany({ data: { availableAt: new Date(Date.now() - 1000) } })
		expect((await claim('w1')).map((r) => r.aggregateId)).toEqual(['later'])
	})

	it('backs off exponentially up to five minutes', () => {
		const fixed = () => 0.5
		expect([1, 2, 3, 10, 30].map((n) => backoffMs(n, fixed))).toEqual([1000, 2000, 4000, 300_000, 300_000])
	})

	it('hands a row to another worker when the lease runs out, unless it was extended', async () => {
		await enqueueMany(prisma(), [
			{ topic: 'test.a', aggregateId: 'slow' },
			{ topic: 'test.b', aggregateId: 'dead' },
		])
		const claimed = await claim('w1', { leaseMs: 300 })
		expect(claimed).toHaveLength(2)
		await sleep(150)
		await extendLease([claimed[0]!.id], { workerId: 'w1', leaseMs: 5000 })
		await sleep(250)
		const taken = await claim('w2')
		expect(taken.map((r) => [r.aggregateId, r.attempts])).toEqual([['dead', 2]])
	})

	it('keeps an aggregate with one worker at a time', async () => {
		await enqueueMany(prisma(), [
			{ topic: 'test.a', aggregateId: 'same' },
			{ topic: 'test.a', aggregateId: 'other' },
		])
		const first = await claim('w1')
		expect(first).toHaveLength(2)
		await enqueue(prisma(), { topic: 'test.a', aggregateId: 'same' })
		expect(await claim('w2')).toEqual([])
		await complete(first.map((r) => r.id))
		expect((await claim('w2')).map((r) => r.aggregateId)).toEqual(['same'])
	})

	it('never gives the same row to two concurrent claimers', async () => {
		await enqueueMany(
			prisma(),
			Array.from({ length: 300 }, (_, n) => ({ topic: n % 2 ? 'test.a' : 'test.b', aggregateId: `agg-${n}` })),
		)
		const claims = await Promise.all(Array.from({ length: 12 }, (_, n) => claim(`w${n}`, { limit: 40 })))
		const ids = claims.flat().map((r) => String(r.id))
		expect(new Set(ids).size).toBe(ids.length)
		expect(ids).toHaveLength(300)
	})
})

describe('worker', () => {
	it('delivers by topic, completes what succeeded and retries what failed', async () => {
		const seen: string[] = []
		let failOnce = true
		const worker = pollingWorker({
			'test.a': async (events) => {
				seen.push(...events.map((e) => `a:${e.aggregateId}`))
			},
			'test.b': async (events) => {
				seen.push(...events.map((e) => `b:${e.aggregateId}`))
				if (failOnce) {
					failOnce = false
					return { failed: [{ id: events[0]!.id, error: new Error('flaky') }] }
				}
			},
		})
		try {
			await enqueueMany(prisma(), [
				{ topic: 'test.a', aggregateId: '1' },
				{ topic: 'test.b', aggregateId: '2' },
				{ topic: 'unhandled', aggregateId: '3' },
			])
			await worker.drain()
			expect(seen.sort()).toEqual(['a:1', 'b:2'])
			const b = await prisma().outboxEvent.findFirstOrThrow({ where: { topic: 'test.b' } })
			expect(b.processedAt).toBeNull()
			expect(b.lastError).toMatch(/flaky/)
			await prisma().outboxEvent.update({ where: { id: b.id }, data: { availableAt: new Date(Date.now() - 1) } })
			await worker.drain()
			expect(seen.filter((s) => s === 'b:2')).toHaveLength(2)
			expect((await prisma().outboxEvent.findFirstOrThrow({ where: { topic: 'test.b' } })).processedAt).toBeInstanceOf(
				Date,
			)
			expect((await prisma().outboxEvent.findFirstOrThrow({ where: { topic: 'unhandled' } })).attempts).toBe(0)
		} finally {
			await worker.stop()
		}
	})

	it('treats a throwing handler as a failure of its whole batch', async () => {
		const worker = pollingWorker({
			'test.a': async () => {
				throw new Error('engine unreachable')
			},
		})
		try {
			await enqueueMany(prisma(), [
				{ topic: 'test.a', aggregateId: '1' },
				{ topic: 'test.a', aggregateId: '2' },
			])
			await worker.drain()
			const rows = await prisma().outboxEvent.findMany()
			expect(rows.every((r) => r.processedAt === null && r.lastError === 'Error: engine unreachable')).toBe(true)
		} finally {
			await worker.stop()
		}
	})

	it('wakes on NOTIFY at commit, long before its next poll', async () => {
		let deliveredAt = 0
		const worker = startOutboxWorker({
			handlers: {
				[TOPICS.listingChanged]: async () => {
					deliveredAt = Date.now()
				},
			},
			pollMs: 10_000,
		})
		try {
			await sleep(300) // LISTEN connected, first poll done
			const committedAt = Date.now()
			await prisma().$transaction(async (tx) => listingChanged(tx, 'fresh'))
			for (let i = 0; i < 300 && !deliveredAt; i++) await sleep(20)
			expect(deliveredAt).toBeGreaterThan(0)
			// Polling alone would take 10 s: anything well under that proves the NOTIFY woke it.
			expect(deliveredAt - committedAt).toBeLessThan(6000)
		} finally {
			await worker.stop()
		}
	})

	it('finishes the batch in hand when stopped', async () => {
		let finished = false
		const worker = pollingWorker(
			{
				'test.a': async () => {
					await sleep(300)
					finished = true
				},
			},
			20,
		)
		await enqueue(prisma(), { topic: 'test.a', aggregateId: '1' })
		await sleep(100)
		await worker.stop()
		expect(finished).toBe(true)
		expect((await prisma().outboxEvent.findFirstOrThrow()).processedAt).toBeInstanceOf(Date)
	})
})
