import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../app/utils/db.server.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { startPortal, type Portal } from '../support/portal-process.ts'
import { rowCounts } from '../support/row-counts.ts'
import { sessionCookie } from '../accounts/factories.ts'

// Hostile input is answered with a 4xx before the app runs, with a readable
// page (or the API's JSON error), and writes nothing: oversized bodies (413),
// bodies a form cannot hold (415), NUL bytes (400), and state changes another
// site makes a browser send (403). Requests from the portal's own pages work.

const db = withTestDatabase()
let portal: Portal
let coordinatorCookie = ''
let listingId = ''

beforeAll(async () => {
	const coordinator = await createUser({ platformRole: 'coordinator' })
	coordinatorCookie = await sessionCookie(coordinator.userId)
	listingId = (await createListing({ type: 'organization', name: 'Grantorp Biologics AB' })).id
	portal = await startPortal({ databaseUrl: db.url })
})

afterAll(async () => {
	await portal?.stop()
})

/** Rows that a login, a logout or a coordinator action would write. */
async function writes() {
	const [counts, listings] = await Promise.all([
		rowCounts({ sessions: 'session', buckets: 'rateLimitBucket', audit: 'auditEntry', outbox: 'outboxEvent' }),
		prisma().listing.findMany({ select: { id: true, featured: true, status: true }, orderBy: { id: 'asc' } }),
	])
	return { ...counts, listings }
}

const form = 'application/x-www-form-urlencoded'
const post = (pathname: string, init: { headers?: Record<string, string>; body?: string } = {}) =>
	fetch(`${portal.url}${pathname}`, { method: 'POST', redirect: 'manual', ...init })

/**
 * A client that sends its whole body, a few milliseconds per chunk as over a
 * real network, before it reads the answer (as browsers uploading a form do).
 * If the server cut the upload off, the answer is lost and this rejects with
 * the reset the visitor would see.
 */
function uploadThenRead(options: {
	path: string
	headers: Record<string, string | number>
	chunks: Buffer[]
}): Promise<{ status: number; body: string }> {
	const chunked = options.headers['Transfer-Encoding'] === 'chunked'
	const head = Object.entries({ Host: `127.0.0.1:${portal.port}`, ...options.headers })
		.map(([name, value]) => `${name}: ${value}\r\n`)
		.join('')
	return new Promise((resolve, reject) => {
		const socket = connect(portal.port, '127.0.0.1')
		socket.on('error', reject)
		socket.pause()
		const send = (data: Buffer | string) =>
			new Promise<void>((sent, failed) => socket.write(data, (error) => (error ? failed(error) : sent())))
		const upload = async () => {
			await send(`POST ${options.path} HTTP/1.1\r\n${head}\r\n`)
			for (const chunk of options.chunks) {
				await send(
					chunked
						? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])
						: chunk,
				)
				await new Promise((wait) => setTimeout(wait, 5))
			}
			if (chunked) await send('0\r\n\r\n')
		}
		upload().then(() => {
			let received = ''
			socket.on('data', (chunk: Buffer) => (received += chunk.toString()))
			socket.on('end', () => {
				const [head = '', ...body] = received.split('\r\n\r\n')
				resolve({ status: Number(head.split(' ')[1]), body: body.join('\r\n\r\n') })
			})
			socket.resume()
		}, reject)
	})
}

describe('bodies over 1 MB', () => {
	it('413 for a 2 MB form announced by Content-Length, with a readable page', async () => {
		const before = await writes()
		const response = await post('/login', {
			headers: { 'Content-Type': form },
			body: `email=someone%40example.org&password=${'x'.repeat(2 * 1024 * 1024)}`,
		})
		expect(response.status).toBe(413)
		expect(await response.text()).toContain('Too much to send at once')
		expect(await writes()).toEqual(before)
	})

	it('413 for a chunked body that grows past the limit, answered to a client still sending', async () => {
		const before = await writes()
		const chunk = Buffer.from(`password=${'y'.repeat(256 * 1024)}`)
		const response = await uploadThenRead({
			path: '/login',
			headers: { 'Content-Type': form, 'Transfer-Encoding': 'chunked' },
			chunks: Array.from({ length: 8 }, () => chunk),
		})
		expect(response.status).toBe(413)
		expect(await writes()).toEqual(before)
	})

	it('413 for a Content-Length body over the limit, answered to a client still sending', async () => {
		const before = await writes()
		const chunk = Buffer.from('y'.repeat(256 * 1024))
		const chunks = [Buffer.from('password='), ...Array.from({ length: 8 }, () => chunk)]
		const response = await uploadThenRead({
			path: '/login',
			headers: { 'Content-Type': form, 'Content-Length': chunks.reduce((sum, part) => sum + part.length, 0) },
			chunks,
		})
		expect(response.status).toBe(413)
		expect(response.body).toContain('Too much to send at once')
		expect(await writes()).toEqual(before)
	})

	it('JSON for the API', async () => {
		const response = await post('/api/v1/match-suggestions', {
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ title: 'CAR-T manufacturing', description: 'z'.repeat(2 * 1024 * 1024) }),
		})
		expect(response.status).toBe(413)
		expect(await response.json()).toEqual({ error: { message: expect.stringContaining('1 MB') } })
	})
})

describe('bodies a form action cannot read', () => {
	it.each([
		['JSON', { 'Content-Type': 'application/json' }, '{"email":"someone@example.org"}'],
		['text', { 'Content-Type': 'text/plain' }, 'email=someone@example.org'],
		['no body', {}, undefined],
	])('415 for %s posted to /login and to a coordinator action, nothing written', async (_kind, headers, body) => {
		const before = await writes()
		const login = await post('/login', { headers, body })
		expect(login.status).toBe(415)
		expect(await login.text()).toContain('This kind of content is not accepted here')
		const coordinator = await post(`/coordinator/listings/${listingId}`, {
			headers: { ...headers, Cookie: coordinatorCookie },
			body,
		})
		expect(coordinator.status).toBe(415)
		await coordinator.body?.cancel()
		expect(await writes()).toEqual(before)
	})

	it('400 for a multipart form that does not parse or carries a NUL, nothing written', async () => {
		const before = await writes()
		const broken = await post('/login', {
			headers: { 'Content-Type': 'multipart/form-data; boundary=xyz' },
			body: '--xyz\r\nbroken',
		})
		expect(broken.status).toBe(400)
		expect(await broken.text()).toContain('This address or form cannot be read')
		const multipartNul = await post('/login', {
			headers: { 'Content-Type': 'multipart/form-data; boundary=xyz' },
			body: '--xyz\r\nContent-Disposition: form-data; name="email"\r\n\r\na\u0000b@example.org\r\n--xyz--\r\n',
		})
		expect(multipartNul.status).toBe(400)
		await multipartNul.body?.cancel()
		expect(await writes()).toEqual(before)
	})

	it('the API takes JSON and refuses other bodies with JSON', async () => {
		const response = await post('/api/v1/match-suggestions', {
			headers: { 'Content-Type': 'text/plain' },
			body: 'CAR-T manufacturing',
		})
		expect(response.status).toBe(415)
		expect(await response.json()).toEqual({ error: { message: expect.any(String) } })
	})
})

describe('NUL bytes', () => {
	it.each(['/labs/%00', '/organizations/%00/members', '/search?city=%00', '/facilities?city=a%00b'])(
		'400 for %s',
		async (pathname) => {
			const response = await fetch(`${portal.url}${pathname}`)
			expect(response.status).toBe(400)
			expect(await response.text()).toContain('This address or form cannot be read')
		},
	)

	it('400 with security headers for a raw NUL in the request line, which node refuses before the app', async () => {
		const answer = await new Promise<string>((resolve, reject) => {
			const socket = connect(portal.port, '127.0.0.1', () =>
				socket.write(`GET /labs/a\u0000b HTTP/1.1\r\nHost: 127.0.0.1:${portal.port}\r\n\r\n`),
			)
			let received = ''
			socket.on('data', (chunk: Buffer) => (received += chunk.toString()))
			socket.on('end', () => resolve(received))
			socket.on('error', reject)
		})
		expect(answer).toMatch(/^HTTP\/1\.1 400 /)
		expect(answer).toMatch(/X-Content-Type-Options: nosniff/)
		expect(answer).toMatch(/frame-ancestors 'none'/)
	})

	it('400 for a NUL in a form field or a JSON value, nothing written', async () => {
		const before = await writes()
		const login = await post('/login', {
			headers: { 'Content-Type': form },
			body: 'email=someone%00%40example.org&password=correct-horse-battery',
		})
		expect(login.status).toBe(400)
		await login.body?.cancel()
		const api = await post('/api/v1/match-suggestions', {
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ title: 'CAR-T\u0000 manufacturing' }),
		})
		expect(api.status).toBe(400)
		expect(await api.json()).toEqual({ error: { message: expect.any(String) } })
		const rawNul = await post('/login', {
			headers: { 'Content-Type': form },
			body: 'email=someone\u0000%40example.org&password=correct-horse-battery',
		})
		expect(rawNul.status).toBe(400)
		await rawNul.body?.cancel()
		expect(await writes()).toEqual(before)
	})
})

describe('cross-origin state changes', () => {
	const evil = { Origin: 'https://evil.example' }

	it('403 for a page action, a single-fetch .data action, /logout and the API, nothing written', async () => {
		const before = await writes()
		for (const [pathname, headers, body] of [
			['/login', { ...evil, 'Content-Type': form }, 'email=a%40example.org&password=x'],
			['/login.data', { ...evil, 'Content-Type': form }, 'email=a%40example.org&password=x'],
			['/logout', { ...evil, 'Content-Type': form, Cookie: coordinatorCookie }, ''],
			['/api/v1/match-suggestions', { ...evil, 'Content-Type': 'application/json' }, '{"title":"CAR-T"}'],
			['/login', { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': form }, 'email=a%40example.org&password=x'],
			['/login', { Origin: 'null', 'Content-Type': form }, 'email=a%40example.org&password=x'],
		] as const) {
			const response = await post(pathname, { headers, body })
			expect({ pathname, status: response.status }).toEqual({ pathname, status: 403 })
			await response.body?.cancel()
		}
		expect(await writes()).toEqual(before)
		// The coordinator is still signed in: the forged logout did nothing.
		const account = await fetch(`${portal.url}/coordinator/audit`, { headers: { Cookie: coordinatorCookie } })
		expect(account.status).toBe(200)
		await account.body?.cancel()
	})

	it('the same requests from the portal itself, or without Origin, still work', async () => {
		const own = { Origin: portal.url, 'Sec-Fetch-Site': 'same-origin' }
		const feature = await post(`/coordinator/listings/${listingId}`, {
			headers: { ...own, 'Content-Type': form, Cookie: coordinatorCookie },
			body: 'intent=feature',
		})
		expect(feature.status).toBeLessThan(400)
		await feature.body?.cancel()
		const api = await post('/api/v1/match-suggestions', {
			headers: { 'Content-Type': 'application/json' },
			body: '{"title":"CAR-T manufacturing"}',
		})
		expect(api.status).toBe(200)
		await api.body?.cancel()
		const logout = await post('/logout', { headers: { ...own, 'Content-Type': form, Cookie: coordinatorCookie } })
		expect(logout.status).toBe(302)
		await logout.body?.cancel()
		const signedOut = await fetch(`${portal.url}/coordinator/audit`, {
			headers: { Cookie: coordinatorCookie },
			redirect: 'manual',
		})
		expect(signedOut.status).toBe(302)
		await signedOut.body?.cancel()
	})
})
