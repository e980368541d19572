import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../setup/database.ts'
import { startPortal, type Portal } from '../support/portal-process.ts'
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts'

// While PostgreSQL cannot be reached, every page and action says so with a
// 503 and a page in the visitor's language (JSON for the API), and the portal
// works again by itself once the database is back.

let db: TestDatabase
let proxy: TcpProxy
let portal: Portal

beforeAll(async () => {
	db = await createTestDatabase()
	const target = new URL(db.url)
	proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) })
	const viaProxy = new URL(db.url)
	viaProxy.port = String(proxy.port)
	portal = await startPortal({ databaseUrl: viaProxy.toString() })
})

afterAll(async () => {
	await portal?.stop()
	await proxy?.close()
	await db?.drop()
})

describe('a database outage', () => {
	it('answers 503 with Retry-After in English, Swedish and JSON, then recovers without a restart', async () => {
		expect((await fetch(`${portal.url}/organizations`)).status).toBe(200)

		await proxy.cut()
		try {
			const english = await fetch(`${portal.url}/organizations`, { headers: { 'Accept-Language': 'en-GB' } })
			expect(english.status).toBe(503)
			expect(english.headers.get('Retry-After')).toMatch(/^\d+$/)
			expect(english.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'")
			const englishPage = await english.text()
			expect(englishPage).toContain('<html lang="en">')
			expect(englishPage).toContain('The portal is briefly unavailable')

			const swedish = await fetch(`${portal.url}/organizations?lang=sv`)
			expect(swedish.status).toBe(503)
			expect(await swedish.text()).toContain('Portalen är inte tillgänglig just nu')

			const byCookie = await fetch(`${portal.url}/labs`, { headers: { Cookie: 'hub_lang=sv' } })
			expect(byCookie.status).toBe(503)
			expect(await byCookie.text()).toContain('<html lang="sv">')

			const data = await fetch(`${portal.url}/organizations.data`)
			expect(data.status).toBe(503)
			await data.body?.cancel()

			const action = await fetch(`${portal.url}/login`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				body: 'email=someone%40example.org&password=not-the-password',
				redirect: 'manual',
			})
			expect(action.status).toBe(503)
			await action.body?.cancel()

			const api = await fetch(`${portal.url}/api/v1/listings`)
			expect(api.status).toBe(503)
			expect(api.headers.get('Retry-After')).toMatch(/^\d+$/)
			expect(await api.json()).toEqual({ error: { message: expect.stringMatching(/database/) } })

			// The health check keeps its own answer.
			const health = await fetch(`${portal.url}/healthz`)
			expect(health.status).toBe(503)
			expect(await health.json()).toMatchObject({ status: 'down' })
		} finally {
			await proxy.restore()
		}

		let recovered = 0
		for (let attempt = 0; attempt < 50 && recovered !== 200; attempt++) {
			const response = await fetch(`${portal.url}/organizations`)
			recovered = response.status
			await response.body?.cancel()
			if (recovered !== 200) await new Promise((resolve) => setTimeout(resolve, 200))
		}
		expect(recovered).toBe(200)
		expect(portal.output()).toMatch(/"msg":"database unreachable"/)
	})
})
