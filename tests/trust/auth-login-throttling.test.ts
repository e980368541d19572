import { describe, expect, it } from 'vitest'
import { requestPasswordReset } from '../../app/domain/accounts/request-password-reset.server.ts'
import { resetPassword } from '../../app/domain/accounts/reset-password.server.ts'
import { logIn } from '../../app/domain/auth/log-in.server.ts'
import { loginThrottle, waitAfterFailures } from '../../app/domain/auth/login-throttle.server.ts'
import { KNOWN_PASSWORD, lastTokenSentTo, makeUser } from '../accounts/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

// Eight wrong passwords used to lock the real owner out for 15 minutes, from
// anywhere. Now failures slow down the client that makes them; the owner,
// signing in from their own computer, is never the one who waits.

withTestDatabase()

const t0 = new Date('2026-11-24T08:00:00Z')
const stranger = '203.0.113.66'
const ownersLaptop = '198.51.100.10'

describe('throttling instead of lockout', () => {
	it('each failure past the free ones doubles the wait, up to a cap', () => {
		const free = loginThrottle.freeFailures
		expect(waitAfterFailures(free)).toBe(0)
		expect(waitAfterFailures(free + 1)).toBe(loginThrottle.firstWaitMs)
		expect(waitAfterFailures(free + 2)).toBe(2 * loginThrottle.firstWaitMs)
		expect(waitAfterFailures(free + 5)).toBe(16 * loginThrottle.firstWaitMs)
		expect(waitAfterFailures(free + 1000)).toBe(loginThrottle.maxWaitMs)
	})

	it("a stranger's 50 wrong passwords from one address slow the stranger and never stop the owner", async () => {
		const owner = await makeUser()
		const outcomes: string[] = []
		// One guess a second, as fast as a script types.
		for (let second = 0; second < 50; second++) {
			const now = new Date(t0.getTime() + second * 1000)
			const result = await logIn({ email: owner.email, password: `guess number ${second}` }, { ip: stranger, now })
			outcomes.push(result.kind)
			if (result.kind === 'rate-limited') expect(result.retryAfterSeconds).toBeGreaterThan(0)
			// The owner, on their own laptop, signs in at any moment of the attack.
			if (second % 10 === 9) {
				const mine = await logIn({ email: owner.email, password: KNOWN_PASSWORD }, { ip: ownersLaptop, now })
				expect(mine.kind, `second ${second}`).toBe('signed-in')
			}
		}
		// The free failures, then one wait after another that doubles: most guesses are never checked.
		const checked = outcomes.filter((kind) => kind === 'invalid-credentials').length
		expect(checked).toBeGreaterThanOrEqual(loginThrottle.freeFailures)
		expect(checked).toBeLessThanOrEqual(loginThrottle.freeFailures + 6)
		expect(outcomes.filter((kind) => kind === 'rate-limited')).toHaveLength(50 - checked)
		const next = await logIn(
			{ email: owner.email, password: 'guess after the run' },
			{ ip: stranger, now: new Date(t0.getTime() + 50_000) },
		)
		expect(next.kind).toBe('rate-limited')
	}, 120_000)

	it('the owner behind the same address as the guesser is slowed too, until a password reset clears it', async () => {
		const owner = await makeUser()
		const office = '203.0.113.80'
		for (let failure = 0; failure < loginThrottle.freeFailures + 3; failure++) {
			await logIn({ email: owner.email, password: 'not it at all' }, { ip: office, now: t0 })
		}
		const before = await logIn({ email: owner.email, password: KNOWN_PASSWORD }, { ip: office, now: t0 })
		expect(before.kind).toBe('rate-limited')

		await requestPasswordReset({ email: owner.email }, { ip: '192.0.2.200', baseUrl: 'https://hub.example' })
		const token = await lastTokenSentTo(owner.email, '/reset-password?token=')
		expect(await resetPassword({ token, password: 'a fresh long passphrase' }, { ip: office, now: t0 })).toEqual({
			kind: 'reset',
		})
		const after = await logIn({ email: owner.email, password: 'a fresh long passphrase' }, { ip: office, now: t0 })
		expect(after.kind).toBe('signed-in')
	}, 60_000)

	it('an attack spread over many addresses slows each of them, but not a client that has not failed', async () => {
		const owner = await makeUser()
		const saved = { ...loginThrottle.accountBackstop }
		// The real backstop is 100 failures an hour; three keeps the test short.
		loginThrottle.accountBackstop.limit = 3
		try {
			for (let bot = 1; bot <= 4; bot++) {
				const result = await logIn({ email: owner.email, password: 'botnet guess' }, { ip: `192.0.2.${bot}`, now: t0 })
				expect(result.kind).toBe('invalid-credentials')
			}
			// The fourth failure is past the backstop: that bot waits, though it failed only once.
			const soon = new Date(t0.getTime() + 1000)
			const botAgain = await logIn({ email: owner.email, password: 'botnet guess' }, { ip: '192.0.2.4', now: soon })
			expect(botAgain).toEqual({ kind: 'rate-limited', retryAfterSeconds: loginThrottle.backstopWaitMs / 1000 - 1 })
			const mine = await logIn({ email: owner.email, password: KNOWN_PASSWORD }, { ip: ownersLaptop, now: soon })
			expect(mine.kind).toBe('signed-in')
		} finally {
			Object.assign(loginThrottle.accountBackstop, saved)
		}
	}, 60_000)

	it('an unknown address is throttled exactly like a real one, so waits tell nothing', async () => {
		const owner = await makeUser()
		const answers = async (email: string, ip: string) => {
			const kinds: string[] = []
			for (let attempt = 0; attempt < loginThrottle.freeFailures + 2; attempt++) {
				kinds.push((await logIn({ email, password: 'wrong wrong wrong' }, { ip, now: t0 })).kind)
			}
			return kinds
		}
		expect(await answers(owner.email, '192.0.2.90')).toEqual(await answers('nobody-at-all@example.org', '192.0.2.91'))
	}, 60_000)
})
