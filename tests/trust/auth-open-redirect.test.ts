import { describe, expect, it } from 'vitest'
import { action as loginAction, loader as loginLoader } from '../../app/routes/login.tsx'
import { action as signupAction } from '../../app/routes/signup.tsx'
import { KNOWN_PASSWORD, makeUser } from '../accounts/factories.ts'
import { call, requestAs, sessionCookies } from '../authorization/route-calls.ts'
import { withTestDatabase } from '../setup/database.ts'

// A phishing link to our own /login that, once the user is signed in, sends
// them on to another site: the redirect target must be judged as the browser
// will read it, after "/./" and "/../" are resolved.

withTestDatabase()

const hostile = ['/.//evil.example/phish', '/..//evil.example/phish', '/%2F%2Fevil.example', '/%5C%5Cevil.example']

function leavesSite(location: string | null | undefined) {
	return new URL(location ?? '/', 'https://hub.example/login').origin !== 'https://hub.example'
}

describe('after signing in, the portal only ever sends people to its own pages', () => {
	it('a signed-in visitor of /login?redirectTo=/.//evil.example/phish stays on the site', async () => {
		const user = await makeUser()
		const cookie = (await sessionCookies({ owner: { userId: user.id } })).get('owner')
		for (const to of hostile) {
			const outcome = await call(loginLoader, requestAs(cookie, `/login?redirectTo=${encodeURIComponent(to)}`))
			expect(outcome.status, to).toBe(302)
			expect(outcome.location, to).toBe('/home')
			expect(leavesSite(outcome.location), to).toBe(false)
		}
		const fine = await call(loginLoader, requestAs(cookie, `/login?redirectTo=${encodeURIComponent('/account')}`))
		expect(fine.location).toBe('/account')
	})

	it('the form does not carry a hostile target on to the next step', async () => {
		const outcome = await call(loginLoader, requestAs(undefined, `/login?redirectTo=/.//evil.example/phish`))
		expect(outcome.body).toEqual({ redirectTo: '' })
	})

	it('signing in with a hostile redirectTo lands on the member home, as without one', async () => {
		for (const to of hostile) {
			const user = await makeUser()
			const outcome = await call(
				loginAction,
				requestAs(undefined, '/login', { email: user.email, password: KNOWN_PASSWORD, redirectTo: to }),
			)
			expect(outcome.status, to).toBe(302)
			expect(outcome.location, to).toBe('/home')
		}
	})

	it('signing up with a hostile redirectTo does not carry it into the confirmation', async () => {
		const outcome = await call(
			signupAction,
			requestAs(undefined, '/signup', {
				name: 'New Person',
				email: 'new.person@example.org',
				password: 'a long enough passphrase',
				redirectTo: '/.//evil.example/phish',
			}),
		)
		expect(leavesSite(outcome.location)).toBe(false)
		expect(JSON.stringify(outcome.body ?? '')).not.toContain('evil.example')
	})
})
