import { afterAll, beforeAll, expect, it } from 'vitest'
import { prisma } from '~/utils/db.server.ts'
import { useTestDatabase } from '../../tests/setup/database.ts'
import { runOnce, taskState } from './timers.server.ts'

let db: Awaited<ReturnType<typeof useTestDatabase>>
beforeAll(async () => {
	db = await useTestDatabase()
})
afterAll(async () => {
	await db.cleanup()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

it('takes over a task whose process died once its lease runs out, and not before', async () => {
	await prisma().$executeRaw`
		INSERT INTO "BackgroundTask" ("name", "leasedBy", "leaseUntil", "lastStartedAt")
		VALUES ('test:dead', 'gone:1', (now() AT TIME ZONE 'UTC') + interval '1 second', (now() AT TIME ZONE 'UTC'))`
	expect(await runOnce('test:dead', { minGapMs: 0 }, async () => 'mine')).toEqual({
		ran: false,
		reason: 'running-elsewhere',
	})
	await sleep(1100)
	expect(await runOnce('test:dead', { minGapMs: 0 }, async () => 'mine')).toEqual({ ran: true, value: 'mine' })
	expect(await taskState('test:dead')).toMatchObject({ runningSince: null, lastError: null })
})

it('waits for a run in another process instead of repeating it, and records failures', async () => {
	let release!: () => void
	const first = runOnce('test:shared', { minGapMs: 60_000 }, () => new Promise<void>((resolve) => (release = resolve)))
	await sleep(200)
	const second = runOnce('test:shared', { minGapMs: 60_000, waitIfRunning: true }, async () => 'again')
	await sleep(300)
	release()
	expect(await first).toEqual({ ran: true, value: undefined })
	expect(await second).toEqual({ ran: false, reason: 'waited-for-other' })
	expect(await runOnce('test:shared', { minGapMs: 60_000 }, async () => 'again')).toEqual({
		ran: false,
		reason: 'ran-recently',
	})

	await expect(
		runOnce('test:failing', { minGapMs: 60_000 }, () => Promise.reject(new Error('mail server away'))),
	).rejects.toThrow()
	expect(await taskState('test:failing')).toMatchObject({ lastError: 'mail server away', lastSucceededAt: null })
	// A failed run does not count as recent: the next attempt runs at once.
	expect(await runOnce('test:failing', { minGapMs: 60_000 }, async () => 1)).toEqual({ ran: true, value: 1 })
})
