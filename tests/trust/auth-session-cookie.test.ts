import { afterEach, describe, expect, it } from 'vitest'
import { startSession } from '../../app/domain/auth/session.server.ts'
import { getViewer } from '../../app/http/viewer.server.ts'
import { action as loginAction } from '../../app/routes/login.tsx'
import { action as logoutAction } from '../../app/routes/logout.tsx'
import { resetEnvCache } from '../../app/utils/env.server.ts'
import { KNOWN_PASSWORD, makeUser } from '../accounts/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

// Behind a TLS proxy the session cookie was Secure only when PUBLIC_URL was
// set, and never had the __Host- prefix that keeps subdomains and plain-http
// attackers from planting one. Now: reached over https, the cookie is
// __Host-hub_session with Secure, Path=/ and no Domain; plain http keeps hub_session.

withTestDatabase()
const savedPublicUrl = process.env.PUBLIC_URL

afterEach(() => {
	if (savedPublicUrl === undefined) delete process.env.PUBLIC_URL
	else process.env.PUBLIC_URL = savedPublicUrl
	resetEnvCache()
})

function publicUrl(value: string | undefined) {
	if (value === undefined) delete process.env.PUBLIC_URL
	else process.env.PUBLIC_URL = value
	resetEnvCache()
}

let signIns = 0

async function signIn(url: string) {
	const user = await makeUser()
	const body = new URLSearchParams({ email: user.email, password: KNOWN_PASSWORD })
	const response = (await loginAction({
		request: new Request(url, { method: 'POST', body }),
		params: {},
		context: { clientIp: `192.0.2.${++signIns}` },
	})) as Response
	expect(response.status).toBe(302)
	return { user, setCookie: response.headers.get('Set-Cookie') ?? '' }
}

function attributes(setCookie: string) {
	const [pair, ...rest] = setCookie.split(';').map((part) => part.trim())
	const [name] = pair!.split('=')
	return { name, attributes: rest.map((attribute) => attribute.split('=')[0]!.toLowerCase()) }
}

describe('the session cookie', () => {
	it.each([
		{
			title: 'over plain http: hub_session, HttpOnly, SameSite=Lax, not Secure',
			publicUrlIs: undefined,
			url: 'http://hub.test/login',
			name: 'hub_session',
			has: ['path', 'httponly', 'samesite'],
			lacks: ['secure'],
			written: [],
		},
		{
			title: 'a request that came over https gets __Host-hub_session: Secure, Path=/, no Domain',
			publicUrlIs: undefined,
			url: 'https://hub.example/login',
			name: '__Host-hub_session',
			has: ['secure', 'httponly', 'samesite'],
			lacks: ['domain'],
			written: ['Path=/;'],
		},
		{
			title: 'an https PUBLIC_URL (TLS ends at a proxy, plain http behind it) gets the same',
			publicUrlIs: 'https://hub.example.org',
			url: 'http://127.0.0.1:3000/login',
			name: '__Host-hub_session',
			has: ['secure'],
			lacks: [],
			written: [],
		},
	])('$title', async ({ publicUrlIs, url, name, has, lacks, written }) => {
		publicUrl(publicUrlIs)
		const { setCookie } = await signIn(url)
		const cookie = attributes(setCookie)
		expect(cookie.name).toBe(name)
		expect(cookie.attributes).toEqual(expect.arrayContaining(has))
		for (const attribute of lacks) expect(cookie.attributes).not.toContain(attribute)
		for (const text of written) expect(setCookie).toContain(text)
	})

	it('reading accepts only the name that fits the request', async () => {
		publicUrl(undefined)
		const user = await makeUser()
		const { token } = await startSession(user.id)
		const viewerOf = (url: string, cookie: string) => getViewer(new Request(url, { headers: { Cookie: cookie } }))
		expect(await viewerOf('http://hub.test/', `hub_session=${token}`)).toMatchObject({ userId: user.id })
		expect(await viewerOf('https://hub.example/', `__Host-hub_session=${token}`)).toMatchObject({ userId: user.id })
		// Over https a plain-named cookie may have been planted over http or by a subdomain: it is not a session.
		expect(await viewerOf('https://hub.example/', `hub_session=${token}`)).toBeNull()
		expect(await viewerOf('http://hub.test/', `__Host-hub_session=${token}`)).toBeNull()
	})

	it('logging out over https clears the __Host- cookie the way browsers accept it', async () => {
		publicUrl(undefined)
		const { setCookie } = await signIn('https://hub.example/login')
		const response = (await logoutAction({
			request: new Request('https://hub.example/logout', {
				method: 'POST',
				headers: { Cookie: setCookie.split(';')[0]! },
			}),
			params: {},
			context: {},
		})) as Response
		const cleared = response.headers.get('Set-Cookie') ?? ''
		expect(cleared).toMatch(/^__Host-hub_session=;/)
		expect(cleared).toContain('Max-Age=0')
		expect(cleared).toContain('Secure')
		expect(cleared).toContain('Path=/')
	})
})
