import { readdirSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { createListing, createUser } from '../curation/factories.ts'
import { createApiToken } from '../../app/domain/api-tokens/create-api-token.server.ts'
import { saveRequest } from '../../app/domain/requests/save-request.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { loader as listingsApi } from '../../app/routes/api.v1.listings.ts'
import { loader as auditLoader } from '../../app/routes/coordinator.audit.tsx'
import { loader as curationListingLoader } from '../../app/routes/coordinator.listings.$id.tsx'
import { loader as curationListLoader } from '../../app/routes/coordinator.listings._index.tsx'
import { action as openCallsAction } from '../../app/routes/open-calls.tsx'
import { action as requestPageAction } from '../../app/routes/_member.requests.$requestId.tsx'
import { call, requestAs, sessionCookies } from '../authorization/route-calls.ts'
import { withTestDatabase } from '../setup/database.ts'

// 36-character ids that are not UUIDs and NUL bytes in slugs used to reach
// PostgreSQL and come back as 500s. Every route module with a parameter in
// its file name is walked here, as a platform admin (who passes every
// permission check, so nothing but the parameter check stands between the
// value and the database) and as a member: the answer is 404 (or, for a
// member on a staff page, the 403 that comes first). The API reads tokens,
// not sessions: its routes are called with a token of the same reach (the
// hub's for the platform admin, the organisation's for the member).

const routesDir = path.resolve(import.meta.dirname, '../../app/routes')
const idNames = new Set(['id', 'requestId', 'routeId', 'revisionId', 'messageId'])

interface RouteModule {
	loader?: unknown
	action?: unknown
}

const parameterised = readdirSync(routesDir)
	.filter((file) => /\.tsx?$/.test(file) && !file.includes('.test.'))
	.map((file) => ({ file, params: [...file.matchAll(/\$(\w+)/g)].map((match) => match[1]!) }))
	.filter((route) => route.params.length > 0)

/** The URL a route file serves, with every parameter filled in. */
function pathOf(file: string, values: Record<string, string>) {
	const segments = file
		.replace(/\.tsx?$/, '')
		.split('.')
		// _index and pathless layouts (_member) add nothing to the address.
		.filter((segment) => !segment.startsWith('_'))
		.map((segment) => segment.replace(/_$/, ''))
		.map((segment) => (segment.startsWith('$') ? encodeURIComponent(values[segment.slice(1)]!) : segment))
	return `/${segments.join('/')}`
}

const notAUuid = '0'.repeat(36)
const nul = 'a\u0000b'

/** Values no record can have, for a parameter of this name. */
function hostileValues(name: string): string[] {
	if (idNames.has(name)) return [notAUuid, '00000000-0000-0000-0000-00000000000g', nul, 'not-a-uuid']
	return [nul, 'x'.repeat(500), 'bad slug!', '..%2f..']
}

withTestDatabase()
let cookies: Map<string, string | undefined>
let apiTokens: Map<string, string>
let organizationId: string

beforeAll(async () => {
	const organization = await createListing({ type: 'organization', name: 'Walker AB' })
	organizationId = organization.id
	const platformAdmin = await createUser({ platformRole: 'platform_admin' })
	const member = await createUser({ memberships: [{ organizationId: organization.id, role: 'admin' }] })
	cookies = await sessionCookies({ platformAdmin, member })
	const scopes = ['listings:read', 'requests:read'] as const
	apiTokens = new Map([
		['platformAdmin', (await createApiToken(platformAdmin, null, { name: 'Walker', scopes: [...scopes] })).text],
		['member', (await createApiToken(member, organization.id, { name: 'Walker', scopes: [...scopes] })).text],
	])
})

describe('route parameters no record can have are 404, never 500', () => {
	it('finds the parameterised routes', () => {
		expect(parameterised.map((route) => route.file)).toEqual(
			expect.arrayContaining([
				'coordinator.listings.$id.tsx',
				'_member.requests.$requestId.tsx',
				'_member.inbox.$routeId.tsx',
				'labs.$slug.tsx',
				'invitations.$token.tsx',
				'listings.ref.$ref.tsx',
			]),
		)
	})

	describe.each(parameterised.filter((route) => !route.params.includes('*')))('$file', ({ file, params }) => {
		it.each(['platformAdmin', 'member'])('as %s', async (role) => {
			const module = (await import(path.join(routesDir, file))) as RouteModule
			for (const name of params) {
				for (const value of hostileValues(name)) {
					const values = Object.fromEntries(params.map((other) => [other, other === name ? value : notAUuid]))
					const url = pathOf(file, values)
					for (const [kind, fn] of [
						['loader', module.loader],
						['action', module.action],
					] as const) {
						if (!fn) continue
						const request = requestAs(cookies.get(role), url, kind === 'action' ? { intent: 'anything' } : undefined)
						if (file.startsWith('api.')) request.headers.set('Authorization', `Bearer ${apiTokens.get(role)}`)
						const outcome = await call(fn, request, values)
						// A member on a staff page is refused before anything else; that is no 500 either.
						const expected = role === 'member' && outcome.status === 403 ? 403 : 404
						expect(outcome.status, `${kind} ${JSON.stringify(url)}`).toBe(expected)
					}
				}
			}
		})
	})
})

/** What a loader answers when it throws a 400 naming a parameter: status and the parameter. */
async function refusal(fn: unknown, request: Request, params: Record<string, string> = {}) {
	try {
		const outcome = await call(fn, request, params)
		return { status: outcome.status, parameter: undefined }
	} catch (thrown) {
		const { data, init } = thrown as { data?: { badParameter?: string }; init?: ResponseInit | null }
		return { status: init?.status, parameter: data?.badParameter }
	}
}

describe('ids in forms that no record can have are 404 too', () => {
	it('an open call and a route named by the form', async () => {
		const member = cookies.get('member')
		const interest = await call(
			openCallsAction,
			requestAs(member, '/open-calls', { requestId: notAUuid, organizationId, note: 'We can help.' }),
		)
		expect(interest.status).toBe(404)
		const actor = await createUser({ memberships: [{ organizationId }] })
		const { requestId } = await saveRequest({
			actor,
			fields: {
				organizationId,
				title: 'A request of ours',
				teaser: 'Teaser',
				description: 'Description',
				services: [],
				modalities: [],
				requiredGrades: [],
				requiredLicences: [],
				confidentiality: 'hub_only' as const,
			},
			intent: 'submit',
			contentLocale: 'en',
			baseUrl: 'https://hub.test',
		})
		const cookie = (await sessionCookies({ actor })).get('actor')
		for (const intent of ['accept', 'message']) {
			const outcome = await call(
				requestPageAction,
				requestAs(cookie, `/requests/${requestId}`, { intent, routeId: notAUuid, body: 'Hello' }),
				{ requestId },
			)
			expect(outcome.status, intent).toBe(404)
		}
		expect(await prisma().matchMessage.count()).toBe(0)
	})
})

describe('query filters that no record could match are 400 with the parameter named', () => {
	it('coordinator filters: the audit log, the listing list and the merge search', async () => {
		const admin = cookies.get('platformAdmin')
		const cases: Array<[unknown, string, string, Record<string, string>?]> = [
			[auditLoader, '/coordinator/audit?actorId=%00', 'actorId'],
			[auditLoader, '/coordinator/audit?action=route.termsAccepted%00', 'action'],
			[auditLoader, `/coordinator/audit?entityId=${'x'.repeat(101)}`, 'entityId'],
			[auditLoader, '/coordinator/audit?entityType=listing%00', 'entityType'],
			[curationListLoader, '/coordinator/listings?q=cell%00s', 'q'],
			[
				curationListingLoader,
				`/coordinator/listings/${organizationId}?mergeQuery=%00`,
				'mergeQuery',
				{ id: organizationId },
			],
		]
		for (const [fn, url, parameter, params] of cases) {
			expect(await refusal(fn, requestAs(admin, url), params), url).toEqual({ status: 400, parameter })
		}
		// Ordinary values still work.
		expect((await call(auditLoader, requestAs(admin, '/coordinator/audit?actorId=someone'))).status).toBe(200)
		expect((await call(curationListLoader, requestAs(admin, '/coordinator/listings?q=cells'))).status).toBe(200)
	})

	it('the search API: a NUL city is a 400 naming city; NUL in the text is dropped', async () => {
		const get = (query: string) =>
			listingsApi({ request: new Request(`http://hub.test/api/v1/listings${query}`), params: {}, context: {} })
		const city = await get('?city=%00')
		expect(city.status).toBe(400)
		expect(((await city.json()) as { error: { parameter: string } }).error.parameter).toBe('city')
		expect((await get('?q=cell%00therapy')).status).toBe(200)
	})
})
