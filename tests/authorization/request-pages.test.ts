// The permission matrix of the matchmaking pages, walked over HTTP like the
// listings matrix: every role against the requester's page, the provider's
// route page and their actions, including ids swapped in from elsewhere.
import { beforeAll, describe, expect, it } from 'vitest'
import { routeRequest } from '../../app/domain/requests/route-request.server.ts'
import { saveRequest } from '../../app/domain/requests/save-request.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import * as routePage from '../../app/routes/_member.inbox.$routeId.tsx'
import * as openCallsPage from '../../app/routes/open-calls.tsx'
import * as editPage from '../../app/routes/_member.requests.$requestId_.edit.tsx'
import * as requestPage from '../../app/routes/_member.requests.$requestId.tsx'
import * as newRequestPage from '../../app/routes/_member.requests.new.tsx'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import {
	allowedOnly,
	call,
	expectRefused,
	type MatrixCase,
	type Outcome,
	requestAs,
	sessionCookies,
	walkMatrix,
} from './route-calls.ts'

const roles = ['visitor', 'requester', 'routedProvider', 'otherMember', 'coordinator', 'platformAdmin'] as const
type Role = (typeof roles)[number]

withTestDatabase()
const cookies = new Map<Role, string | undefined>()
let requesterOrg: { id: string }
let providerOrg: { id: string }
let requestId: string
let draftId: string
let routeId: string

const baseUrl = 'https://hub.test'
const description = 'Confidential: we need grade B capacity for construct XY-17 from March.'

beforeAll(async () => {
	requesterOrg = await createListing({ type: 'organization', name: 'Requester AB' })
	providerOrg = await createListing({
		type: 'organization',
		name: 'Provider AB',
		services: ['gmp-manufacturing'],
		modalities: ['car-t'],
	})
	const otherOrg = await createListing({ type: 'organization', name: 'Other AB' })
	const requester = await createUser({ memberships: [{ organizationId: requesterOrg.id }] })
	const users: Record<Exclude<Role, 'visitor'>, { userId: string }> = {
		requester,
		routedProvider: await createUser({ memberships: [{ organizationId: providerOrg.id }] }),
		otherMember: await createUser({ memberships: [{ organizationId: otherOrg.id }] }),
		coordinator: await createUser({ platformRole: 'coordinator' }),
		platformAdmin: await createUser({ platformRole: 'platform_admin' }),
	}
	for (const [role, cookie] of await sessionCookies<Role>(users)) cookies.set(role, cookie)
	const fields = {
		organizationId: requesterOrg.id,
		title: 'CAR-T manufacturing partner',
		teaser: 'A company needs CAR-T manufacturing capacity.',
		description,
		services: ['gmp-manufacturing'],
		modalities: ['car-t'],
		requiredGrades: [],
		requiredLicences: [],
		confidentiality: 'open_call' as const,
	}
	requestId = (await saveRequest({ actor: requester, fields, intent: 'submit', contentLocale: 'en', baseUrl }))
		.requestId
	draftId = (await saveRequest({ actor: requester, fields, intent: 'save', contentLocale: 'en', baseUrl })).requestId
	const coordinator = {
		...users.coordinator,
		platformRole: 'coordinator' as const,
		emailVerified: true,
		memberships: [],
	}
	routeId = (await routeRequest({ actor: coordinator, requestId, listingIds: [providerOrg.id], baseUrl })).routeIds[0]!
})

function request(role: Role, path: string, form?: Record<string, string | string[]>) {
	return requestAs(cookies.get(role), path, form)
}

interface RequestPageCase extends MatrixCase<Role> {
	/** What a denied role gets instead: 404 hides that the thing exists, 403 says "not for you". */
	deniedStatus: 403 | 404
}

/** Submits the new-request form for the requester's organisation as `role`; says how many requests that added. */
async function submitNewRequest(role: Role, form: Record<string, string | string[]>) {
	const before = await prisma().matchRequest.count()
	const outcome = await call(
		newRequestPage.action,
		request(role, '/requests/new', { intent: 'submit', organizationId: requesterOrg.id, ...form }),
	)
	return { outcome, requestsAdded: (await prisma().matchRequest.count()) - before }
}

const only = (...allowed: Role[]) => allowedOnly(roles, allowed)
const bodyText = (outcome: Outcome) => JSON.stringify(outcome.body ?? null)

const cases: RequestPageCase[] = [
	{
		name: 'read the request page (requester view, full description)',
		expected: only('requester', 'coordinator', 'platformAdmin'),
		run: (role) => call(requestPage.loader, request(role, `/requests/${requestId}`), { requestId }),
		isAllowed: (outcome) => outcome.status === 200 && bodyText(outcome).includes('XY-17'),
		deniedStatus: 404,
	},
	{
		name: 'read the routed request in the inbox (teaser until the terms)',
		expected: only('routedProvider'),
		run: (role) => call(routePage.loader, request(role, `/inbox/${routeId}`), { routeId }),
		isAllowed: (outcome) => outcome.status === 200 && bodyText(outcome).includes('CAR-T manufacturing capacity'),
		deniedStatus: 404,
	},
	{
		name: 'edit a draft',
		// Staff read requests; only the organisation's own members write them.
		expected: only('requester'),
		run: (role) => call(editPage.loader, request(role, `/requests/${draftId}/edit`), { requestId: draftId }),
		isAllowed: (outcome) => outcome.status === 200,
		deniedStatus: 404,
	},
	{
		name: 'open the new request form',
		expected: only('requester', 'routedProvider', 'otherMember'),
		run: (role) => call(newRequestPage.loader, request(role, '/requests/new')),
		isAllowed: (outcome) => outcome.status === 200,
		deniedStatus: 403,
	},
	{
		name: 'see the open-call board',
		expected: only('requester', 'routedProvider', 'otherMember', 'coordinator', 'platformAdmin'),
		run: (role) => call(openCallsPage.loader, request(role, '/open-calls')),
		isAllowed: (outcome) => outcome.status === 200,
		deniedStatus: 403,
	},
]

walkMatrix(cases, {
	roles,
	expectDenied: (role, outcome, matrixCase) => expectRefused(role, outcome, matrixCase.deniedStatus),
})

describe('what the provider reads before and after the terms', () => {
	it('keeps the description out of the page data until this person accepts the terms', async () => {
		const before = await call(routePage.loader, request('routedProvider', `/inbox/${routeId}`), { routeId })
		expect(bodyText(before)).not.toContain('XY-17')
		expect(bodyText(before)).not.toContain('Requester AB')

		const accepted = await call(routePage.action, request('routedProvider', `/inbox/${routeId}`, { intent: 'terms' }), {
			routeId,
		})
		expect(accepted).toMatchObject({ status: 302, location: `/inbox/${routeId}?done=terms` })
		const after = await call(routePage.loader, request('routedProvider', `/inbox/${routeId}`), { routeId })
		expect(bodyText(after)).toContain('XY-17')
		// Who asks stays hidden until the introduction.
		expect(bodyText(after)).not.toContain('Requester AB')
	})
})

describe('id swapping and forged forms', () => {
	it('answers a route of someone else with 404 and changes nothing', async () => {
		const before = await prisma().matchRoute.findUniqueOrThrow({ where: { id: routeId } })
		for (const role of ['otherMember', 'requester', 'coordinator'] as const) {
			const outcome = await call(
				routePage.action,
				request(role, `/inbox/${routeId}`, { intent: 'respond', kind: 'declined' }),
				{ routeId },
			)
			expect(outcome.status).toBe(404)
		}
		expect(await prisma().matchRoute.findUniqueOrThrow({ where: { id: routeId } })).toEqual(before)
	})

	it('refuses a request posted for an organisation the member does not belong to, with a field message', async () => {
		const { outcome, requestsAdded } = await submitNewRequest('otherMember', {
			title: 'Posted for someone else',
			teaser: 'Teaser',
			description: 'Description',
			confidentiality: 'hub_only',
		})
		expect(outcome.status).toBe(400)
		expect(bodyText(outcome)).toContain('rule:organization-not-allowed')
		expect(requestsAdded).toBe(0)
	})

	it('refuses bad input field by field and saves nothing, script tags included', async () => {
		const { outcome, requestsAdded } = await submitNewRequest('requester', {
			title: '<script>alert(1)</script>'.repeat(20),
			teaser: '',
			description: '',
			services: ['gmp-manufacturing', 'not-a-service'],
			neededBy: 'next spring',
			confidentiality: 'everyone',
		})
		expect(outcome.status).toBe(400)
		const errors = (outcome.body as { result: { error: Record<string, string[]> } }).result.error
		expect(Object.keys(errors).sort()).toEqual(
			['confidentiality', 'description', 'neededBy', 'services[1]', 'teaser', 'title'].sort(),
		)
		expect(requestsAdded).toBe(0)
	})

	it('treats unknown and malformed ids as not found', async () => {
		for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
			expect((await call(requestPage.loader, request('requester', `/requests/${id}`), { requestId: id })).status).toBe(
				404,
			)
			expect((await call(routePage.loader, request('routedProvider', `/inbox/${id}`), { routeId: id })).status).toBe(
				404,
			)
		}
	})
})
