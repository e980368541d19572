// Who reads what through the API, token by token: every kind of caller
// against every read, called the way Remix calls the loaders. A token reads
// what its owner may and no more; a broken token is 401 whatever it asks
// for; a token without the scope is 403; another organisation's request is
// 404, never 403, so its existence does not leak.
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiToken } from '../../app/domain/api-tokens/create-api-token.server.ts'
import { revokeApiToken } from '../../app/domain/api-tokens/revoke-api-token.server.ts'
import type { ApiScope } from '../../app/domain/api-tokens/scopes.ts'
import { rateLimitKey, rateLimits } from '../../app/domain/auth/rate-limit.server.ts'
import * as listingRoute from '../../app/routes/api.v1.listings.$ref.ts'
import * as listingsRoute from '../../app/routes/api.v1.listings.ts'
import * as requestRoute from '../../app/routes/api.v1.requests.$id.ts'
import * as requestsRoute from '../../app/routes/api.v1.requests.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { allDocuments } from '../../search/documents.server.ts'
import { setSearchEngine } from '../../search/index.server.ts'
import { PostgresSearchEngine } from '../../search/postgres/engine.server.ts'
import { insertFixtures } from '../../search/testing/fixtures.server.ts'
import { createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()

const callers = [
	'anonymous',
	'organisation token',
	'organisation token without the scope',
	"other organisation's token",
	'coordinator token',
	'revoked token',
	'expired token',
] as const
type Caller = (typeof callers)[number]

const reads = ['listings list', 'listing by ref', 'requests list', 'request by id'] as const
type Read = (typeof reads)[number]

const scopeOf: Record<Read, ApiScope> = {
	'listings list': 'listings:read',
	'listing by ref': 'listings:read',
	'requests list': 'requests:read',
	'request by id': 'requests:read',
}

/** The token each caller sends for a read (the one without the scope has every scope but the read's). */
let tokenFor: (caller: Caller, read: Read) => string | undefined
let ownRequest: { id: string; ref: string }
let otherRequest: { id: string; ref: string }
let ownDraft: { id: string; ref: string }
const engine = new PostgresSearchEngine()

beforeAll(async () => {
	const fixtures = await insertFixtures()
	await engine.configure()
	await engine.rebuild(allDocuments())
	setSearchEngine(engine)
	const organization = fixtures.ids.institute!
	const other = fixtures.ids.cdmo!
	const admin = await createUser({ memberships: [{ organizationId: organization, role: 'admin' }] })
	const otherAdmin = await createUser({ memberships: [{ organizationId: other, role: 'admin' }] })
	const coordinator = await createUser({ platformRole: 'coordinator' })
	const both: ApiScope[] = ['listings:read', 'requests:read']
	const create = async (actor: typeof admin, owner: string | null, scopes: ApiScope[], now?: Date) =>
		(await createApiToken(actor, owner, { name: 'Matrix', scopes, ...(now ? { expiresOn: '2026-01-01' } : {}) }, now))
			.text
	const tokens = {
		own: await create(admin, organization, both),
		listingsOnly: await create(admin, organization, ['listings:read']),
		requestsOnly: await create(admin, organization, ['requests:read']),
		other: await create(otherAdmin, other, both),
		coordinator: await create(coordinator, null, both),
		expired: await create(admin, organization, both, new Date('2025-12-31T12:00:00Z')),
	}
	const revoked = await createApiToken(admin, organization, { name: 'Gone', scopes: both })
	await revokeApiToken(admin, revoked.id)
	tokenFor = (caller, read) =>
		({
			anonymous: undefined,
			'organisation token': tokens.own,
			'organisation token without the scope':
				scopeOf[read] === 'listings:read' ? tokens.requestsOnly : tokens.listingsOnly,
			"other organisation's token": tokens.other,
			'coordinator token': tokens.coordinator,
			'revoked token': revoked.text,
			'expired token': tokens.expired,
		})[caller]
	let n = 0
	const request = (organizationId: string, status: 'submitted' | 'draft') =>
		prisma().matchRequest.create({
			data: {
				ref: `REQ-MATRIX-${++n}`,
				organizationId,
				title: `Vector supply ${n}`,
				teaser: 'A company needs vector.',
				description: 'GMP lentiviral vector for a phase I trial.',
				modalities: ['car-t'],
				status,
				submittedAt: status === 'submitted' ? new Date() : null,
			},
			select: { id: true, ref: true },
		})
	ownRequest = await request(organization, 'submitted')
	ownDraft = await request(organization, 'draft')
	otherRequest = await request(other, 'submitted')
}, 120_000)

afterAll(() => setSearchEngine(undefined))

interface Answer {
	status: number
	headers: Headers
	body: Record<string, unknown>
}

const loaders: Record<Read, { loader: (args: never) => Promise<Response>; path: () => string; params: () => object }> =
	{
		'listings list': { loader: listingsRoute.loader, path: () => '/api/v1/listings?q=lentiviral', params: () => ({}) },
		// A members-only profile: visitors never see it, members of the hub do.
		'listing by ref': {
			loader: listingRoute.loader,
			path: () => '/api/v1/listings/exp-hidden',
			params: () => ({ ref: 'exp-hidden' }),
		},
		'requests list': { loader: requestsRoute.loader, path: () => '/api/v1/requests', params: () => ({}) },
		'request by id': {
			loader: requestRoute.loader,
			path: () => `/api/v1/requests/${ownRequest.id}`,
			params: () => ({ id: ownRequest.id }),
		},
	}

async function read(caller: Caller, what: Read): Promise<Answer> {
	const token = tokenFor(caller, what)
	const request = new Request(`http://hub.test${loaders[what].path()}`, {
		headers: token ? { Authorization: `Bearer ${token}` } : {},
	})
	// Every call its own client address, so the per-address limit never decides a case.
	const context = { clientIp: `203.0.113.${Math.floor(Math.random() * 250)}` }
	const response = await loaders[what].loader({ request, params: loaders[what].params(), context } as never)
	return {
		status: response.status,
		headers: response.headers,
		body: (await response.json()) as Record<string, unknown>,
	}
}

const refs = (answer: Answer, key: 'hits' | 'requests') =>
	((answer.body[key] as Array<{ ref: string }> | undefined) ?? []).map((item) => item.ref)

type Check = (answer: Answer) => void
const status =
	(expected: number, then?: Check): Check =>
	(answer) => {
		expect(answer.status).toBe(expected)
		then?.(answer)
	}
const refusedToken: Check = status(401, (answer) => {
	expect(answer.headers.get('WWW-Authenticate')).toBe('Bearer error="invalid_token"')
	expect(answer.body).toEqual({ error: { message: expect.any(String) } })
})
const missingScope = (scope: ApiScope): Check =>
	status(403, (answer) => {
		expect(answer.headers.get('WWW-Authenticate')).toBe(`Bearer error="insufficient_scope", scope="${scope}"`)
	})
const tokenNeeded: Check = status(401, (answer) => expect(answer.headers.get('WWW-Authenticate')).toBe('Bearer'))
const listsPublicHits: Check = status(200, (answer) => expect(refs(answer, 'hits')).toContain('fac-lvs'))
const shows = (ref: string): Check => status(200, (answer) => expect(answer.body.ref).toBe(ref))
const notFound: Check = status(404, (answer) => expect(answer.body).toEqual({ error: { message: expect.any(String) } }))
const listsOwnOnly: Check = status(200, (answer) => {
	expect(refs(answer, 'requests')).toEqual([ownRequest.ref])
})
const listsNoneOfOthers: Check = status(200, (answer) => {
	expect(refs(answer, 'requests')).not.toContain(ownRequest.ref)
	expect(refs(answer, 'requests')).toContain(otherRequest.ref)
})
const listsAllSubmitted: Check = status(200, (answer) => {
	expect(refs(answer, 'requests')).toEqual(expect.arrayContaining([ownRequest.ref, otherRequest.ref]))
	expect(refs(answer, 'requests')).not.toContain(ownDraft.ref)
})

const matrix: Record<Caller, Record<Read, Check>> = {
	anonymous: {
		'listings list': listsPublicHits,
		'listing by ref': notFound,
		'requests list': tokenNeeded,
		'request by id': tokenNeeded,
	},
	'organisation token': {
		'listings list': listsPublicHits,
		'listing by ref': shows('exp-hidden'),
		'requests list': listsOwnOnly,
		'request by id': shows(`REQ-MATRIX-1`),
	},
	'organisation token without the scope': {
		'listings list': missingScope('listings:read'),
		'listing by ref': missingScope('listings:read'),
		'requests list': missingScope('requests:read'),
		'request by id': missingScope('requests:read'),
	},
	"other organisation's token": {
		'listings list': listsPublicHits,
		'listing by ref': shows('exp-hidden'),
		'requests list': listsNoneOfOthers,
		'request by id': notFound,
	},
	'coordinator token': {
		'listings list': listsPublicHits,
		'listing by ref': shows('exp-hidden'),
		'requests list': listsAllSubmitted,
		'request by id': shows(`REQ-MATRIX-1`),
	},
	'revoked token': {
		'listings list': refusedToken,
		'listing by ref': refusedToken,
		'requests list': refusedToken,
		'request by id': refusedToken,
	},
	'expired token': {
		'listings list': refusedToken,
		'listing by ref': refusedToken,
		'requests list': refusedToken,
		'request by id': refusedToken,
	},
}

describe('the API permission matrix', () => {
	it.each(callers.flatMap((caller) => reads.map((what) => [caller, what] as const)))('%s: %s', async (caller, what) => {
		matrix[caller][what](await read(caller, what))
	})
})

describe('what a token reads of requests', () => {
	it('answers the fields described, and nothing of drafts', async () => {
		const answer = await read('organisation token', 'request by id')
		expect(Object.keys(answer.body).sort()).toEqual(
			[
				'closedAt',
				'confidentiality',
				'createdAt',
				'description',
				'id',
				'needs',
				'neededBy',
				'organization',
				'outcome',
				'outcomeNote',
				'ref',
				'status',
				'submittedAt',
				'teaser',
				'title',
			].sort(),
		)
		const draft = await requestRoute.loader({
			request: new Request(`http://hub.test/api/v1/requests/${ownDraft.id}`, {
				headers: { Authorization: `Bearer ${tokenFor('organisation token', 'request by id')}` },
			}),
			params: { id: ownDraft.id },
			context: {},
		})
		expect(draft.status).toBe(404)
	})

	it.each([
		['Bearer', 'no token at all'],
		['Basic dXNlcjpwYXNz', 'another scheme'],
		['Bearer atmp_1234abcd_short', 'a token of the wrong shape'],
		['Bearer a b', 'two words'],
	])('refuses "%s" (%s) with 401, even where no token is needed', async (authorization) => {
		const response = await listingsRoute.loader({
			request: new Request('http://hub.test/api/v1/listings', { headers: { Authorization: authorization } }),
			params: {},
			context: {},
		})
		expect(response.status).toBe(401)
		expect(response.headers.get('WWW-Authenticate')).toBe('Bearer error="invalid_token"')
	})

	it('answers a page out of range with an empty page and a malformed one with 400', async () => {
		const headers = { Authorization: `Bearer ${tokenFor('coordinator token', 'requests list')}` }
		const far = await requestsRoute.loader({
			request: new Request('http://hub.test/api/v1/requests?page=99', { headers }),
			params: {},
			context: {},
		})
		expect(await far.json()).toMatchObject({ requests: [], page: 99 })
		const bad = await requestsRoute.loader({
			request: new Request('http://hub.test/api/v1/requests?page=0', { headers }),
			params: {},
			context: {},
		})
		expect(bad.status).toBe(400)
		expect(await bad.json()).toEqual({ error: { message: expect.any(String), parameter: 'page' } })
	})
})

describe('the rate limit of a token', () => {
	it('counts per token, not per address: a token past its limit gets 429 with Retry-After, another token goes on', async () => {
		const token = tokenFor('organisation token', 'requests list')!
		const { id } = await prisma().apiToken.findUniqueOrThrow({
			where: { secretHash: createHash('sha256').update(token).digest('hex') },
			select: { id: true },
		})
		const rule = rateLimits.apiRequestsPerToken
		const current = Math.floor(Date.now() / rule.windowMs) * rule.windowMs
		const key = rateLimitKey('api:requests:token', id)
		// This window and the next, so a minute turning over during the test changes nothing.
		for (const windowStart of [new Date(current), new Date(current + rule.windowMs)]) {
			await prisma().rateLimitBucket.upsert({
				where: { key_windowStart: { key, windowStart } },
				create: { key, windowStart, hits: rule.limit },
				update: { hits: rule.limit },
			})
		}
		const answer = await read('organisation token', 'requests list')
		expect(answer.status).toBe(429)
		expect(Number(answer.headers.get('Retry-After'))).toBeGreaterThan(0)
		expect(answer.body).toEqual({ error: { message: expect.stringContaining('for one token') } })
		expect((await read('coordinator token', 'requests list')).status).toBe(200)
	})
})
