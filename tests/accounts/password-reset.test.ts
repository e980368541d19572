import { describe, expect, it } from 'vitest'
import { requestPasswordReset } from '../../app/domain/accounts/request-password-reset.server.ts'
import { isResetLinkUsable, resetPassword } from '../../app/domain/accounts/reset-password.server.ts'
import { logIn } from '../../app/domain/auth/log-in.server.ts'
import { resolveSession, startSession } from '../../app/domain/auth/session.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { lastTokenSentTo, makeUser, queuedMailTo } from './factories.ts'

withTestDatabase()

let ipCounter = 0
const context = () => ({ ip: `192.0.2.${++ipCounter}`, baseUrl: 'https://hub.example' })

describe('forgotten password', () => {
	it('answers the same whether or not the address has an account, and mails only a real one', async () => {
		const user = await makeUser({ locale: 'sv' })
		const outboxBefore = await prisma().outboxEvent.count()
		expect(await requestPasswordReset({ email: 'no-account@example.org' }, context())).toEqual({
			kind: 'sent-if-exists',
		})
		expect(await prisma().outboxEvent.count()).toBe(outboxBefore)
		expect(await requestPasswordReset({ email: user.email }, context())).toEqual({ kind: 'sent-if-exists' })
		const [mail] = await queuedMailTo(user.email)
		expect(mail!.subject).toBe('Återställ ditt lösenord')
		expect(mail!.text).toContain('https://hub.example/reset-password?token=')
	})

	it('a filled-in honeypot sends nothing', async () => {
		const user = await makeUser()
		await requestPasswordReset({ email: user.email, website: 'http://spam.example' }, context())
		expect(await queuedMailTo(user.email)).toEqual([])
	})

	it('the link works once, sets the password, and ends every session', async () => {
		const user = await makeUser({ verified: false })
		const phone = await startSession(user.id)
		const laptop = await startSession(user.id)
		await requestPasswordReset({ email: user.email }, context())
		const token = await lastTokenSentTo(user.email, '/reset-password?token=')
		expect(await isResetLinkUsable(token)).toBe(true)

		expect(await resetPassword({ token, password: 'a brand new passphrase' }, context())).toEqual({ kind: 'reset' })
		expect(await resolveSession(phone.token)).toBeNull()
		expect(await resolveSession(laptop.token)).toBeNull()
		// The link came through the mailbox: the address is proven.
		expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeInstanceOf(Date)
		const login = await logIn({ email: user.email, password: 'a brand new passphrase' }, { ip: '198.51.100.200' })
		expect(login.kind).toBe('signed-in')

		expect(await isResetLinkUsable(token)).toBe(false)
		expect(await resetPassword({ token, password: 'yet another passphrase' }, context())).toEqual({
			kind: 'invalid-link',
		})
	})

	it('the link expires after an hour, and only the newest link works', async () => {
		const user = await makeUser()
		const asked = new Date()
		await requestPasswordReset({ email: user.email }, { ...context(), now: asked })
		const first = await lastTokenSentTo(user.email, '/reset-password?token=')
		await requestPasswordReset({ email: user.email }, { ...context(), now: asked })
		const second = await lastTokenSentTo(user.email, '/reset-password?token=')
		expect(second).not.toBe(first)
		expect(await resetPassword({ token: first, password: 'a brand new passphrase' }, context())).toEqual({
			kind: 'invalid-link',
		})
		const hourLater = new Date(asked.getTime() + 3_600_000 + 1000)
		expect(
			await resetPassword({ token: second, password: 'a brand new passphrase' }, { ...context(), now: hourLater }),
		).toEqual({
			kind: 'invalid-link',
		})
	})

	it('limits requests per account and per IP address', async () => {
		const now = new Date('2026-11-24T14:00:00Z')
		const user = await makeUser()
		for (let request = 1; request <= 3; request++) {
			expect((await requestPasswordReset({ email: user.email }, { ...context(), now })).kind).toBe('sent-if-exists')
		}
		expect((await requestPasswordReset({ email: user.email }, { ...context(), now })).kind).toBe('rate-limited')
		expect(await queuedMailTo(user.email)).toHaveLength(3)

		const ip = '203.0.113.50'
		for (let request = 1; request <= 10; request++) {
			const result = await requestPasswordReset({ email: `someone-${request}@example.org` }, { ip, baseUrl: 'x', now })
			expect(result.kind).toBe('sent-if-exists')
		}
		expect((await requestPasswordReset({ email: 'someone-11@example.org' }, { ip, baseUrl: 'x', now })).kind).toBe(
			'rate-limited',
		)
	})
})
