import { describe, expect, it } from 'vitest'
import { rateLimits } from '../../app/domain/auth/rate-limit.server.ts'
import { loader as listingsLoader } from '../../app/routes/api.v1.listings.ts'
import { action as suggestionsAction } from '../../app/routes/api.v1.match-suggestions.ts'
import { withTestDatabase } from '../setup/database.ts'

// The anonymous JSON endpoints could be called as fast as a client liked;
// each suggestion runs the whole matching pipeline. Now every client address
// has a budget a minute, and learns when to come back.

withTestDatabase()

function search(ip: string) {
	const request = new Request('http://hub.test/api/v1/listings?q=vector')
	return listingsLoader({ request, params: {}, context: { clientIp: ip } })
}

function suggest(ip: string) {
	const request = new Request('http://hub.test/api/v1/match-suggestions', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ title: 'Lentiviral vector supply for a phase I trial' }),
	})
	return suggestionsAction({ request, params: {}, context: { clientIp: ip } })
}

async function expectTooMany(response: Response) {
	expect(response.status).toBe(429)
	const retryAfter = Number(response.headers.get('Retry-After'))
	expect(retryAfter).toBeGreaterThan(0)
	expect(retryAfter).toBeLessThanOrEqual(60)
	const body = (await response.json()) as { error: { message: string } }
	expect(body.error.message).toMatch(/Too many requests/)
}

/** Calls until the answer is not a 200, or until twice the limit has been served; returns how many were. */
async function servedUntilRefused(call: () => Promise<Response>, limit: number) {
	let served = 0
	let response = await call()
	while (response.status === 200) {
		served++
		await response.body?.cancel()
		// A minute boundary in the middle starts a new window; the loop only ends at a refusal.
		if (served > limit * 2) break
		response = await call()
	}
	return { served, response }
}

describe('anonymous API rate limits', () => {
	it(`GET /api/v1/listings: ${rateLimits.apiSearchPerIp.limit} a minute per client address, then 429`, async () => {
		const { served, response } = await servedUntilRefused(() => search('203.0.113.20'), rateLimits.apiSearchPerIp.limit)
		expect(served).toBeGreaterThan(0)
		expect(served).toBeLessThanOrEqual(rateLimits.apiSearchPerIp.limit * 2)
		await expectTooMany(response)
		const other = await search('203.0.113.21')
		expect(other.status).toBe(200)
	}, 120_000)

	it(`POST /api/v1/match-suggestions: ${rateLimits.apiSuggestionsPerIp.limit} a minute per client address, then 429`, async () => {
		const { served, response } = await servedUntilRefused(
			() => suggest('203.0.113.30'),
			rateLimits.apiSuggestionsPerIp.limit,
		)
		expect(served).toBeGreaterThan(0)
		expect(served).toBeLessThanOrEqual(rateLimits.apiSuggestionsPerIp.limit * 2)
		await expectTooMany(response)
		expect((await suggest('203.0.113.31')).status).toBe(200)
	}, 120_000)
})
