import { beforeEach, describe, expect, it, vi } from 'vitest'
import { requestPasswordReset } from '../../app/domain/accounts/request-password-reset.server.ts'
import type * as passwords from '../../app/domain/auth/password.server.ts'
import { hashPassword } from '../../app/domain/auth/password.server.ts'
import { rateLimits } from '../../app/domain/auth/rate-limit.server.ts'
import { action as resetAction } from '../../app/routes/reset-password.tsx'
import { prisma } from '../../app/utils/db.server.ts'
import { lastTokenSentTo, makeUser } from '../accounts/factories.ts'
import { call } from '../authorization/route-calls.ts'
import { withTestDatabase } from '../setup/database.ts'

// Hashing a new password costs 128 MiB of memory. /reset-password used to pay
// that before it looked at the link, for anyone, as often as they liked.

vi.mock('../../app/domain/auth/password.server.ts', async (importOriginal) => {
	const original = await importOriginal<typeof passwords>()
	return { ...original, hashPassword: vi.fn(original.hashPassword) }
})
const hashed = vi.mocked(hashPassword)

withTestDatabase()
beforeEach(() => {
	hashed.mockClear()
})

function post(form: Record<string, string>) {
	const request = new Request('http://hub.test/reset-password', { method: 'POST', body: new URLSearchParams(form) })
	return call(resetAction, request)
}

async function postWithContext(form: Record<string, string>, ip: string) {
	const request = new Request('http://hub.test/reset-password', { method: 'POST', body: new URLSearchParams(form) })
	const result = await resetAction({ request, params: {}, context: { clientIp: ip } })
	const { data, init } = result as unknown as { data: unknown; init: ResponseInit | null }
	return { status: init?.status ?? 200, headers: new Headers(init?.headers), body: data }
}

const password = 'a new and long passphrase'

describe('/reset-password', () => {
	it('an unknown, used or expired link is refused without hashing anything', async () => {
		const unknown = await postWithContext({ token: 'x'.repeat(43), password }, '192.0.2.1')
		expect(unknown.status).toBe(400)
		expect(JSON.stringify(unknown.body)).toContain('auth.reset.invalidLink')

		const user = await makeUser()
		await requestPasswordReset({ email: user.email }, { ip: '192.0.2.2', baseUrl: 'https://hub.example' })
		const token = await lastTokenSentTo(user.email, '/reset-password?token=')
		expect((await postWithContext({ token, password }, '192.0.2.3')).status).toBe(200)
		expect(hashed).toHaveBeenCalledTimes(1)
		hashed.mockClear()

		const used = await postWithContext({ token, password: 'yet another long passphrase' }, '192.0.2.4')
		expect(used.status).toBe(400)

		await requestPasswordReset({ email: user.email }, { ip: '192.0.2.5', baseUrl: 'https://hub.example' })
		const expiring = await lastTokenSentTo(user.email, '/reset-password?token=')
		await prisma().userToken.updateMany({ where: { usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } })
		expect((await postWithContext({ token: expiring, password }, '192.0.2.6')).status).toBe(400)

		expect(hashed).not.toHaveBeenCalled()
	})

	it('one address sending link after link is stopped with 429 and Retry-After', async () => {
		const ip = '203.0.113.44'
		for (let attempt = 1; attempt <= rateLimits.resetSubmitPerIp.limit; attempt++) {
			const answer = await postWithContext({ token: `guessed-token-${attempt}`, password }, ip)
			expect(answer.status, `attempt ${attempt}`).toBe(400)
		}
		const stopped = await postWithContext({ token: 'guessed-token-last', password }, ip)
		expect(stopped.status).toBe(429)
		expect(Number(stopped.headers.get('Retry-After'))).toBeGreaterThan(0)
		expect(JSON.stringify(stopped.body)).toMatch(/auth\.rateLimited/)
		// Another address is not affected.
		expect((await postWithContext({ token: 'guessed-token-other', password }, '203.0.113.45')).status).toBe(400)
		expect(hashed).not.toHaveBeenCalled()
	})

	it('one link tried over and over, from many addresses, is stopped too', async () => {
		const token = 'the-same-guessed-token'
		for (let attempt = 1; attempt <= rateLimits.resetSubmitPerLink.limit; attempt++) {
			expect((await postWithContext({ token, password }, `198.51.100.${attempt}`)).status).toBe(400)
		}
		expect((await postWithContext({ token, password }, '198.51.100.99')).status).toBe(429)
	})

	it('a malformed form is a 400 that never reaches the hash either', async () => {
		expect((await post({ password })).status).toBe(400)
		expect(hashed).not.toHaveBeenCalled()
	})
})
