// Forms whose step cannot be undone ask first, and answers are what the
// person chose: the actions called as the browser posts to them, the first
// post without and the second with the confirmation.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { prisma } from '../../app/utils/db.server.ts'
import * as requestPage from '../../app/routes/_member.requests.$requestId.tsx'
import { sessionCookie } from '../accounts/factories.ts'
import { call, requestAs } from '../authorization/route-calls.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { requesterAndProvider, requestFields, submittedAndRouted } from '../support/requests.ts'

withTestDatabase()
const baseUrl = 'https://hub.test'
let member: Actor
let coordinator: Actor
let requesterId: string
let providerIds: string[]
let memberCookie: string

beforeAll(async () => {
	const { requester, provider } = await requesterAndProvider({ requester: 'Asking AB', provider: 'Vector AB' })
	const second = await createListing({ type: 'organization', name: 'Second Vector AB' })
	requesterId = requester.id
	providerIds = [provider.id, second.id]
	member = await createUser({ memberships: [{ organizationId: requester.id }] })
	await createUser({ memberships: [{ organizationId: provider.id }] })
	await createUser({ memberships: [{ organizationId: second.id }] })
	coordinator = await createUser({ platformRole: 'coordinator' })
	memberCookie = await sessionCookie(member.userId)
})

async function routedRequest() {
	return submittedAndRouted({ member, coordinator, fields: requestFields(requesterId), providerIds, baseUrl })
}

const postClose = (requestId: string, form: Record<string, string>) =>
	call(requestPage.action, requestAs(memberCookie, `/requests/${requestId}`, { intent: 'close', ...form }), {
		requestId,
	})

describe('closing a request', () => {
	it('asks for the outcome instead of assuming one', async () => {
		const { requestId } = await routedRequest()
		const outcome = await postClose(requestId, { outcome: '' })
		expect(outcome.status).toBe(400)
		expect((outcome.body as { result: { error: Record<string, string[]> } }).result.error.outcome).toEqual([
			'check.required?label=label.outcome',
		])
		expect((await prisma().matchRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe('routed')
	})

	it('comes back with what was sent for a confirmation, and closes nothing on the first post', async () => {
		const { requestId, routeIds } = await routedRequest()
		const outcome = await postClose(requestId, {
			outcome: 'partner_found',
			outcomeNote: 'Signed.',
			'feedback[0].routeId': routeIds[0]!,
			'feedback[0].rating': '5',
		})
		expect(outcome).toMatchObject({
			status: 200,
			body: {
				intent: 'close',
				confirming: [
					['outcome', 'partner_found'],
					['outcomeNote', 'Signed.'],
					['feedback[0].routeId', routeIds[0]],
					['feedback[0].rating', '5'],
				],
			},
		})
		expect((await prisma().matchRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe('routed')
		const routes = await prisma().matchRoute.findMany({ where: { requestId } })
		expect(routes.map((route) => route.status)).toEqual(['routed', 'routed'])
	})

	it('closes on the confirmed post and withdraws the providers still waiting', async () => {
		const { requestId, routeIds } = await routedRequest()
		const outcome = await postClose(requestId, {
			outcome: 'no_fit',
			'feedback[0].routeId': routeIds[0]!,
			'feedback[0].rating': '2',
			confirm: 'yes',
		})
		expect(outcome).toMatchObject({ status: 302, location: `/requests/${requestId}?done=closed` })
		const request = await prisma().matchRequest.findUniqueOrThrow({ where: { id: requestId } })
		expect(request).toMatchObject({ status: 'closed', outcome: 'no_fit' })
		const routes = await prisma().matchRoute.findMany({ where: { requestId } })
		expect(routes.map((route) => route.status)).toEqual(['withdrawn', 'withdrawn'])
		expect(routes.find((route) => route.id === routeIds[0])?.feedbackRating).toBe(2)
	})
})
