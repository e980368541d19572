// Caching of visitors' pages over real HTTP: an ETag on every answer a cache
// may keep and a 304 for a copy the browser already has; public pages for
// shared caches, signed-in ones never; and an edit shows on the next request.
import { get as httpGet } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listingsChanged } from '../../app/outbox/topics.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { startPortal, type Portal } from '../support/portal-process.ts'
import { sessionCookie } from '../accounts/factories.ts'

const db = withTestDatabase()
let portal: Portal
let member = ''
let facilityId = ''

beforeAll(async () => {
	const organization = await createListing({ type: 'organization', name: 'Cachebolaget AB', featured: true })
	facilityId = (
		await createListing({ type: 'facility', name: 'Cleanroom Suite Alpha', organizationId: organization.id })
	).id
	const user = await createUser({ memberships: [{ organizationId: organization.id }] })
	member = await sessionCookie(user.userId)
	portal = await startPortal({ databaseUrl: db.url })
}, 240_000)
afterAll(async () => {
	await portal?.stop()
})

const get = (pathname: string, headers: Record<string, string> = {}) =>
	fetch(`${portal.url}${pathname}`, { headers, redirect: 'manual' })

describe('visitors', () => {
	it.each(['/', '/facilities', '/search?q=cleanroom', '/api/v1/listings'])(
		'%s: a second request with the ETag gets 304 and no body, without a new CSP nonce',
		async (pathname) => {
			const first = await get(pathname)
			expect(first.status).toBe(200)
			const etag = first.headers.get('ETag')
			expect(etag).toMatch(/^W\/".+"$/)
			expect(first.headers.get('Cache-Control')).toMatch(/\bpublic\b/)
			await first.arrayBuffer()

			const again = await get(pathname, { 'If-None-Match': etag! })
			expect(again.status).toBe(304)
			expect(await again.text()).toBe('')
			expect(again.headers.get('Content-Security-Policy')).toBeNull()
			expect(again.headers.get('ETag')).toBe(etag)
		},
	)

	it('public pages may be kept by shared caches for a short while; browsers revalidate', async () => {
		for (const pathname of ['/', '/facilities', '/search?q=cleanroom']) {
			const response = await get(pathname)
			await response.arrayBuffer()
			expect({ pathname, cacheControl: response.headers.get('Cache-Control') }).toEqual({
				pathname,
				cacheControl: 'public, max-age=0, s-maxage=30, stale-while-revalidate=60',
			})
			expect(response.headers.get('Vary')).toMatch(/Cookie/)
		}
	})

	it('a form page or a 404 is not made shareable', async () => {
		for (const pathname of ['/login', '/facilities/no-such-facility']) {
			const response = await get(pathname)
			await response.arrayBuffer()
			expect(response.headers.get('Cache-Control') ?? '').not.toMatch(/public|s-maxage/)
			expect(response.headers.get('ETag')).toBeNull()
		}
	})
})

describe('signed in', () => {
	it('is never shared-cacheable and never answered from a visitor copy', async () => {
		const visitor = await get('/')
		await visitor.arrayBuffer()
		for (const pathname of ['/', '/facilities', '/api/v1/listings']) {
			const response = await get(pathname, { Cookie: member, 'If-None-Match': visitor.headers.get('ETag')! })
			expect(response.status).toBe(200)
			await response.arrayBuffer()
			expect(response.headers.get('Cache-Control')).toBe('private, no-store')
			expect(response.headers.get('ETag')).toBeNull()
		}
	})
})

describe('after an edit', () => {
	it('the home page shows it on the next request, the list as soon as the search has it', async () => {
		const home = await get('/')
		const list = await get('/facilities')
		const homeTag = home.headers.get('ETag')!
		const listTag = list.headers.get('ETag')!
		expect(await list.text()).toContain('Cleanroom Suite Alpha')
		await home.arrayBuffer()

		await prisma().listing.update({ where: { id: facilityId }, data: { name: 'Cleanroom Suite Beta' } })
		const added = await createListing({ type: 'facility', name: 'Gamma Vector Core' })
		// What the use cases that edit listings enqueue with the edit: the list is the search, and the
		// portal's outbox worker brings the search index up to date within moments.
		await listingsChanged(prisma(), [facilityId, added.id])

		await expect
			.poll(
				async () => {
					const listAfter = await get('/facilities', { 'If-None-Match': listTag })
					const listText = await listAfter.text()
					return {
						status: listAfter.status,
						beta: listText.includes('Cleanroom Suite Beta'),
						gamma: listText.includes('Gamma Vector Core'),
					}
				},
				{ timeout: 20_000 },
			)
			.toEqual({ status: 200, beta: true, gamma: true })
		const homeAfter = await get('/', { 'If-None-Match': homeTag })
		expect(homeAfter.status).toBe(200)
		expect(homeAfter.headers.get('ETag')).not.toBe(homeTag)
	})
})

/**
 * The same page asked twice in a row, until no write fell between the two: the
 * write position is the whole PostgreSQL server's, and the portal's background
 * work and the other test files write to it all the time.
 */
async function askedTwiceWithoutAWrite(pathname: string) {
	let pair: { first: string; again: Response; againBody: string } | undefined
	await expect
		.poll(
			async () => {
				const first = await (await get(pathname)).text()
				const again = await get(pathname)
				pair = { first, again, againBody: await again.text() }
				return again.headers.get('Age')
			},
			{ timeout: 30_000, interval: 50 },
		)
		.toMatch(/^\d+$/)
	return pair!
}

describe('kept in memory between writes', () => {
	it.each(['/', '/facilities', '/search?q=cleanroom', '/about'])(
		'%s: a visitor’s second request is answered from the kept copy, whole and with its own CSP',
		async (pathname) => {
			const { first, again, againBody } = await askedTwiceWithoutAWrite(pathname)
			expect(againBody).toBe(first)
			// The copy's scripts carry the nonce of its own policy.
			const nonce = /'nonce-([^']+)'/.exec(again.headers.get('Content-Security-Policy') ?? '')?.[1]
			expect(nonce).toBeTruthy()
			expect(againBody).toContain(`nonce="${nonce}"`)
		},
	)

	it('a kept copy goes out in brotli, gzip or as it is, whichever the client takes: the same page each time', async () => {
		const asked = (acceptEncoding: string) =>
			new Promise<{ age: string | undefined; etag: string | undefined; encoding: string; page: string }>(
				(resolve, reject) => {
					httpGet(`${portal.url}/facilities`, { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
						const chunks: Buffer[] = []
						response.on('data', (chunk: Buffer) => chunks.push(chunk))
						response.on('end', () => {
							const body = Buffer.concat(chunks)
							const encoding = String(response.headers['content-encoding'] ?? 'identity')
							const page =
								encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body
							const age = response.headers.age
							resolve({ age, etag: response.headers.etag, encoding, page: page.toString('utf8') })
						})
						response.on('error', reject)
					}).on('error', reject)
				},
			)
		// Until the three fall between the same two writes: one copy, asked for in each encoding.
		await expect
			.poll(
				async () => {
					await (await get('/facilities')).arrayBuffer()
					const answers = [await asked('gzip, deflate, br'), await asked('gzip'), await asked('identity')]
					return {
						kept: answers.every((answer) => answer.age !== undefined),
						oneCopy: new Set(answers.map((answer) => answer.etag)).size === 1,
						encodings: answers.map((answer) => answer.encoding),
						samePage: answers.every((answer) => answer.page === answers[0]!.page && answer.page.includes('</html>')),
					}
				},
				{ timeout: 30_000, interval: 50 },
			)
			.toEqual({ kept: true, oneCopy: true, encodings: ['br', 'gzip', 'identity'], samePage: true })
	})

	it('each language has its own copy', async () => {
		for (let round = 0; round < 2; round++) {
			for (const [language, lang] of [
				['sv-SE,sv;q=0.9', 'sv'],
				['en-GB,en;q=0.9', 'en'],
			] as const) {
				const response = await get('/', { 'Accept-Language': language })
				expect(await response.text()).toMatch(new RegExp(`<html[^>]*\\blang="${lang}"`))
			}
		}
	})

	it('a page rendered for a member, a form page or a page that sets a cookie is never kept', async () => {
		for (const [pathname, headers] of [
			['/facilities', { Cookie: member }],
			['/login', {}],
			['/login', {}],
		] as const) {
			const response = await get(pathname, headers)
			await response.arrayBuffer()
			expect({ pathname, age: response.headers.get('Age') }).toEqual({ pathname, age: null })
		}
	})

	it('any write to the database retires every kept copy at once', async () => {
		await askedTwiceWithoutAWrite('/organizations')
		// A write that the search does not see: the page must still be rendered afresh.
		await prisma().listing.update({ where: { id: facilityId }, data: { updatedAt: new Date() } })
		const after = await get('/organizations')
		await after.arrayBuffer()
		expect(after.headers.get('Age')).toBeNull()
	})
})
