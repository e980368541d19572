// The permission matrix of the coordinator's matchmaking pages, walked over
// HTTP: every role against the triage queue, a request's triage page, each of
// its actions and the overview. Only hub staff get in; the requesting
// organisation's own members are refused too (they follow their request on
// their own pages), and a refused action writes nothing.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { acceptTerms } from '../../app/domain/requests/accept-terms.server.ts'
import { addCandidate } from '../../app/domain/requests/add-candidate.server.ts'
import { respondToRoute } from '../../app/domain/requests/respond-to-route.server.ts'
import { routeRequest } from '../../app/domain/requests/route-request.server.ts'
import { saveRequest } from '../../app/domain/requests/save-request.server.ts'
import * as overviewRoute from '../../app/routes/coordinator._index.tsx'
import * as triageRoute from '../../app/routes/coordinator.requests.$requestId.tsx'
import * as queueRoute from '../../app/routes/coordinator.requests._index.tsx'
import { prisma } from '../../app/utils/db.server.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import {
	call,
	type MatrixCase,
	requestAs,
	type Role,
	roles,
	sessionsForRoles,
	staffOnly,
	walkMatrix,
} from './route-calls.ts'

const baseUrl = 'https://hub.test'
withTestDatabase()
let cookies: Map<Role, string | undefined>
let requesterMember: Actor
let staff: Actor
let provider: { id: string }
let providerMember: Actor
let otherListing: { id: string }

beforeAll(async () => {
	const organizationA = await createListing({ type: 'organization', name: 'Alpha Cell Therapy AB' })
	const organizationB = await createListing({ type: 'organization', name: 'Beta Vectors AB' })
	provider = await createListing({
		type: 'organization',
		name: 'Gamma GMP AB',
		kind: 'cdmo',
		services: ['gmp-manufacturing'],
		modalities: ['car-t'],
	})
	otherListing = await createListing({ type: 'lab', name: 'Delta Lab' })
	providerMember = await createUser({ memberships: [{ organizationId: provider.id }] })
	const sessions = await sessionsForRoles({ a: organizationA.id, b: organizationB.id })
	cookies = sessions.cookies
	requesterMember = sessions.users.memberOfA
	staff = sessions.users.coordinator
})

let counter = 0

/** A fresh submitted request of organisation A, so that every role's attempt starts from the same state. */
async function submittedRequest(): Promise<string> {
	const { requestId } = await saveRequest({
		actor: requesterMember,
		fields: {
			organizationId: requesterMember.memberships[0]!.organizationId,
			title: `GMP capacity for a CAR-T product ${++counter}`,
			teaser: 'A company needs GMP capacity for an early CAR-T trial.',
			description: 'Grade B cleanrooms and QP release for about 20 batches.',
			services: ['gmp-manufacturing'],
			modalities: ['car-t'],
			requiredGrades: [],
			requiredLicences: [],
			confidentiality: 'hub_only',
		},
		intent: 'submit',
		contentLocale: 'en',
		baseUrl,
	})
	return requestId
}

/** A route where the provider asked a question, so its thread is open. */
async function routeWithOpenThread(): Promise<{ requestId: string; routeId: string }> {
	const requestId = await submittedRequest()
	const { routeIds } = await routeRequest({ actor: staff, requestId, listingIds: [provider.id], baseUrl })
	const routeId = routeIds[0]!
	await acceptTerms({ actor: providerMember, routeId })
	await respondToRoute({ actor: providerMember, routeId, kind: 'question', message: 'Which batch size?', baseUrl })
	return { requestId, routeId }
}

function triagePath(requestId: string) {
	return `/coordinator/requests/${requestId}`
}

/** Posts to the triage page's action as this role. */
function triageAction(role: Role, requestId: string, form: Record<string, string | string[]>) {
	return call(triageRoute.action, requestAs(cookies.get(role), triagePath(requestId), form), { requestId })
}

const redirectsWith = (notice: RegExp) => (outcome: { status: number; location?: string | null }) =>
	outcome.status === 302 && notice.test(outcome.location ?? '')

// Each case remembers the request it used per role, so `nothingWritten` looks at that one.
const used = new Map<string, string>()

const cases: MatrixCase[] = [
	{
		name: 'open the triage queue',
		expected: staffOnly,
		run: (role) => call(queueRoute.loader, requestAs(cookies.get(role), '/coordinator/requests')),
		isAllowed: (outcome) => outcome.status === 200 && Array.isArray((outcome.body as { items?: unknown }).items),
	},
	{
		name: "open a request's triage page",
		expected: staffOnly,
		async run(role) {
			const requestId = await submittedRequest()
			return call(triageRoute.loader, requestAs(cookies.get(role), triagePath(requestId)), { requestId })
		},
		isAllowed: (outcome) => outcome.status === 200 && Boolean((outcome.body as { detail?: unknown }).detail),
	},
	{
		name: 'read the matchmaking numbers on the coordinator overview',
		expected: staffOnly,
		run: (role) => call(overviewRoute.loader, requestAs(cookies.get(role), '/coordinator')),
		isAllowed: (outcome) => outcome.status === 200 && Boolean((outcome.body as { matchmaking?: unknown }).matchmaking),
	},
	{
		name: 'send a request to a provider',
		expected: staffOnly,
		async run(role) {
			const requestId = await submittedRequest()
			used.set(`route:${role}`, requestId)
			return triageAction(role, requestId, { intent: 'route', listingIds: [provider.id], note: 'You fit well.' })
		},
		isAllowed: redirectsWith(/\?done=routed&count=1$/),
		async nothingWritten(role) {
			expect(await prisma().matchRoute.count({ where: { requestId: used.get(`route:${role}`) } })).toBe(0)
		},
	},
	{
		name: 'add a candidate found in the directory',
		expected: staffOnly,
		async run(role) {
			const requestId = await submittedRequest()
			used.set(`add:${role}`, requestId)
			return triageAction(role, requestId, { intent: 'add', listingId: otherListing.id })
		},
		isAllowed: redirectsWith(/\?done=added$/),
		async nothingWritten(role) {
			const requestId = used.get(`add:${role}`)
			expect(await prisma().matchCandidate.count({ where: { requestId, listingId: otherListing.id } })).toBe(0)
		},
	},
	{
		name: 'remove a candidate',
		expected: staffOnly,
		async run(role) {
			const requestId = await submittedRequest()
			await addCandidate({ actor: staff, requestId, listingId: otherListing.id })
			used.set(`remove:${role}`, requestId)
			return triageAction(role, requestId, { intent: 'remove', listingId: otherListing.id })
		},
		isAllowed: redirectsWith(/\?done=removed$/),
		async nothingWritten(role) {
			const candidate = await prisma().matchCandidate.findUniqueOrThrow({
				where: { requestId_listingId: { requestId: used.get(`remove:${role}`)!, listingId: otherListing.id } },
			})
			expect(candidate.removedAt).toBeNull()
		},
	},
	{
		name: 'rank the suggestions again',
		expected: staffOnly,
		async run(role) {
			return triageAction(role, await submittedRequest(), { intent: 'refresh' })
		},
		isAllowed: redirectsWith(/\?done=refreshed$/),
	},
	{
		name: "write on a route's thread",
		expected: staffOnly,
		async run(role) {
			const { requestId, routeId } = await routeWithOpenThread()
			return triageAction(role, requestId, { intent: 'message', routeId, body: `Message from ${role}` })
		},
		isAllowed: redirectsWith(/\?done=message&route=[0-9a-f-]+#route-[0-9a-f-]+$/),
		async nothingWritten(role) {
			expect(await prisma().matchMessage.count({ where: { body: `Message from ${role}` } })).toBe(0)
		},
	},
	{
		name: 'invite a candidate nobody at which has a portal account',
		expected: staffOnly,
		async run(role) {
			const requestId = await submittedRequest()
			const unstaffed = await createListing({ type: 'organization', name: `Nobody Here ${++counter} AB` })
			await addCandidate({ actor: staff, requestId, listingId: unstaffed.id })
			return triageAction(role, requestId, {
				intent: 'invite',
				listingId: unstaffed.id,
				email: `invite-${role}@provider.example`,
			})
		},
		isAllowed: redirectsWith(/\?done=invited#not-in-portal-heading$/),
		async nothingWritten(role) {
			expect(
				await prisma().invitation.count({ where: { email: `invite-${role.toLowerCase()}@provider.example` } }),
			).toBe(0)
		},
	},
]

walkMatrix(cases, { roles })

describe('ids that are not a request', () => {
	it('is 404 for staff on the page and its actions, for unknown and malformed ids alike', async () => {
		for (const requestId of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
			const page = await call(triageRoute.loader, requestAs(cookies.get('coordinator'), triagePath(requestId)), {
				requestId,
			})
			const route = await triageAction('coordinator', requestId, { intent: 'route', listingIds: [provider.id] })
			expect([page.status, route.status]).toEqual([404, 404])
		}
	})
})

describe('refusals over HTTP', () => {
	it('says which rule refused a route, keeps the choice, and writes nothing', async () => {
		const requestId = await submittedRequest()
		await routeRequest({ actor: staff, requestId, listingIds: [provider.id], baseUrl })
		const routesBefore = await prisma().matchRoute.count()

		const empty = await triageAction('coordinator', requestId, { intent: 'route', note: 'Nobody chosen' })
		expect(empty.status).toBe(400)
		expect((empty.body as { result: { error: Record<string, string[]> } }).result.error).toHaveProperty('listingIds')

		const again = await triageAction('coordinator', requestId, {
			intent: 'route',
			listingIds: [provider.id, otherListing.id],
		})
		expect(again.status).toBe(409)
		const result = (again.body as { result: { error: Record<string, string[]>; initialValue: unknown } }).result
		expect(result.error.listingIds).toEqual(['rule:already-routed'])
		expect(result.initialValue).toMatchObject({ listingIds: [provider.id, otherListing.id] })

		const unknownIntent = await triageAction('coordinator', requestId, { intent: 'delete-everything' })
		expect(unknownIntent.status).toBe(400)
		expect(await prisma().matchRoute.count()).toBe(routesBefore)
	})

	it('keeps the search the coordinator was adding from in the address it returns to', async () => {
		const requestId = await submittedRequest()
		const outcome = await call(
			triageRoute.action,
			requestAs(cookies.get('coordinator'), `${triagePath(requestId)}?q=Delta&done=removed`, {
				intent: 'add',
				listingId: otherListing.id,
			}),
			{ requestId },
		)
		expect(outcome).toMatchObject({ status: 302, location: `${triagePath(requestId)}?q=Delta&done=added` })
	})
})
