import { readdirSync, statSync } from 'node:fs'
import http from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { startPortal, type Portal } from '../support/portal-process.ts'
import { requestFields, requesterAndProvider, submittedAndRouted } from '../support/requests.ts'
import { sessionCookie } from '../accounts/factories.ts'

// What every response of the production server carries, over real HTTP:
// security headers with a per-request CSP nonce, compression, caching that
// keeps signed-in pages out of shared caches, and a request id with one log
// line per request that never holds a secret.

const root = path.resolve(import.meta.dirname, '../..')
const db = withTestDatabase()
let portal: Portal
const cookies: Record<'member' | 'provider' | 'coordinator' | 'admin', string> = {
	member: '',
	provider: '',
	coordinator: '',
	admin: '',
}
let requestId = ''
let routeId = ''
let memberUserId = ''

beforeAll(async () => {
	const { requester, provider } = await requesterAndProvider(
		{ requester: 'Visättra Cell AB', provider: 'Vektorbolaget AB' },
		{ modalities: ['lentiviral'] },
	)
	// Enough listings for /api/v1/listings to be worth compressing (over 1 kB).
	for (let n = 1; n <= 12; n++) {
		await createListing({
			type: 'lab',
			name: `Cell Processing Lab ${n}`,
			organizationId: provider.id,
			summary: 'Closed-system cell processing, flow cytometry and potency assays for CAR-T programmes.',
		})
	}
	const member = await createUser({ memberships: [{ organizationId: requester.id }] })
	const providerMember = await createUser({ memberships: [{ organizationId: provider.id }] })
	const coordinator = await createUser({ platformRole: 'coordinator' })
	const admin = await createUser({ platformRole: 'platform_admin' })
	memberUserId = member.userId
	const routed = await submittedAndRouted({
		member,
		coordinator,
		fields: requestFields(requester.id, {
			teaser: 'A Stockholm company needs GMP lentiviral vector for an early clinical trial.',
			modalities: ['lentiviral'],
			neededBy: '2030-09-30',
		}),
		providerIds: [provider.id],
		baseUrl: 'http://hub.test',
	})
	requestId = routed.requestId
	routeId = routed.routeIds[0]!
	cookies.member = await sessionCookie(member.userId)
	cookies.provider = await sessionCookie(providerMember.userId)
	cookies.coordinator = await sessionCookie(coordinator.userId)
	cookies.admin = await sessionCookie(admin.userId)
	portal = await startPortal({ databaseUrl: db.url })
})

afterAll(async () => {
	await portal?.stop()
})

const get = (pathname: string, headers: Record<string, string> = {}) =>
	fetch(`${portal.url}${pathname}`, { headers, redirect: 'manual' })

function largestAsset(): string {
	const dir = path.join(root, 'build/client/assets')
	const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'))
	return scripts.sort((a, b) => statSync(path.join(dir, b)).size - statSync(path.join(dir, a)).size)[0]!
}

function expectSecurityHeaders(response: Response) {
	const csp = response.headers.get('Content-Security-Policy') ?? ''
	expect(csp).toContain("frame-ancestors 'none'")
	expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/)
	expect(response.headers.get('X-Frame-Options')).toBe('DENY')
	expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
	expect(response.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin')
	expect(response.headers.get('Permissions-Policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/)
	expect(response.headers.get('Permissions-Policy')).toMatch(/payment=\(\).*usb=\(\).*interest-cohort=\(\)/)
	expect(response.headers.get('X-Powered-By')).toBeNull()
	expect(response.headers.get('X-Request-Id')).toBeTruthy()
	// PUBLIC_URL is plain http here: HSTS would lock browsers out.
	expect(response.headers.get('Strict-Transport-Security')).toBeNull()
}

describe('security headers', () => {
	it('the CSP nonce is fresh for every rendering and on every script of the page, with no unsafe-inline script', async () => {
		// A visitor's public page may be answered again from the kept copy with that copy's nonce
		// (decision 046); a page rendered anew has a nonce of its own.
		const first = await get('/')
		const second = await get('/login')
		const html = await first.text()
		await second.body?.cancel()
		const csp = first.headers.get('Content-Security-Policy')!
		const nonce = /'nonce-([^']+)'/.exec(csp)![1]!
		expect(second.headers.get('Content-Security-Policy')).not.toContain(nonce)
		expect(csp).not.toContain('unsafe-inline')
		expect(csp).not.toContain('unsafe-eval')
		const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])
		expect(scripts.length).toBeGreaterThan(0)
		for (const script of scripts) {
			// A script with src= is allowed by 'self' too, but every inline one needs the nonce. A JSON-LD
			// data block is never run, so the CSP does not govern it (decision 032).
			if (!/\bsrc=/.test(script) && !/type="application\/ld\+json"/.test(script))
				expect(script).toContain(`nonce="${nonce}"`)
		}
	})

	it('are on a page, a data request, an asset, a 404, an edge refusal and an API answer', async () => {
		for (const response of [
			await get('/'),
			await get('/organizations.data'),
			await get(`/assets/${largestAsset()}`),
			await get('/no-such-page'),
			await fetch(`${portal.url}/login`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				body: `notes=${'x'.repeat(2 * 1024 * 1024)}`,
			}),
			await get('/api/v1/listings'),
		]) {
			expectSecurityHeaders(response)
			await response.body?.cancel()
		}
		expect((await get('/no-such-page')).status).toBe(404)
	})

	it('Referrer-Policy is strict-origin-when-cross-origin, and the token pages keep their stricter one', async () => {
		const home = await get('/')
		expect(home.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin')
		const reset = await get('/reset-password?token=not-a-real-token')
		expect(reset.headers.get('Referrer-Policy')).toBe('same-origin')
		await Promise.all([home.body?.cancel(), reset.body?.cancel()])
	})
})

describe('compression', () => {
	async function encodingOf(pathname: string, encoding: string) {
		const response = await get(pathname, { 'Accept-Encoding': encoding })
		await response.body?.cancel()
		return response.headers.get('Content-Encoding')
	}

	it('gzip and brotli for HTML, JSON and the largest script, none for a tiny body', async () => {
		for (const pathname of ['/', '/api/v1/listings', `/assets/${largestAsset()}`]) {
			expect(await encodingOf(pathname, 'gzip')).toBe('gzip')
			expect(await encodingOf(pathname, 'br')).toBe('br')
		}
		const asset = await get(`/assets/${largestAsset()}`, { 'Accept-Encoding': 'br' })
		expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
		await asset.body?.cancel()
		// /healthz answers about 200 bytes: not worth compressing.
		expect(await encodingOf('/healthz', 'gzip, br')).toBeNull()
	})

	it('a compressed page still reads as the page', async () => {
		// fetch decodes gzip and br itself: the page must survive the round trip.
		const response = await get('/organizations', { 'Accept-Encoding': 'br' })
		expect(response.headers.get('Content-Encoding')).toBe('br')
		expect(await response.text()).toContain('</html>')
	})
})

describe('caching', () => {
	it('pages with signed-in data are private, no-store', async () => {
		for (const [pathname, cookie] of [
			['/account', cookies.member],
			[`/requests/${requestId}`, cookies.member],
			[`/inbox/${routeId}`, cookies.provider],
			['/admin/mail', cookies.admin],
			['/coordinator/audit', cookies.coordinator],
			['/', cookies.member],
			['/organizations.data', cookies.member],
		] as const) {
			const response = await get(pathname, { Cookie: cookie })
			expect({ pathname, status: response.status }).toEqual({ pathname, status: 200 })
			expect({ pathname, cacheControl: response.headers.get('Cache-Control') }).toEqual({
				pathname,
				cacheControl: 'private, no-store',
			})
			await response.body?.cancel()
		}
	})

	it('a response that sets a cookie is private, no-store', async () => {
		const response = await get('/?lang=sv')
		expect(response.headers.get('Set-Cookie')).toContain('hub_lang=sv')
		expect(response.headers.get('Cache-Control')).toBe('private, no-store')
		await response.body?.cancel()
	})

	it('public pages for visitors keep their caching and vary by cookie and language', async () => {
		const response = await get('/')
		expect(response.status).toBe(200)
		expect(response.headers.get('Cache-Control') ?? '').not.toMatch(/private|no-store/)
		expect(response.headers.get('Vary')).toMatch(/Cookie, Accept-Language/)
		await response.body?.cancel()
	})
})

describe('request ids and the request log', () => {
	interface LogLine {
		requestId?: string
		method?: string
		path?: string
		route?: string
		status?: number
		durationMs?: number
		userId?: string
		msg?: string
	}
	const logLines = (): LogLine[] =>
		portal
			.output()
			.split('\n')
			.filter((line) => line.startsWith('{'))
			.map((line) => JSON.parse(line) as LogLine)

	async function lineFor(id: string): Promise<LogLine | undefined> {
		for (let attempt = 0; attempt < 50; attempt++) {
			const line = logLines().find((entry) => entry.requestId === id && entry.msg === 'request')
			if (line) return line
			await new Promise((resolve) => setTimeout(resolve, 100))
		}
		return undefined
	}

	it('echoes a plain X-Request-Id and replaces one that could forge log lines', async () => {
		const kept = await get('/healthz', { 'X-Request-Id': 'probe-42.a:b' })
		expect(kept.headers.get('X-Request-Id')).toBe('probe-42.a:b')
		const replaced = await get('/healthz', { 'X-Request-Id': 'evil\u00e9 {"level":"fatal"}' })
		expect(replaced.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/)
		await Promise.all([kept.body?.cancel(), replaced.body?.cancel()])
	})

	it('one JSON line per request with id, method, route, status, duration and user id', async () => {
		const response = await get('/account', { Cookie: cookies.member, 'X-Request-Id': 'edge-log-account' })
		await response.body?.cancel()
		const line = await lineFor('edge-log-account')
		expect(line).toMatchObject({
			method: 'GET',
			path: '/account',
			route: 'routes/_member.account._index',
			status: 200,
			userId: memberUserId,
		})
		expect(line?.durationMs).toEqual(expect.any(Number))
	})

	it('never writes a token, a password or a cookie', async () => {
		const secret = 'tok3n-that-must-not-be-logged'
		await (await get(`/reset-password?token=${secret}`, { 'X-Request-Id': 'edge-log-reset' })).body?.cancel()
		await (await get(`/invitations/${secret}`, { 'X-Request-Id': 'edge-log-invite' })).body?.cancel()
		await (
			await fetch(`${portal.url}/login?password=${secret}`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookies.member },
				body: `email=someone%40example.org&password=${secret}`,
				redirect: 'manual',
			})
		).body?.cancel()
		expect(await lineFor('edge-log-reset')).toMatchObject({ path: '/reset-password?token=[redacted]' })
		expect(await lineFor('edge-log-invite')).toMatchObject({ path: '/invitations/[redacted]' })
		expect(portal.output()).not.toContain(secret)
		expect(portal.output()).not.toContain(cookies.member.split('=')[1])
	})
})

describe('connections', () => {
	/** One GET over the agent; whether it went over a connection an earlier request had opened. */
	function getOver(agent: http.Agent, pathname: string) {
		return new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
			const request = http.get(`${portal.url}${pathname}`, { agent }, (response) => {
				response.resume()
				response.on('end', () => resolve({ status: response.statusCode ?? 0, reused: request.reusedSocket }))
			})
			request.on('error', reject)
		})
	}

	it('keeps an idle connection open for longer than a load balancer keeps its own (Node closes it after 5 s)', async () => {
		const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
		try {
			expect(await getOver(agent, '/robots.txt')).toEqual({ status: 200, reused: false })
			// Past Node's default: a server that closed here would reset a client that sent just then.
			await sleep(6_000)
			expect(await getOver(agent, '/robots.txt')).toEqual({ status: 200, reused: true })
		} finally {
			agent.destroy()
		}
	}, 20_000)
})
