import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loginThrottle } from '../../app/domain/auth/login-throttle.server.ts'
import { KNOWN_PASSWORD, makeUser } from '../accounts/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { startPortal, type Portal } from '../support/portal-process.ts'

// What a browser gets from the running portal, not what a loader returns:
// a refused login carries Retry-After and says the wait in the visitor's
// language; behind an https PUBLIC_URL the session cookie is __Host-.

const db = withTestDatabase()
let portal: Portal

beforeAll(async () => {
	portal = await startPortal({ databaseUrl: db.url, env: { PUBLIC_URL: 'https://hub.example' } })
}, 300_000)
afterAll(async () => {
	await portal?.stop()
})

function postLogin(form: Record<string, string>, headers: Record<string, string> = {}) {
	return fetch(`${portal.url}/login`, {
		method: 'POST',
		body: new URLSearchParams(form),
		headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
		redirect: 'manual',
	})
}

describe('/login over HTTP', () => {
	it('a client that keeps failing gets 429 with Retry-After and the wait in its language', async () => {
		const user = await makeUser()
		let last: Response | undefined
		for (let attempt = 0; attempt <= loginThrottle.freeFailures + 1; attempt++) {
			await last?.body?.cancel()
			last = await postLogin({ email: user.email, password: `wrong guess ${attempt}` }, { 'Accept-Language': 'sv' })
		}
		expect(last!.status).toBe(429)
		expect(Number(last!.headers.get('Retry-After'))).toBeGreaterThan(0)
		expect(await last!.text()).toMatch(/För många försök; försök igen om \d+ s\./)
	}, 120_000)

	it('behind an https PUBLIC_URL, signing in sets __Host-hub_session: Secure, Path=/, no Domain', async () => {
		const user = await makeUser()
		const response = await postLogin({ email: user.email, password: KNOWN_PASSWORD })
		expect(response.status).toBe(302)
		const cookie = response.headers.get('Set-Cookie') ?? ''
		expect(cookie).toMatch(/^__Host-hub_session=[A-Za-z0-9_-]{43}; /)
		expect(cookie).toContain('; Secure')
		expect(cookie).toContain('Path=/;')
		expect(cookie).not.toMatch(/Domain=/i)
		const account = await fetch(`${portal.url}/account`, {
			headers: { Cookie: cookie.split(';')[0]! },
			redirect: 'manual',
		})
		expect(account.status).toBe(200)
		await account.body?.cancel()
	}, 60_000)
})
