import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rateLimitKey } from '../../app/domain/auth/rate-limit.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { KNOWN_PASSWORD, makeUser } from '../accounts/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { startPortal, type Portal } from '../support/portal-process.ts'

// X-Forwarded-For/-Proto/-Host are the client's own words unless TRUST_PROXY
// names the proxy that wrote them: without it a visitor can neither pick the
// address the rate limits count nor claim https. HSTS only where PUBLIC_URL
// is https.

const db = withTestDatabase()
let direct: Portal
let proxied: Portal
let email = ''

beforeAll(async () => {
	email = (await makeUser()).email
	;[direct, proxied] = await Promise.all([
		startPortal({ databaseUrl: db.url, env: { PUBLIC_URL: 'https://hub.example.org' } }),
		startPortal({ databaseUrl: db.url, env: { TRUST_PROXY: 'loopback' } }),
	])
})

afterAll(async () => {
	await Promise.all([direct?.stop(), proxied?.stop()])
})

const forwarded = {
	'X-Forwarded-For': '203.0.113.9',
	'X-Forwarded-Proto': 'https',
	'X-Forwarded-Host': 'proxy.example',
}

function logIn(portal: Portal, password: string, headers: Record<string, string> = {}) {
	return fetch(`${portal.url}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
		body: new URLSearchParams({ email, password }).toString(),
	})
}

const bucketFor = (ip: string) => prisma().rateLimitBucket.findFirst({ where: { key: rateLimitKey('login:ip', ip) } })

describe('without TRUST_PROXY', () => {
	it('X-Forwarded-For does not choose the address the rate limits count', async () => {
		const response = await logIn(direct, 'not-the-password-at-all', { 'X-Forwarded-For': '198.51.100.7' })
		await response.body?.cancel()
		expect(await bucketFor('198.51.100.7')).toBeNull()
	})

	it('X-Forwarded-Proto and -Host do not make another origin our own', async () => {
		const response = await logIn(direct, KNOWN_PASSWORD, { ...forwarded, Origin: 'https://proxy.example' })
		expect(response.status).toBe(403)
		await response.body?.cancel()
	})

	it('the public address is our own origin even when a proxy rewrote Host', async () => {
		const response = await logIn(direct, KNOWN_PASSWORD, { Origin: 'https://hub.example.org' })
		expect(response.status).toBe(302)
		await response.body?.cancel()
	})

	it('HSTS and upgrade-insecure-requests when PUBLIC_URL is https', async () => {
		const response = await fetch(`${direct.url}/healthz`)
		expect(response.headers.get('Strict-Transport-Security')).toMatch(/^max-age=31536000/)
		expect(response.headers.get('Content-Security-Policy')).toContain('upgrade-insecure-requests')
		await response.body?.cancel()
	})
})

describe('with TRUST_PROXY naming the proxy', () => {
	it('the address the proxy forwarded is the one the rate limits count', async () => {
		const response = await logIn(proxied, 'not-the-password-at-all', { 'X-Forwarded-For': '203.0.113.9' })
		await response.body?.cancel()
		expect(await bucketFor('203.0.113.9')).not.toBeNull()
	})

	it('the forwarded scheme and host are the request’s own: https, so the session cookie is Secure', async () => {
		const response = await logIn(proxied, KNOWN_PASSWORD, { ...forwarded, Origin: 'https://proxy.example' })
		expect(response.status).toBe(302)
		expect(response.headers.get('Set-Cookie')).toMatch(/; Secure/)
		const plain = await logIn(proxied, KNOWN_PASSWORD)
		expect(plain.status).toBe(302)
		expect(plain.headers.get('Set-Cookie')).not.toMatch(/; Secure/)
	})

	it('no HSTS while PUBLIC_URL is plain http', async () => {
		const response = await fetch(`${proxied.url}/healthz`)
		expect(response.headers.get('Strict-Transport-Security')).toBeNull()
		await response.body?.cancel()
	})
})
