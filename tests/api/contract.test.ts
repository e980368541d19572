// The API as described: every operation of /api/v1/openapi.json called on the
// running portal (production build, real HTTP), each answer's status one the
// document describes and its body valid against the schema described for it.
// Also GET /api/v1/listings/{ref} in detail, calls with API tokens (and what
// the log keeps of them), and the /api/docs reference page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiToken } from '../../app/domain/api-tokens/create-api-token.server.ts'
import { startSession } from '../../app/domain/auth/session.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { allDocuments } from '../../search/documents.server.ts'
import { PostgresSearchEngine } from '../../search/postgres/engine.server.ts'
import { insertFixtures, SECRET_EMAIL } from '../../search/testing/fixtures.server.ts'
import { createUser } from '../curation/factories.ts'
import { useTestDatabase } from '../setup/database.ts'
import { startPortal, type Portal } from '../support/portal-process.ts'
import { resolveRef, schemaProblems } from './json-schema-check.ts'

type Node = { [key: string]: unknown }
type Operation = { parameters?: Node[]; requestBody?: Node; responses: Record<string, Node> }
interface OpenApi extends Node {
	paths: Record<string, Record<string, Operation>>
}

let db: Awaited<ReturnType<typeof useTestDatabase>>
let portal: Portal
let api: OpenApi
let member = ''
const tokens = { organization: '', listingsOnly: '', coordinator: '' }
let ownRequestId = ''

beforeAll(async () => {
	db = await useTestDatabase()
	const fixtures = await insertFixtures()
	const user = await createUser({ memberships: [{ organizationId: fixtures.ids.institute! }] })
	member = `hub_session=${(await startSession(user.userId)).token}`
	const admin = await createUser({ memberships: [{ organizationId: fixtures.ids.institute!, role: 'admin' }] })
	const coordinator = await createUser({ platformRole: 'coordinator' })
	const token = async (actor: typeof admin, owner: string | null, scopes: Array<'listings:read' | 'requests:read'>) =>
		(await createApiToken(actor, owner, { name: 'Contract', scopes })).text
	tokens.organization = await token(admin, fixtures.ids.institute!, ['listings:read', 'requests:read'])
	tokens.listingsOnly = await token(admin, fixtures.ids.institute!, ['listings:read'])
	tokens.coordinator = await token(coordinator, null, ['requests:read'])
	ownRequestId = (
		await prisma().matchRequest.create({
			data: {
				ref: 'REQ-CONTRACT-1',
				organizationId: fixtures.ids.institute!,
				title: 'Lentiviral vector supply',
				teaser: 'A vector need.',
				description: 'GMP lentiviral vector for a phase I CAR-T trial.',
				services: ['viral-vector-production'],
				neededBy: new Date('2027-06-30'),
				status: 'submitted',
				submittedAt: new Date(),
			},
		})
	).id
	// One listing written in Swedish carries its summary in English too.
	await prisma().listing.update({
		where: { id: fixtures.ids.renrum! },
		data: { translatedSummary: 'Academic GMP facility for cell therapy.' },
	})
	const engine = new PostgresSearchEngine()
	await engine.configure()
	await engine.rebuild(allDocuments())
	// The limits count per client address; each test names its own, as a proxy in front would.
	portal = await startPortal({ databaseUrl: db.url, env: { TRUST_PROXY: 'loopback' } })
	api = (await (await fetch(`${portal.url}/api/v1/openapi.json`)).json()) as OpenApi
}, 240_000)
afterAll(async () => {
	await portal?.stop()
	await db?.cleanup()
})

interface Call {
	method?: string
	body?: string
	contentType?: string
	client?: string
	cookie?: string
	token?: string
	headers?: Record<string, string>
}

async function call(
	path: string,
	{
		method = 'GET',
		body,
		contentType = 'application/json',
		client = '198.51.100.1',
		cookie,
		token,
		headers,
	}: Call = {},
) {
	const response = await fetch(`${portal.url}${path}`, {
		method,
		headers: {
			'X-Forwarded-For': client,
			...(body === undefined ? {} : { 'Content-Type': contentType }),
			...(cookie ? { Cookie: cookie } : {}),
			...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
			...headers,
		},
		body,
		redirect: 'manual',
	})
	const text = await response.text()
	return { status: response.status, headers: response.headers, text, json: JSON.parse(text) as unknown }
}

const resolve = (node: Node): Node => resolveRef(api, node)

/** The answer against the document: a described status, and a body valid against that status's schema. */
function expectDescribed(template: string, method: string, answer: Awaited<ReturnType<typeof call>>) {
	const operation = api.paths[template]?.[method.toLowerCase()]
	expect(operation, `${method} ${template} is described`).toBeDefined()
	const described = operation!.responses[String(answer.status)]
	expect({ status: answer.status, described: Boolean(described) }).toEqual({ status: answer.status, described: true })
	const content = resolve(described!).content as Record<string, Node>
	expect(answer.headers.get('Content-Type')).toMatch(/^application\/json/)
	const schema = content['application/json']!.schema as Node
	expect({ body: answer.json, problems: schemaProblems(answer.json, schema, api) }).toEqual({
		body: answer.json,
		problems: [],
	})
}

/** ?limit's bound as the document gives it. */
const limitBound = (bound: 'minimum' | 'maximum') => {
	const limit = api.paths['/api/v1/match-suggestions']!.post!.parameters!.find(
		(parameter) => parameter.name === 'limit',
	)!
	return (limit.schema as Record<string, number>)[bound]!
}

const exampleBody = () =>
	JSON.stringify(
		(api.paths['/api/v1/match-suggestions']!.post!.requestBody!.content as Record<string, Node>)['application/json']!
			.example,
	)

/** Waits, if need be, for the start of the next fixed window so that at least `needMs` of it remain. */
async function waitForWindowWithAtLeast(needMs: number, windowMs: number) {
	const remaining = windowMs - (Date.now() % windowMs)
	if (remaining < needMs) await new Promise((resolve) => setTimeout(resolve, remaining + 50))
}

describe('every described operation answers as described', () => {
	it.each([
		['GET', '/api/v1/listings', '/api/v1/listings?q=lentiviral', 200],
		['GET', '/api/v1/listings', '/api/v1/listings?q=lentivrial&type=facility&type=lab&sort=name', 200],
		['GET', '/api/v1/listings', '/api/v1/listings?grade=B&page=2', 200],
		['GET', '/api/v1/listings', '/api/v1/listings?type=company', 400],
		['GET', '/api/v1/listings', '/api/v1/listings?page=0', 400],
		['GET', '/api/v1/listings/{ref}', '/api/v1/listings/fac-lvs', 200],
		['GET', '/api/v1/listings/{ref}', '/api/v1/listings/ORG-FCTI', 200],
		['GET', '/api/v1/listings/{ref}', '/api/v1/listings/no-such-ref', 404],
		['GET', '/api/v1/listings/{ref}', `/api/v1/listings/${encodeURIComponent('<script>')}`, 404],
	])('%s %s: %s answers %i', async (method, template, path, status) => {
		const answer = await call(path, { method })
		expect(answer.status).toBe(status)
		expectDescribed(template, method, answer)
	})

	it.each([
		['the example body with ?limit=5', () => '?limit=5', exampleBody, 'application/json', 200],
		['no title', () => '', () => JSON.stringify({ description: 'no title' }), 'application/json', 400],
		[
			'an unknown code',
			() => '',
			() => JSON.stringify({ title: 'Vectors please', modalities: ['car-x'] }),
			'application/json',
			400,
		],
		['a body that is not JSON', () => '', () => '{"title":', 'application/json', 400],
		['the largest limit described', () => `?limit=${limitBound('maximum')}`, exampleBody, 'application/json', 200],
		['a limit over it', () => `?limit=${limitBound('maximum') + 1}`, exampleBody, 'application/json', 400],
		['a limit under the smallest', () => `?limit=${limitBound('minimum') - 1}`, exampleBody, 'application/json', 400],
		['a body sent as text', () => '', exampleBody, 'text/plain', 415],
	])('POST /api/v1/match-suggestions with %s', async (_case, query, body, contentType, status) => {
		// The document arrives in beforeAll, after the cases are listed: they read it when they run.
		const answer = await call(`/api/v1/match-suggestions${query()}`, { method: 'POST', body: body(), contentType })
		expect(answer.status).toBe(status)
		expectDescribed('/api/v1/match-suggestions', 'POST', answer)
	})

	it('answers the example request with at most ?limit ranked suggestions', async () => {
		const answer = await call('/api/v1/match-suggestions?limit=2', { method: 'POST', body: exampleBody() })
		const { suggestions } = answer.json as { suggestions: Array<{ score: number }> }
		expect(suggestions.length).toBeGreaterThan(0)
		expect(suggestions.length).toBeLessThanOrEqual(2)
	})

	it.each(['GET', 'PUT', 'DELETE'])('answers %s /api/v1/match-suggestions with 405', async (method) => {
		const answer = await call('/api/v1/match-suggestions', {
			method,
			...(method === 'GET' ? {} : { body: exampleBody() }),
		})
		expect(answer.status).toBe(405)
		expectDescribed('/api/v1/match-suggestions', 'POST', answer)
	})

	it('refuses past the rate limit with 429 and Retry-After; the list and one listing share their limit', async () => {
		const client = '198.51.100.77'
		const limit = 120
		// The limit counts in fixed one-minute windows: 120 calls on a busy
		// machine can straddle a window's end and start counting again, so
		// they start early in a window.
		await waitForWindowWithAtLeast(40_000, 60_000)
		for (let index = 0; index < limit; index++) {
			const path = index % 2 ? '/api/v1/listings/fac-lvs' : '/api/v1/listings?type=lab'
			expect((await call(path, { client })).status).toBe(200)
		}
		for (const [template, path] of [
			['/api/v1/listings/{ref}', '/api/v1/listings/fac-lvs'],
			['/api/v1/listings', '/api/v1/listings'],
		] as const) {
			const answer = await call(path, { client })
			expect(answer.status).toBe(429)
			expect(Number(answer.headers.get('Retry-After'))).toBeGreaterThan(0)
			expectDescribed(template, 'GET', answer)
		}
		// Another client is not held back by this one.
		expect((await call('/api/v1/listings/fac-lvs', { client: '198.51.100.78' })).status).toBe(200)
	}, 120_000)

	it('refuses suggestions past their own limit with a described 429', async () => {
		const client = '198.51.100.88'
		for (let index = 0; index < 20; index++) {
			expect((await call('/api/v1/match-suggestions', { method: 'POST', body: '{', client })).status).toBe(400)
		}
		const answer = await call('/api/v1/match-suggestions', { method: 'POST', body: exampleBody(), client })
		expect(answer.status).toBe(429)
		expectDescribed('/api/v1/match-suggestions', 'POST', answer)
	})
})

describe('with an API token', () => {
	// Read when the cases run: the tokens and the request are made in beforeAll.
	const unknownToken = `atmp_00000000_${'A'.repeat(43)}`
	const tokenCases: Array<[string, string, () => string, () => string | undefined, number]> = [
		['GET', '/api/v1/listings', () => '/api/v1/listings?q=lentiviral', () => tokens.organization, 200],
		['GET', '/api/v1/listings', () => '/api/v1/listings', () => unknownToken, 401],
		['GET', '/api/v1/listings/{ref}', () => '/api/v1/listings/exp-hidden', () => tokens.organization, 200],
		['GET', '/api/v1/listings/{ref}', () => '/api/v1/listings/exp-hidden', () => tokens.coordinator, 403],
		['GET', '/api/v1/requests', () => '/api/v1/requests', () => tokens.organization, 200],
		['GET', '/api/v1/requests', () => '/api/v1/requests', () => undefined, 401],
		['GET', '/api/v1/requests', () => '/api/v1/requests', () => 'not-a-token', 401],
		['GET', '/api/v1/requests', () => '/api/v1/requests', () => tokens.listingsOnly, 403],
		['GET', '/api/v1/requests', () => '/api/v1/requests?page=x', () => tokens.coordinator, 400],
		['GET', '/api/v1/requests/{id}', () => `/api/v1/requests/${ownRequestId}`, () => tokens.coordinator, 200],
		[
			'GET',
			'/api/v1/requests/{id}',
			() => '/api/v1/requests/00000000-0000-4000-8000-000000000000',
			() => tokens.organization,
			404,
		],
		['GET', '/api/v1/requests/{id}', () => `/api/v1/requests/${ownRequestId}`, () => undefined, 401],
		['GET', '/api/v1/requests/{id}', () => `/api/v1/requests/${ownRequestId}`, () => tokens.listingsOnly, 403],
	]
	it.each(tokenCases)('%s %s: case %#', async (method, template, path, token, status) => {
		const answer = await call(path(), { method, token: token(), client: '198.51.100.20' })
		expect(answer.status).toBe(status)
		expectDescribed(template, method, answer)
		if (status === 401) expect(answer.headers.get('WWW-Authenticate')).toMatch(/^Bearer\b/)
	})

	it("answers its owner's request with the fields described, never kept by a cache", async () => {
		const answer = await call(`/api/v1/requests/${ownRequestId}`, { token: tokens.organization })
		expect(answer.json).toMatchObject({
			ref: 'REQ-CONTRACT-1',
			status: 'submitted',
			neededBy: '2027-06-30',
			needs: { services: ['viral-vector-production'] },
		})
		expect(answer.headers.get('Cache-Control')).toBe('private, no-store')
		const listing = await call('/api/v1/listings/fac-lvs', { token: tokens.organization })
		expect(listing.headers.get('Cache-Control')).toBe('private, no-store')
		expect(listing.headers.get('ETag')).toBeNull()
	})

	it('sends no CORS header while CORS_ORIGINS is not set', async () => {
		const answer = await call('/api/v1/listings', {
			token: tokens.organization,
			headers: { Origin: 'https://crm.example.org' },
		})
		expect([...answer.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([])
	})

	it('keeps no token in the log, from the header or from an address', async () => {
		await call(`/api/v1/requests?access_token=${tokens.organization}`, { token: tokens.organization })
		await call('/api/v1/requests', { token: `${tokens.organization}x` })
		await call(`/api/v1/listings?token=${tokens.coordinator}`, { token: tokens.coordinator })
		const log = portal.output()
		expect(log).toContain('/api/v1/requests?access_token=[redacted]')
		for (const token of Object.values(tokens)) {
			expect(log).not.toContain(token)
			// Not even the secret part on its own: what follows "atmp_<prefix>_" (base64url, so it may hold "_" itself).
			expect(log).not.toContain(token.split('_').slice(2).join('_'))
		}
		expect(log).not.toMatch(/authorization/i)
	})
})

describe('GET /api/v1/listings/{ref}', () => {
	it('answers a listing exactly as the list shows it, without highlights', async () => {
		const list = await call('/api/v1/listings?q=lentiviral')
		const item = (list.json as { hits: Array<Node & { ref: string }> }).hits.find((hit) => hit.ref === 'fac-lvs')!
		const one = await call('/api/v1/listings/fac-lvs')
		expect(one.json).toEqual({ ...item, highlights: {} })
	})

	it('carries both versions of the summary, each with its language, in the list and by ref', async () => {
		const one = await call('/api/v1/listings/fac-novum')
		expect(one.json).toMatchObject({
			summary: 'Akademisk GMP-anläggning för cellterapi.',
			language: 'sv',
			translatedSummary: 'Academic GMP facility for cell therapy.',
			translatedLanguage: 'en',
		})
		const list = await call('/api/v1/listings?q=cellterapi')
		const item = (list.json as { hits: Array<Node & { ref: string }> }).hits.find((hit) => hit.ref === 'fac-novum')
		expect(item).toMatchObject({ language: 'sv', translatedSummary: 'Academic GMP facility for cell therapy.' })
		// A listing in one language only says so.
		const english = await call('/api/v1/listings/fac-lvs')
		expect(english.json).toMatchObject({ language: 'en', translatedSummary: null, translatedLanguage: null })
	})

	it('carries the cache headers of the list (and an ETag); a 404 is not kept', async () => {
		const [list, one, missing] = await Promise.all([
			call('/api/v1/listings'),
			call('/api/v1/listings/fac-lvs'),
			call('/api/v1/listings/no-such-ref'),
		])
		expect(one.headers.get('Cache-Control')).toBe(list.headers.get('Cache-Control'))
		expect(one.headers.get('Cache-Control')).toMatch(/\bpublic\b/)
		expect(one.headers.get('ETag')).toMatch(/^W\/".+"$/)
		expect(missing.headers.get('Cache-Control')).not.toMatch(/public/)
	})

	it('takes refs in any case, and leads a merged listing to the one it was merged into', async () => {
		expect((await call('/api/v1/listings/FAC-LVS')).json).toMatchObject({ ref: 'fac-lvs' })
		const merged = await call('/api/v1/listings/fac-merged')
		expect(merged.status).toBe(200)
		expect(merged.json).toMatchObject({ ref: 'fac-lvs', name: 'Lentiviral Vector Suite' })
	})

	it.each([
		['a draft', 'fac-draft'],
		['an archived listing', 'lab-archived'],
		['a members-only profile', 'exp-hidden'],
		['a draft organisation', 'org-draft'],
	])('answers 404 for %s, as the list never shows it', async (_case, ref) => {
		const answer = await call(`/api/v1/listings/${ref}`)
		expect(answer.status).toBe(404)
		expect(answer.json).toEqual({ error: { message: expect.stringContaining(ref) } })
	})

	it('shows a signed-in member what the list shows them: no members-only listing, nothing kept by caches', async () => {
		const hidden = await call('/api/v1/listings/exp-hidden', { cookie: member })
		expect(hidden.status).toBe(404)
		const organization = await call('/api/v1/listings/org-fcti', { cookie: member })
		expect(organization.status).toBe(200)
		expect(organization.text).not.toContain(SECRET_EMAIL)
		expect(organization.headers.get('Cache-Control')).toBe('private, no-store')
	})

	it('never shows member-only details to anonymous callers', async () => {
		const answer = await call('/api/v1/listings/org-fcti')
		expect(answer.status).toBe(200)
		expect(Object.keys(answer.json as Node).sort()).toEqual([
			'highlights',
			'language',
			'name',
			'ref',
			'summary',
			'translatedLanguage',
			'translatedSummary',
			'type',
			'url',
		])
		expect(answer.text).not.toContain(SECRET_EMAIL)
	})
})

describe('/api/docs', () => {
	const decode = (html: string) =>
		html
			.replace(/&#x27;|&#39;/g, "'")
			.replace(/&quot;/g, '"')
			.replace(/&amp;/g, '&')

	it('renders every operation on the server: method, path, parameters, answers and a curl command', async () => {
		const response = await fetch(`${portal.url}/api/docs`)
		expect(response.status).toBe(200)
		const html = decode(await response.text())
		expect(html).toContain('API reference')
		expect(html).toContain('href="/api/v1/openapi.json"')
		for (const [path, item] of Object.entries(api.paths)) {
			for (const [method, operation] of Object.entries(item)) {
				expect(html).toContain(`id="${String((operation as Node).operationId)}"`)
				expect(html).toContain(path)
				expect(html).toContain(method.toUpperCase())
				for (const parameter of operation.parameters ?? []) expect(html).toContain(`>${String(parameter.name)}<`)
				for (const status of Object.keys(operation.responses)) expect(html).toContain(`HTTP ${status}`)
				expect(html).toMatch(new RegExp(`curl[^<]*${portal.url}${path.replace(/\{\w+\}/, "[^/?']+")}`))
			}
		}
	})

	it('speaks Swedish around the operations', async () => {
		const html = await (await fetch(`${portal.url}/api/docs?lang=sv`)).text()
		expect(html).toContain('API-referens')
		expect(html).toContain('Prova med curl')
		expect(html).toContain('/api/v1/match-suggestions')
	})
})
