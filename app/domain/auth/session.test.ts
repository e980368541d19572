import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '~/utils/db.server.ts'
import { useTestDatabase } from '../../../tests/setup/database.ts'
import {
	endAllSessions,
	endSession,
	hashToken,
	resolveSession,
	startSession,
	type SessionPolicy,
} from './session.server.ts'

let db: Awaited<ReturnType<typeof useTestDatabase>>
let userId: string
const policy: SessionPolicy = { idleMs: 8 * 3_600_000, absoluteMs: 14 * 86_400_000 }
const t0 = new Date('2026-11-24T09:00:00Z')
const after = (ms: number) => new Date(t0.getTime() + ms)

beforeAll(async () => {
	db = await useTestDatabase()
	userId = (await prisma().user.create({ data: { email: 'session@example.org', name: 'Session Tester' } })).id
})
afterAll(async () => {
	await db.cleanup()
})

describe('sessions', () => {
	it('stores only a hash of the token', async () => {
		const { token } = await startSession(userId, { now: t0, policy })
		const rows = await prisma().session.findMany({ where: { userId } })
		expect(rows.some((row) => row.tokenHash === hashToken(token))).toBe(true)
		expect(rows.some((row) => row.tokenHash === token)).toBe(false)
	})

	it('rotates at login: the token presented before login stops working', async () => {
		const before = await startSession(userId, { now: t0, policy })
		const afterLogin = await startSession(userId, { now: t0, policy, replacingToken: before.token })
		expect(await resolveSession(before.token, { now: t0, policy })).toBeNull()
		expect(await resolveSession(afterLogin.token, { now: t0, policy })).toMatchObject({ userId })
	})

	it('ends after the idle timeout, but activity keeps it alive', async () => {
		const { token } = await startSession(userId, { now: t0, policy })
		expect(await resolveSession(token, { now: after(7 * 3_600_000), policy })).not.toBeNull()
		// Seen at 7 h, so 14 h is only 7 h idle.
		expect(await resolveSession(token, { now: after(14 * 3_600_000), policy })).not.toBeNull()
		expect(await resolveSession(token, { now: after(22 * 3_600_000 + 1000), policy })).toBeNull()
	})

	it('ends at the absolute timeout however active the user is', async () => {
		const { token } = await startSession(userId, { now: t0, policy })
		for (let hour = 6; hour < 14 * 24; hour += 6) {
			expect(await resolveSession(token, { now: after(hour * 3_600_000), policy })).not.toBeNull()
		}
		expect(await resolveSession(token, { now: after(14 * 86_400_000 + 1000), policy })).toBeNull()
	})

	it('logout ends that session; logout everywhere ends all but the one kept', async () => {
		const a = await startSession(userId, { now: t0, policy })
		const b = await startSession(userId, { now: t0, policy })
		const c = await startSession(userId, { now: t0, policy })
		await endSession(a.token)
		expect(await resolveSession(a.token, { now: t0, policy })).toBeNull()
		await endAllSessions(userId, { except: c.token })
		expect(await resolveSession(b.token, { now: t0, policy })).toBeNull()
		expect(await resolveSession(c.token, { now: t0, policy })).not.toBeNull()
	})

	it('a disabled account has no valid session', async () => {
		const { token } = await startSession(userId, { now: t0, policy })
		await prisma().user.update({ where: { id: userId }, data: { disabledAt: t0 } })
		try {
			expect(await resolveSession(token, { now: t0, policy })).toBeNull()
		} finally {
			await prisma().user.update({ where: { id: userId }, data: { disabledAt: null } })
		}
	})
})
