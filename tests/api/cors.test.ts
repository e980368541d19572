// CORS for the API: off unless CORS_ORIGINS names origins; then only
// /api/v1/*, only those exact origins, the preflight answered with
// Authorization allowed, and never credentials. The edge's cross-origin
// refusal lets those origins' API calls through and nothing else.
import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseEnv } from '../../app/utils/env.server.ts'
import { apiCors, fromAllowedApiOrigin } from '../../server/http/api-cors.server.ts'
import { rejectCrossOriginMutations } from '../../server/http/hostile-input.server.ts'

const partner = 'https://crm.partner.example'

/** The edge's order: CORS, then the cross-origin refusal, then something that answers. */
async function edge(origins: string[]) {
	const app = express()
	const cors = apiCors(origins)
	if (cors) app.use(cors)
	app.use(
		rejectCrossOriginMutations(
			() => 'https://hub.example.org',
			(req) => fromAllowedApiOrigin(req, origins),
		),
	)
	app.all('*', (_req, res) => {
		res.json({ ok: true })
	})
	const server = app.listen(0, '127.0.0.1')
	await new Promise((resolve) => server.once('listening', resolve))
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
}

let off: Awaited<ReturnType<typeof edge>>
let on: Awaited<ReturnType<typeof edge>>
beforeAll(async () => {
	off = await edge([])
	on = await edge([partner, 'http://localhost:5173'])
})
afterAll(() => {
	off.close()
	on.close()
})

const corsHeaders = (response: Response) =>
	Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')))

const preflight = (url: string, path: string, origin = partner) =>
	fetch(`${url}${path}`, {
		method: 'OPTIONS',
		headers: {
			Origin: origin,
			'Access-Control-Request-Method': 'GET',
			'Access-Control-Request-Headers': 'authorization',
		},
	})

describe('without CORS_ORIGINS', () => {
	it('sends no Access-Control-* header, not even to a preflight', async () => {
		expect(corsHeaders(await fetch(`${off.url}/api/v1/listings`, { headers: { Origin: partner } }))).toEqual({})
		expect(corsHeaders(await preflight(off.url, '/api/v1/requests'))).toEqual({})
	})

	it('keeps refusing cross-origin API posts', async () => {
		const response = await fetch(`${off.url}/api/v1/match-suggestions`, {
			method: 'POST',
			headers: { Origin: partner, 'Content-Type': 'application/json' },
			body: '{}',
		})
		expect(response.status).toBe(403)
	})
})

describe('with CORS_ORIGINS', () => {
	it('answers the preflight of a named origin: Authorization allowed, no credentials', async () => {
		const response = await preflight(on.url, '/api/v1/requests')
		expect(response.status).toBe(204)
		expect(response.headers.get('Access-Control-Allow-Origin')).toBe(partner)
		expect(response.headers.get('Access-Control-Allow-Headers')).toMatch(/\bAuthorization\b/)
		expect(response.headers.get('Access-Control-Allow-Methods')).toMatch(/\bGET\b/)
		expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull()
		expect(response.headers.get('Vary')).toMatch(/Origin/)
	})

	it('allows a named origin on a call, and lets its API posts past the cross-origin refusal', async () => {
		const read = await fetch(`${on.url}/api/v1/listings`, { headers: { Origin: partner } })
		expect(read.headers.get('Access-Control-Allow-Origin')).toBe(partner)
		expect(read.headers.get('Access-Control-Allow-Credentials')).toBeNull()
		const post = await fetch(`${on.url}/api/v1/match-suggestions`, {
			method: 'POST',
			headers: { Origin: partner, 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/json' },
			body: '{}',
		})
		expect(post.status).toBe(200)
	})

	it.each([
		['another origin', '/api/v1/listings', 'https://evil.example'],
		['a look-alike of a named one', '/api/v1/listings', 'https://crm.partner.example.evil.example'],
		['a page outside the API', '/search', partner],
		['the API description outside /api/v1/', '/api/docs', partner],
	])('says nothing to %s', async (_case, path, origin) => {
		expect(corsHeaders(await fetch(`${on.url}${path}`, { headers: { Origin: origin } }))).toEqual({})
	})

	it("still refuses other origins' posts, and a named origin's posts to pages", async () => {
		for (const [path, origin] of [
			['/api/v1/match-suggestions', 'https://evil.example'],
			['/login', partner],
		] as const) {
			const response = await fetch(`${on.url}${path}`, { method: 'POST', headers: { Origin: origin }, body: 'a=1' })
			expect({ path, origin, status: response.status }).toEqual({ path, origin, status: 403 })
		}
	})
})

describe('the CORS_ORIGINS setting', () => {
	it('is a comma-separated list of exact origins, empty by default', () => {
		expect(parseEnv({}).CORS_ORIGINS).toEqual([])
		expect(parseEnv({ CORS_ORIGINS: ` ${partner} , http://localhost:5173 ` }).CORS_ORIGINS).toEqual([
			partner,
			'http://localhost:5173',
		])
	})

	it.each([
		'*',
		'https://crm.partner.example/',
		'https://crm.partner.example/api',
		'crm.partner.example',
		'ftp://x.example',
	])('refuses %s: nothing but an exact origin', (value) => {
		expect(() => parseEnv({ CORS_ORIGINS: value })).toThrow(/CORS_ORIGINS: not an exact origin/)
	})
})
