import { randomUUID } from 'node:crypto'
// The life of a match request, through the use cases a page calls: a member
// writes and submits it, a coordinator routes it, providers answer, the
// requester accepts one and closes it. Each step checks what the people
// involved would notice: what they can read, which mails they get, and that
// a refused step leaves nothing behind.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { acceptTerms } from '../../app/domain/requests/accept-terms.server.ts'
import { addCandidate } from '../../app/domain/requests/add-candidate.server.ts'
import { closeRequest } from '../../app/domain/requests/close-request.server.ts'
import { expressInterest } from '../../app/domain/requests/express-interest.server.ts'
import { introduceProvider } from '../../app/domain/requests/introduce-provider.server.ts'
import { postMessage } from '../../app/domain/requests/post-message.server.ts'
import { processDueRoutes } from '../../app/domain/requests/process-due-routes.server.ts'
import { removeCandidate } from '../../app/domain/requests/remove-candidate.server.ts'
import { renderMessage } from '../../app/domain/messages.ts'
import { RuleError, type Rule } from '../../app/domain/rules.ts'
import { translator } from '../../app/i18n/messages.ts'
import { requestFormSchema, type RequestFields } from '../../app/domain/requests/request-form-schema.ts'
import {
	inboxOf,
	openCallBoard,
	requestForRequester,
	requestsOfMember,
	routeForProvider,
} from '../../app/domain/requests/request-views.server.ts'
import { matchmakingOverview, triageDetail, triageQueue } from '../../app/domain/requests/triage-views.server.ts'
import { respondToRoute } from '../../app/domain/requests/respond-to-route.server.ts'
import { routeRequest } from '../../app/domain/requests/route-request.server.ts'
import { saveRequest } from '../../app/domain/requests/save-request.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { createListing, createUser, mailsTo } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { requestFields } from '../support/requests.ts'
import { rowCounts } from '../support/row-counts.ts'

const baseUrl = 'https://hub.test'
const DAY = 86_400_000
withTestDatabase()

let requester: { id: string }
let vectorCo: { id: string; name: string }
let cdmo: { id: string; name: string }
let silentCo: { id: string }
let cdmoFacility: { id: string }
let unrelatedOrg: { id: string }
let requesterMember: Actor & { email: string }
let vectorMember: Actor & { email: string }
let vectorColleague: Actor & { email: string }
let cdmoMember: Actor & { email: string }
let outsider: Actor & { email: string }
let coordinator: Actor & { email: string }
let secondCoordinator: Actor & { email: string }

const description =
	'We are a Stockholm start-up preparing a phase I CAR-T trial and need GMP-grade lentiviral vector, about 20 litres, by September 2027. Confidential: our lead construct targets CD19.'

function fields(overrides: Partial<RequestFields> = {}): RequestFields {
	return requestFields(requester.id, { description, ...overrides })
}

/** A schema's message as a report prints it, in English. */
function inEnglish(encoded: string): string {
	return renderMessage(translator('en'), encoded, 'report')
}

async function expectRule(promise: Promise<unknown>, rule: Rule) {
	await expect(promise).rejects.toSatisfy((error) => error instanceof RuleError && error.rule === rule)
}

async function submitted(overrides: Partial<RequestFields> = {}) {
	const { requestId } = await saveRequest({
		actor: requesterMember,
		fields: fields(overrides),
		intent: 'submit',
		contentLocale: 'en',
		baseUrl,
	})
	return requestId
}

async function routedTo(
	requestId: string,
	listingIds: string[],
	timing: { now?: Date; reminderDays?: number; expiryDays?: number } = {},
) {
	const { routeIds } = await routeRequest({ actor: coordinator, requestId, listingIds, baseUrl, ...timing })
	return routeIds
}

function tableCounts() {
	return rowCounts({
		requests: 'matchRequest',
		routes: 'matchRoute',
		responses: 'matchResponse',
		audit: 'auditEntry',
		outbox: 'outboxEvent',
		notifications: 'notification',
	})
}

beforeAll(async () => {
	requester = await createListing({ type: 'organization', name: 'Visättra Cell AB' })
	vectorCo = await createListing({
		type: 'organization',
		name: 'Vektorbolaget AB',
		kind: 'cdmo',
		summary: 'GMP manufacturing of lentiviral and AAV vectors',
		services: ['viral-vector-production', 'gmp-manufacturing'],
		modalities: ['lentiviral', 'aav'],
		phases: ['phase-1', 'phase-2'],
	})
	cdmo = await createListing({
		type: 'organization',
		name: 'Grantorp Biologics AB',
		kind: 'cdmo',
		summary: 'Cell therapy CDMO with lentiviral vector production',
		services: ['viral-vector-production', 'gmp-manufacturing', 'qc-testing'],
		modalities: ['lentiviral', 'car-t'],
		phases: ['phase-1'],
	})
	cdmoFacility = await createListing({
		type: 'facility',
		name: 'Grantorp Suite B',
		organizationId: cdmo.id,
		services: ['viral-vector-production'],
		modalities: ['lentiviral'],
		cleanroomGrades: ['B'],
	})
	silentCo = await createListing({
		type: 'organization',
		name: 'Tyst Vektor AB',
		kind: 'company',
		services: ['viral-vector-production'],
		modalities: ['lentiviral'],
	})
	unrelatedOrg = await createListing({ type: 'organization', name: 'Annan Bio AB' })
	requesterMember = await createUser({ name: 'Rut Requester', memberships: [{ organizationId: requester.id }] })
	vectorMember = await createUser({ name: 'Vera Vector', memberships: [{ organizationId: vectorCo.id }] })
	vectorColleague = await createUser({ name: 'Valter Vector', memberships: [{ organizationId: vectorCo.id }] })
	cdmoMember = await createUser({ name: 'Carl Cdmo', memberships: [{ organizationId: cdmo.id }] })
	outsider = await createUser({ name: 'Olle Outsider', memberships: [{ organizationId: unrelatedOrg.id }] })
	coordinator = await createUser({ name: 'Cora Coordinator', platformRole: 'coordinator' })
	secondCoordinator = await createUser({ name: 'Cecilia Coordinator', platformRole: 'coordinator' })
})

describe('writing a request', () => {
	it('keeps a half-written draft without telling anyone, then submits it with ranked suggestions', async () => {
		const { requestId, submitted: sentNow } = await saveRequest({
			actor: requesterMember,
			fields: fields({ teaser: undefined, description: undefined }),
			intent: 'save',
			contentLocale: 'en',
			baseUrl,
		})
		expect(sentNow).toBe(false)
		expect((await requestsOfMember(requesterMember)).find((r) => r.id === requestId)?.status).toBe('draft')
		expect(await triageDetail(coordinator, requestId)).toBeNull()

		await saveRequest({
			actor: requesterMember,
			requestId,
			fields: fields(),
			intent: 'submit',
			contentLocale: 'en',
			baseUrl,
		})
		const detail = await triageDetail(coordinator, requestId)
		expect(detail?.request.status).toBe('submitted')
		const names = detail!.candidates.map((candidate) => candidate.name)
		expect(names).toEqual(expect.arrayContaining(['Vektorbolaget AB', 'Grantorp Biologics AB']))
		expect(names).not.toContain('Visättra Cell AB')
		const vector = detail!.candidates.find((candidate) => candidate.name === 'Vektorbolaget AB')!
		expect(vector.reasons.map((reason) => reason.text.en).join(' ')).toMatch(/viral vector/i)
		expect(vector.reachable).toBe(true)
		expect(detail!.candidates.find((candidate) => candidate.name === 'Tyst Vektor AB')?.reachable).toBe(false)

		const mails = await mailsTo(coordinator.email)
		expect(mails.at(-1)?.subject).toBe('New match request: Lentiviral vector supply for a phase I CAR-T trial')
		expect(mails.at(-1)?.text).toContain(`${baseUrl}/coordinator/requests/${requestId}`)
		expect(mails.at(-1)?.text).not.toContain('CD19')
	})

	it('refuses what the hub cannot work with, field by field, and writes nothing', async () => {
		const before = await tableCounts()
		const parsed = requestFormSchema.safeParse({
			intent: 'submit',
			organizationId: requester.id,
			title: '   ',
			services: ['viral-vector-production', 'teleportation'],
			neededBy: '2027-02-30',
			confidentiality: 'hub_only',
		})
		expect(parsed.success).toBe(false)
		const byField = Object.fromEntries(
			parsed.error!.issues.map((issue) => [issue.path.join('.'), inEnglish(issue.message)]),
		)
		expect(byField.title).toMatch(/required/)
		expect(byField['services.1']).toMatch(/Unknown service code "teleportation"/)
		expect(byField.neededBy).toMatch(/not a real calendar date/)
		expect(byField.teaser).toMatch(/required/)
		expect(byField.description).toMatch(/required/)
		const past = requestFormSchema.safeParse({ ...fields(), intent: 'submit', neededBy: '2020-01-01' })
		expect(past.error?.issues.map((issue) => [issue.path.join('.'), inEnglish(issue.message)])).toEqual([
			['neededBy', 'Needed by is in the past'],
		])
		// A draft may keep the old date while it is rewritten.
		expect(requestFormSchema.safeParse({ ...fields(), intent: 'save', neededBy: '2020-01-01' }).success).toBe(true)

		await expectRule(
			saveRequest({ actor: outsider, fields: fields(), intent: 'submit', contentLocale: 'en', baseUrl }),
			'organization-not-allowed',
		)
		await expectRule(
			saveRequest({
				actor: requesterMember,
				fields: fields({ neededBy: '2020-01-01' }),
				intent: 'submit',
				contentLocale: 'en',
				baseUrl,
			}),
			'needed-by-in-past',
		)
		expect(await tableCounts()).toEqual(before)
	})

	it('lets only drafts be edited, and only by their organisation', async () => {
		const requestId = await submitted()
		await expectRule(
			saveRequest({
				actor: requesterMember,
				requestId,
				fields: fields({ title: 'Changed' }),
				intent: 'save',
				contentLocale: 'en',
				baseUrl,
			}),
			'transition-not-allowed',
		)
		const { requestId: draftId } = await saveRequest({
			actor: requesterMember,
			fields: fields(),
			intent: 'save',
			contentLocale: 'en',
			baseUrl,
		})
		const outsiderOwnOrg = fields({ organizationId: unrelatedOrg.id })
		await expectRule(
			saveRequest({
				actor: outsider,
				requestId: draftId,
				fields: outsiderOwnOrg,
				intent: 'save',
				contentLocale: 'en',
				baseUrl,
			}),
			'request-not-found',
		)
	})
})

describe('routing', () => {
	it('sends the teaser, never the description, to everyone who answers for each provider', async () => {
		const requestId = await submitted()
		const [vectorRoute] = await routedTo(requestId, [vectorCo.id])
		for (const member of [vectorMember, vectorColleague]) {
			const mail = (await mailsTo(member.email)).at(-1)!
			expect(mail.subject).toBe('A request from the hub: Lentiviral vector supply for a phase I CAR-T trial')
			expect(mail.text).toContain('GMP lentiviral vector for an early clinical trial')
			expect(mail.text).toContain(`${baseUrl}/inbox/${vectorRoute}`)
			expect(mail.text).not.toContain('CD19')
		}
		expect((await triageDetail(coordinator, requestId))?.request.status).toBe('routed')
		expect((await inboxOf(vectorMember)).map((item) => item.id)).toContain(vectorRoute)
		expect((await inboxOf(cdmoMember)).map((item) => item.id)).not.toContain(vectorRoute)
	})

	it('routes a lab or facility to the members of the organisation that hosts it', async () => {
		const requestId = await submitted()
		const [routeId] = await routedTo(requestId, [cdmoFacility.id])
		expect((await inboxOf(cdmoMember)).map((item) => item.id)).toContain(routeId)
	})

	it('refuses providers nobody can answer for, the requester itself, and a second route to the same provider', async () => {
		const requestId = await submitted()
		await routedTo(requestId, [vectorCo.id])
		const before = await tableCounts()
		await expectRule(
			routeRequest({ actor: coordinator, requestId, listingIds: [silentCo.id], baseUrl }),
			'provider-unreachable',
		)
		await expectRule(
			routeRequest({ actor: coordinator, requestId, listingIds: [requester.id], baseUrl }),
			'own-request',
		)
		await expectRule(
			routeRequest({ actor: coordinator, requestId, listingIds: [cdmo.id, vectorCo.id], baseUrl }),
			'already-routed',
		)
		await expectRule(routeRequest({ actor: coordinator, requestId, listingIds: [], baseUrl }), 'nothing-to-route')
		await expect(routeRequest({ actor: requesterMember, requestId, listingIds: [cdmo.id], baseUrl })).rejects.toThrow(
			/Not allowed/,
		)
		expect(await tableCounts()).toEqual(before)
	})

	it('lets two coordinators routing at once create one route, not two', async () => {
		const requestId = await submitted()
		const results = await Promise.allSettled([
			routeRequest({ actor: coordinator, requestId, listingIds: [cdmo.id], baseUrl }),
			routeRequest({ actor: secondCoordinator, requestId, listingIds: [cdmo.id], baseUrl }),
		])
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
		const rejected = results.find((result) => result.status === 'rejected') as PromiseRejectedResult
		expect(rejected.reason).toBeInstanceOf(RuleError)
		expect(await prisma().matchRoute.count({ where: { requestId } })).toBe(1)
	})

	it('puts requests nobody has routed yet at the top of the triage queue, oldest first', async () => {
		const underWay = await submitted({ title: 'Queue: older, already routed' })
		const olderNew = await submitted({ title: 'Queue: older, new' })
		const newerNew = await submitted({ title: 'Queue: newer, new' })
		await routedTo(underWay, [vectorCo.id])
		const queue = (await triageQueue(coordinator))!
		const position = (id: string) => queue.findIndex((item) => item.id === id)
		expect(position(olderNew)).toBeLessThan(position(newerNew))
		expect(position(newerNew)).toBeLessThan(position(underWay))
		const statuses = queue.map((item) => item.status)
		expect(statuses.lastIndexOf('submitted')).toBeLessThan(statuses.findIndex((status) => status !== 'submitted'))
		expect(await triageQueue(requesterMember)).toBeNull()
	})

	it('adds, removes and restores candidates by hand', async () => {
		const requestId = await submitted()
		await addCandidate({ actor: coordinator, requestId, listingId: unrelatedOrg.id })
		let detail = await triageDetail(coordinator, requestId)
		expect(detail!.candidates.find((candidate) => candidate.listingId === unrelatedOrg.id)?.source).toBe('added')
		await removeCandidate({ actor: coordinator, requestId, listingId: unrelatedOrg.id })
		detail = await triageDetail(coordinator, requestId)
		expect(detail!.candidates.find((candidate) => candidate.listingId === unrelatedOrg.id)?.removed).toBe(true)
		await expectRule(addCandidate({ actor: coordinator, requestId, listingId: requester.id }), 'own-request')
	})
})

describe('what providers may read', () => {
	it('shows nothing to providers it was not sent to, and the full text only after the terms', async () => {
		const requestId = await submitted()
		const [routeId] = await routedTo(requestId, [vectorCo.id])
		expect(await routeForProvider(cdmoMember, routeId)).toBeNull()
		expect(await routeForProvider(outsider, routeId)).toBeNull()
		expect(await routeForProvider(coordinator, routeId)).toBeNull()
		expect(await routeForProvider(null, routeId)).toBeNull()

		const before = await routeForProvider(vectorMember, routeId)
		expect(before?.request.teaser).toContain('early clinical trial')
		expect(before?.request.description).toBeNull()
		expect(before?.request.needs).toBeNull()
		expect(before?.requester).toBeNull()

		await acceptTerms({ actor: vectorMember, routeId: routeId! })
		const after = await routeForProvider(vectorMember, routeId)
		expect(after?.request.description).toContain('CD19')
		expect(after?.route.termsAcceptedAt).not.toBeNull()
		// Each person is bound by what they accepted: a colleague still sees the teaser only.
		expect((await routeForProvider(vectorColleague, routeId))?.request.description).toBeNull()
		const acceptance = await prisma().termsAcceptance.findMany({ where: { routeId } })
		expect(acceptance.map((row) => row.userId)).toEqual([vectorMember.userId])
		await expectRule(acceptTerms({ actor: cdmoMember, routeId: routeId! }), 'route-not-found')
	})

	it('keeps a request of another organisation from requesters and members', async () => {
		const requestId = await submitted()
		expect(await requestForRequester(outsider, requestId)).toBeNull()
		expect(await requestForRequester(vectorMember, requestId)).toBeNull()
		expect(await requestForRequester(null, requestId)).toBeNull()
		expect((await requestForRequester(requesterMember, requestId))?.request.description).toContain('CD19')
		expect((await requestsOfMember(outsider)).map((request) => request.id)).not.toContain(requestId)
		expect(await triageDetail(requesterMember, requestId)).toBeNull()
		expect(await requestForRequester(requesterMember, 'not-a-uuid')).toBeNull()
	})
})

describe('answers, introduction and closing', () => {
	it('runs a request from routing to a closed outcome', async () => {
		const requestId = await submitted()
		const [vectorRoute, cdmoRoute] = await routedTo(requestId, [vectorCo.id, cdmo.id])

		// Interest needs the terms first; a decline does not.
		await expectRule(
			respondToRoute({ actor: vectorMember, routeId: vectorRoute!, kind: 'interested', baseUrl }),
			'terms-not-accepted',
		)
		await respondToRoute({
			actor: cdmoMember,
			routeId: cdmoRoute!,
			kind: 'declined',
			message: 'Fully booked until 2028.',
			baseUrl,
		})
		const declineMail = (await mailsTo(coordinator.email)).at(-1)!
		expect(declineMail.subject).toBe(
			'Grantorp Biologics AB declined: Lentiviral vector supply for a phase I CAR-T trial',
		)
		expect(declineMail.text).toContain('Fully booked until 2028.')

		await acceptTerms({ actor: vectorMember, routeId: vectorRoute! })
		await respondToRoute({
			actor: vectorMember,
			routeId: vectorRoute!,
			kind: 'interested',
			message: 'We have a slot in Q2 2027.',
			baseUrl,
		})
		expect((await mailsTo(requesterMember.email)).at(-1)?.subject).toBe(
			'Vektorbolaget AB is interested: Lentiviral vector supply for a phase I CAR-T trial',
		)
		// Answering twice is not a state the lifecycle knows.
		await expectRule(
			respondToRoute({ actor: cdmoMember, routeId: cdmoRoute!, kind: 'declined', baseUrl }),
			'transition-not-allowed',
		)

		// Before the introduction neither side sees the other's contact details.
		let requesterView = await requestForRequester(requesterMember, requestId)
		expect(requesterView?.routes.find((route) => route.id === vectorRoute)?.contact).toBeNull()
		expect((await routeForProvider(vectorMember, vectorRoute))?.requester).toBeNull()

		// Only the requester makes the introduction.
		await expectRule(introduceProvider({ actor: vectorMember, routeId: vectorRoute!, baseUrl }), 'route-not-found')
		await expectRule(introduceProvider({ actor: coordinator, routeId: vectorRoute!, baseUrl }), 'route-not-found')
		await introduceProvider({ actor: requesterMember, routeId: vectorRoute!, baseUrl })
		requesterView = await requestForRequester(requesterMember, requestId)
		expect(requesterView?.request.status).toBe('introduced')
		const contact = requesterView?.routes.find((route) => route.id === vectorRoute)?.contact
		expect(contact?.people.map((person) => person.email)).toEqual(
			expect.arrayContaining([vectorMember.email, vectorColleague.email]),
		)
		const providerView = await routeForProvider(vectorMember, vectorRoute)
		expect(providerView?.requester?.organizationName).toBe('Visättra Cell AB')
		expect(providerView?.requester?.person?.email).toBe(requesterMember.email)
		expect((await mailsTo(vectorColleague.email)).at(-1)?.subject).toBe(
			'Introduction: Lentiviral vector supply for a phase I CAR-T trial',
		)

		// A thread both sides read, with names now that they are introduced.
		await postMessage({ actor: requesterMember, routeId: vectorRoute!, body: 'Can we meet next week?', baseUrl })
		await postMessage({ actor: vectorMember, routeId: vectorRoute!, body: 'Tuesday works for us.', baseUrl })
		const thread = (await routeForProvider(vectorMember, vectorRoute))!.route.thread
		expect(thread.map((message) => [message.side, message.authorName, message.body])).toEqual([
			['requester', 'Rut Requester', 'Can we meet next week?'],
			['provider', 'Vera Vector', 'Tuesday works for us.'],
		])
		expect(
			(await triageDetail(coordinator, requestId))!.routes.find((route) => route.id === vectorRoute)!.thread,
		).toHaveLength(2)
		await expectRule(
			postMessage({ actor: cdmoMember, routeId: vectorRoute!, body: 'Hello?', baseUrl }),
			'route-not-found',
		)
		// From another request's page a route is not found, even for the hub: nothing is written there.
		await expectRule(
			postMessage({ actor: coordinator, routeId: vectorRoute!, requestId: randomUUID(), body: 'Wrong page', baseUrl }),
			'route-not-found',
		)
		await expectRule(
			postMessage({ actor: cdmoMember, routeId: cdmoRoute!, body: 'Hello?', baseUrl }),
			'terms-not-accepted',
		)

		await closeRequest({
			actor: requesterMember,
			requestId,
			outcome: 'partner_found',
			outcomeNote: 'Signed a supply agreement.',
			feedback: [{ routeId: vectorRoute!, rating: 5, comment: 'Quick and clear.' }],
			baseUrl,
		})
		const closed = await triageDetail(coordinator, requestId)
		expect(closed?.request.status).toBe('closed')
		expect(closed?.request.outcome).toBe('partner_found')
		expect(closed?.routes.find((route) => route.id === vectorRoute)?.feedbackRating).toBe(5)
		await expectRule(
			closeRequest({ actor: requesterMember, requestId, outcome: 'no_fit', feedback: [], baseUrl }),
			'transition-not-allowed',
		)
		await expectRule(
			postMessage({ actor: requesterMember, routeId: vectorRoute!, body: 'One more thing', baseUrl }),
			'thread-closed',
		)
	})

	it('makes one introduction of a double click on accept', async () => {
		const requestId = await submitted()
		const [routeId] = await routedTo(requestId, [vectorCo.id])
		await acceptTerms({ actor: vectorMember, routeId: routeId! })
		await respondToRoute({ actor: vectorMember, routeId: routeId!, kind: 'interested', baseUrl })
		const results = await Promise.all([
			introduceProvider({ actor: requesterMember, routeId: routeId!, baseUrl }),
			introduceProvider({ actor: requesterMember, routeId: routeId!, baseUrl }),
		])
		expect(results.map((result) => result.alreadyIntroduced).sort()).toEqual([false, true])
		expect(await prisma().auditEntry.count({ where: { entityId: routeId, action: 'route.introduced' } })).toBe(1)
		const introductionMails = (await mailsTo(vectorMember.email)).filter((mail) =>
			mail.subject.startsWith('Introduction:'),
		)
		const before = introductionMails.length
		expect(before).toBeGreaterThan(0)
		await introduceProvider({ actor: requesterMember, routeId: routeId!, baseUrl })
		expect((await mailsTo(vectorMember.email)).filter((mail) => mail.subject.startsWith('Introduction:'))).toHaveLength(
			before,
		)
	})

	it('withdraws the routes still waiting when the request closes, and tells those providers', async () => {
		const requestId = await submitted()
		const [routeId] = await routedTo(requestId, [cdmo.id])
		await closeRequest({ actor: requesterMember, requestId, outcome: 'withdrawn', feedback: [], baseUrl })
		expect((await prisma().matchRoute.findUniqueOrThrow({ where: { id: routeId } })).status).toBe('withdrawn')
		expect((await mailsTo(cdmoMember.email)).at(-1)?.subject).toBe(
			'Request closed: Lentiviral vector supply for a phase I CAR-T trial',
		)
		await expectRule(
			respondToRoute({ actor: cdmoMember, routeId: routeId!, kind: 'declined', baseUrl }),
			'transition-not-allowed',
		)
	})
})

describe('reminders and expiry', () => {
	it('reminds once after the reminder days, expires after the expiry days, and tells the coordinators', async () => {
		const routedAt = new Date('2030-01-01T09:00:00Z')
		const requestId = await submitted({ title: 'Slow providers test' })
		const routeIds = await routedTo(requestId, [cdmo.id], { now: routedAt, reminderDays: 5, expiryDays: 14 })
		const remindersTo = async () =>
			(await mailsTo(cdmoMember.email)).filter((mail) => mail.subject === 'Reminder: Slow providers test')

		await processDueRoutes({ baseUrl, now: new Date(routedAt.getTime() + 4 * DAY) })
		expect(await remindersTo()).toHaveLength(0)
		await processDueRoutes({ baseUrl, now: new Date(routedAt.getTime() + 6 * DAY) })
		await processDueRoutes({ baseUrl, now: new Date(routedAt.getTime() + 7 * DAY) })
		expect(await remindersTo()).toHaveLength(1)

		const overview = await matchmakingOverview(coordinator, new Date(routedAt.getTime() + 7 * DAY))
		expect(overview?.overdue.map((route) => route.routeId)).toContain(routeIds[0])

		await processDueRoutes({ baseUrl, now: new Date(routedAt.getTime() + 15 * DAY) })
		expect((await prisma().matchRoute.findUniqueOrThrow({ where: { id: routeIds[0] } })).status).toBe('expired')
		expect((await mailsTo(coordinator.email)).at(-1)?.subject).toBe(
			'No answer from Grantorp Biologics AB: Slow providers test',
		)
	})

	it('never expires a route that has been answered', async () => {
		const routedAt = new Date('2030-02-01T09:00:00Z')
		const requestId = await submitted({ title: 'Answered in time' })
		const routeIds = await routedTo(requestId, [vectorCo.id], { now: routedAt })
		await acceptTerms({ actor: vectorMember, routeId: routeIds[0]! })
		await respondToRoute({
			actor: vectorMember,
			routeId: routeIds[0]!,
			kind: 'question',
			message: 'Which titre?',
			baseUrl,
		})
		await processDueRoutes({ baseUrl, now: new Date(routedAt.getTime() + 30 * DAY) })
		expect((await prisma().matchRoute.findUniqueOrThrow({ where: { id: routeIds[0] } })).status).toBe('question')
	})
})

describe('open calls', () => {
	it('lists open calls to other members, takes one interest per organisation, and starts its route as interested', async () => {
		const requestId = await submitted({ title: 'Open call: QC release testing', confidentiality: 'open_call' })
		const hubOnlyId = await submitted({ title: 'Quiet request' })
		const board = await openCallBoard(vectorMember)
		expect(board.map((call) => call.id)).toContain(requestId)
		expect(board.map((call) => call.id)).not.toContain(hubOnlyId)
		expect(board.find((call) => call.id === requestId)).not.toHaveProperty('description')
		expect((await openCallBoard(requesterMember)).map((call) => call.id)).not.toContain(requestId)

		await expressInterest({
			actor: vectorMember,
			requestId,
			organizationId: vectorCo.id,
			message: 'We release LV lots every month.',
			baseUrl,
		})
		await expectRule(
			expressInterest({ actor: vectorColleague, requestId, organizationId: vectorCo.id, message: 'Us too', baseUrl }),
			'interest-already-expressed',
		)
		await expectRule(
			expressInterest({
				actor: vectorMember,
				requestId: hubOnlyId,
				organizationId: vectorCo.id,
				message: 'Hi',
				baseUrl,
			}),
			'not-an-open-call',
		)
		await expectRule(
			expressInterest({ actor: vectorMember, requestId, organizationId: cdmo.id, message: 'Hi', baseUrl }),
			'organization-not-allowed',
		)
		expect((await mailsTo(coordinator.email)).at(-1)?.subject).toBe(
			'Vektorbolaget AB answered an open call: Open call: QC release testing',
		)

		const [routeId] = await routedTo(requestId, [vectorCo.id])
		const route = await prisma().matchRoute.findUniqueOrThrow({ where: { id: routeId }, include: { responses: true } })
		expect(route.status).toBe('interested')
		expect(route.responses.map((response) => response.message)).toEqual(['We release LV lots every month.'])
	})
})
