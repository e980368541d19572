// The member home and the header's counts, as members meet them: the page a
// member lands on after logging in, what it puts first, and the numbers in
// the navigation that say what waits.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { waitingCounts } from '../../app/domain/home/waiting-counts.server.ts'
import { markNotificationsRead } from '../../app/domain/notifications/mark-notifications-read.server.ts'
import { acceptTerms } from '../../app/domain/requests/accept-terms.server.ts'
import { respondToRoute } from '../../app/domain/requests/respond-to-route.server.ts'
import { saveRequest } from '../../app/domain/requests/save-request.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { loader as rootLoader } from '../../app/root.tsx'
import { action as loginAction, loader as loginLoader } from '../../app/routes/login.tsx'
import { loader as homeLoader } from '../../app/routes/_member.home.tsx'
import { loader as requestLoader } from '../../app/routes/_member.requests.$requestId.tsx'
import { KNOWN_PASSWORD, makeUser } from '../accounts/factories.ts'
import { call, requestAs, sessionCookies } from '../authorization/route-calls.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { requestFields, submittedAndRouted } from '../support/requests.ts'

withTestDatabase()

const baseUrl = 'https://hub.test'
type Home = Awaited<ReturnType<typeof homeLoader>>

let requester: Actor
let provider: Actor
let coordinator: Actor
let answeredRequestId: string
let quietRequestId: string
let waitingRouteId: string
const cookies = new Map<string, string | undefined>()

async function homeOf(role: string): Promise<Home> {
	const outcome = await call(homeLoader, requestAs(cookies.get(role), '/home'))
	expect(outcome.status).toBe(200)
	return outcome.body as Home
}

beforeAll(async () => {
	const requesterOrg = await createListing({ type: 'organization', name: 'Asker Therapeutics AB' })
	const providerOrg = await createListing({
		type: 'organization',
		name: 'Vector Works AB',
		services: ['viral-vector-production'],
	})
	await createListing({
		type: 'facility',
		name: 'Vector Works cleanroom',
		organizationId: providerOrg.id,
		modalities: ['lentiviral'],
	})
	await createListing({ type: 'lab', name: 'Asker lab', organizationId: requesterOrg.id, services: ['preclinical'] })
	requester = await createUser({ memberships: [{ organizationId: requesterOrg.id }] })
	provider = await createUser({ memberships: [{ organizationId: providerOrg.id }] })
	coordinator = await createUser({ platformRole: 'coordinator' })
	for (const [role, cookie] of await sessionCookies({ requester, provider, coordinator })) cookies.set(role, cookie)

	const [answered, quiet] = await Promise.all(
		['Answered: lentiviral vector', 'Quiet: vector for a second trial'].map((title) =>
			submittedAndRouted({
				member: requester,
				coordinator,
				fields: requestFields(requesterOrg.id, { title }),
				providerIds: [providerOrg.id],
				baseUrl,
			}),
		),
	)
	answeredRequestId = answered!.requestId
	quietRequestId = quiet!.requestId
	waitingRouteId = quiet!.routeIds[0]!
	await acceptTerms({ actor: provider, routeId: answered!.routeIds[0]! })
	await respondToRoute({ actor: provider, routeId: answered!.routeIds[0]!, kind: 'interested', baseUrl })
	// The quiet request changed last, so without news it would come first: only news brings the answered one up.
	await prisma().matchRequest.update({
		where: { id: quietRequestId },
		data: { title: 'Quiet: vector for a second trial' },
	})
})

describe('the member home', () => {
	it('shows a requester the request with a new answer first, marked new, until the news is read', async () => {
		const home = await homeOf('requester')
		expect(home.requests.requests.map((request) => request.id)).toEqual([answeredRequestId, quietRequestId])
		expect(home.requests.requests[0]).toMatchObject({ news: 1, interested: 1 })
		expect(home.requests.requests[1]!.news).toBe(0)
		expect(home.notifications[0]).toMatchObject({ kind: 'route.answered.interested', read: false })
		expect(home.routes).toEqual([])
		expect(home.nextStep).toBeNull()

		await markNotificationsRead(requester)
		const later = await homeOf('requester')
		expect(later.requests.requests.map((request) => request.id)).toEqual([quietRequestId, answeredRequestId])
		expect(later.requests.requests.every((request) => request.news === 0)).toBe(true)
		expect(later.counts.requestsWithNews).toBe(0)
	})

	it('shows a provider the route that waits for their answer, and what to do first', async () => {
		const home = await homeOf('provider')
		expect(home.routes).toEqual([
			expect.objectContaining({ id: waitingRouteId, title: 'Quiet: vector for a second trial', step: 'accept-terms' }),
		])
		expect(home.counts.routesWaiting).toBe(1)
		await acceptTerms({ actor: provider, routeId: waitingRouteId })
		expect((await homeOf('provider')).routes[0]!.step).toBe('answer')
	})

	it('shows a provider the open calls that ask for what its listings offer, and no others', async () => {
		const askerOrg = await createListing({ type: 'organization', name: 'Open Caller AB' })
		const asker = await createUser({ memberships: [{ organizationId: askerOrg.id }] })
		const fits = await saveRequest({
			actor: asker,
			fields: requestFields(askerOrg.id, {
				title: 'Open call: lentiviral vector',
				confidentiality: 'open_call',
				services: ['gmp-manufacturing'],
				modalities: ['lentiviral'],
			}),
			intent: 'submit',
			contentLocale: 'en',
			baseUrl,
		})
		await saveRequest({
			actor: asker,
			fields: requestFields(askerOrg.id, {
				title: 'Open call: tissue scaffolds',
				confidentiality: 'open_call',
				services: ['regulatory'],
				modalities: ['tissue-engineered'],
			}),
			intent: 'submit',
			contentLocale: 'en',
			baseUrl,
		})
		const home = await homeOf('provider')
		expect(home.openCalls.map((openCall) => openCall.id)).toEqual([fits.requestId])
		expect(home.openCalls[0]!.fits).toEqual({ services: [], modalities: ['lentiviral'] })
		// The requester's organisation offers nothing these calls ask for.
		expect((await homeOf('requester')).openCalls).toEqual([])
	})

	it('tells a new member the next step: register an organisation, wait for its review, add a listing', async () => {
		const newcomer = await createUser()
		const pendingOrg = await createListing({ type: 'organization', name: 'Waiting AB', status: 'pending_review' })
		const waiting = await createUser({ memberships: [{ organizationId: pendingOrg.id, role: 'admin' }] })
		const emptyOrg = await createListing({ type: 'organization', name: 'Empty AB' })
		const withoutListings = await createUser({ memberships: [{ organizationId: emptyOrg.id, role: 'admin' }] })
		for (const [role, cookie] of await sessionCookies({ newcomer, waiting, withoutListings })) cookies.set(role, cookie)

		const first = await homeOf('newcomer')
		expect(first.nextStep).toEqual({ kind: 'register-organization' })
		expect(first.requests.requests).toEqual([])
		expect(first.routes).toEqual([])
		expect((await homeOf('waiting')).nextStep).toEqual({
			kind: 'first-review-waiting',
			organizationName: 'Waiting AB',
		})
		expect((await homeOf('withoutListings')).nextStep).toEqual({
			kind: 'add-listing',
			organizationId: emptyOrg.id,
			organizationName: 'Empty AB',
		})
		// A coordinator works for the hub: no organisation to register.
		expect((await homeOf('coordinator')).nextStep).toBeNull()
	})

	it('sends a visitor to log in and back to the home', async () => {
		const outcome = await call(homeLoader, requestAs(undefined, '/home'))
		expect(outcome.status).toBe(302)
		expect(outcome.location).toBe('/login?redirectTo=%2Fhome')
	})
})

describe('the counts in the navigation', () => {
	it('are the counts of the home, from the one function, for every page', async () => {
		const answeredOrg = await createListing({ type: 'organization', name: 'Counted AB' })
		const providerOrg = await createListing({ type: 'organization', name: 'Counting Provider AB', services: ['x'] })
		const member = await createUser({ memberships: [{ organizationId: answeredOrg.id }] })
		const answerer = await createUser({ memberships: [{ organizationId: providerOrg.id }] })
		const routed = await submittedAndRouted({
			member,
			coordinator,
			fields: requestFields(answeredOrg.id, { title: 'Counted request' }),
			providerIds: [providerOrg.id],
			baseUrl,
		})
		const sessions = await sessionCookies({ member, answerer })
		const [cookie, answererCookie] = [sessions.get('member'), sessions.get('answerer')]
		const header = async (session: string | undefined, path = '/search') =>
			((await call(rootLoader, requestAs(session, path))).body as { counts: unknown }).counts

		expect(await header(answererCookie)).toEqual({ requestsWithNews: 0, routesWaiting: 1 })
		expect(await header(cookie)).toEqual({ requestsWithNews: 0, routesWaiting: 0 })

		await acceptTerms({ actor: answerer, routeId: routed.routeIds[0]! })
		await respondToRoute({
			actor: answerer,
			routeId: routed.routeIds[0]!,
			kind: 'question',
			message: 'Which volume?',
			baseUrl,
		})
		expect(await header(cookie)).toEqual({ requestsWithNews: 1, routesWaiting: 0 })
		expect(await header(answererCookie)).toEqual({ requestsWithNews: 0, routesWaiting: 0 })
		expect(await waitingCounts(member)).toEqual({ requestsWithNews: 1, routesWaiting: 0 })
		cookies.set('counted', cookie)
		expect((await homeOf('counted')).counts).toEqual({ requestsWithNews: 1, routesWaiting: 0 })
		// A visitor's header counts nothing.
		expect(await header(undefined)).toBeNull()

		// Opening the request's page reads its news: its own header counts none already, and so does every page after.
		const requestPage = `/requests/${routed.requestId}`
		expect(await header(cookie, requestPage)).toEqual({ requestsWithNews: 0, routesWaiting: 0 })
		expect(await header(cookie)).toEqual({ requestsWithNews: 1, routesWaiting: 0 })
		expect((await call(requestLoader, requestAs(cookie, requestPage), { requestId: routed.requestId })).status).toBe(
			200,
		)
		expect(await header(cookie)).toEqual({ requestsWithNews: 0, routesWaiting: 0 })
		expect((await homeOf('counted')).requests.requests.every((request) => request.news === 0)).toBe(true)
		// Someone who may not follow the request reads nothing by trying its address.
		const outsider = await createUser({ memberships: [{ organizationId: providerOrg.id }] })
		await prisma().notification.create({
			data: { userId: outsider.userId, kind: 'thread.message', payload: { path: requestPage, title: 'x' } },
		})
		const outsiderCookie = (await sessionCookies({ outsider })).get('outsider')
		expect(
			(await call(requestLoader, requestAs(outsiderCookie, requestPage), { requestId: routed.requestId })).status,
		).toBe(404)
		expect(await prisma().notification.count({ where: { userId: outsider.userId, readAt: null } })).toBe(1)
	})

	it('no longer count a request once it is closed', async () => {
		const before = await waitingCounts(requester)
		await prisma().matchRequest.update({ where: { id: quietRequestId }, data: { status: 'closed' } })
		await prisma().notification.create({
			data: {
				userId: requester.userId,
				kind: 'thread.message',
				payload: { path: `/requests/${quietRequestId}`, title: 'x' },
			},
		})
		expect(await waitingCounts(requester)).toEqual(before)
	})
})

describe('logging in', () => {
	it('lands on the member home when no page asked to be returned to, and on that page when one did', async () => {
		const user = await makeUser()
		const plain = await call(
			loginAction,
			requestAs(undefined, '/login', { email: user.email, password: KNOWN_PASSWORD }),
		)
		expect(plain).toMatchObject({ status: 302, location: '/home' })
		const back = await call(
			loginAction,
			requestAs(undefined, '/login', { email: user.email, password: KNOWN_PASSWORD, redirectTo: '/open-calls' }),
		)
		expect(back).toMatchObject({ status: 302, location: '/open-calls' })
		const signedIn = (await sessionCookies({ user: { userId: user.id } })).get('user')
		expect(await call(loginLoader, requestAs(signedIn, '/login'))).toMatchObject({ status: 302, location: '/home' })
	})
})
