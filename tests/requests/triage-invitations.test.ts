// Triage when most fitting providers have no portal account (issue 15): the
// page lists those a route can be sent to first; the others can be invited
// from it, once per address, and their acceptance tells the hub and makes
// them routable; after a decline or an expiry the next routable candidate is
// named in the coordinators' mail and ticked on the page.
import { describe, expect, it } from 'vitest'
import { acceptInvitation } from '../../app/domain/accounts/accept-invitation.server.ts'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { inviteProvider } from '../../app/domain/requests/invite-provider.server.ts'
import { nextRoutableCandidate } from '../../app/domain/requests/next-candidate.server.ts'
import { processDueRoutes } from '../../app/domain/requests/process-due-routes.server.ts'
import { respondToRoute } from '../../app/domain/requests/respond-to-route.server.ts'
import { routeRequest } from '../../app/domain/requests/route-request.server.ts'
import { saveRequest } from '../../app/domain/requests/save-request.server.ts'
import { triageDetail } from '../../app/domain/requests/triage-views.server.ts'
import { RuleError, type Rule } from '../../app/domain/rules.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { auditActions, createListing, createUser, mailsTo } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { requestFields } from '../support/requests.ts'

withTestDatabase()

const baseUrl = 'https://hub.test'

async function expectRule(work: Promise<unknown>, rule: Rule) {
	await expect(work).rejects.toSatisfy((error) => error instanceof RuleError && error.rule === rule)
}

/**
 * A submitted request whose candidates are exactly these listings with these
 * scores (the ranking's own picks are cleared, so the test does not depend on it).
 */
async function requestWithCandidates(member: Actor, requesterId: string, candidates: Array<[string, number]>) {
	const { requestId } = await saveRequest({
		actor: member,
		fields: requestFields(requesterId),
		intent: 'submit',
		contentLocale: 'en',
		baseUrl,
	})
	await prisma().matchCandidate.deleteMany({ where: { requestId } })
	for (const [listingId, score] of candidates)
		await prisma().matchCandidate.create({ data: { requestId, listingId, score, reasons: [] } })
	return requestId
}

async function people(label: string) {
	const requester = await createListing({ type: 'organization', name: `Requester ${label} AB` })
	const member = await createUser({ memberships: [{ organizationId: requester.id }] })
	const coordinator = await createUser({ platformRole: 'coordinator', name: `Coordinator ${label}` })
	return { requester, member, coordinator }
}

/** An organisation someone at which has an account. */
async function staffed(name: string) {
	const organization = await createListing({ type: 'organization', name })
	const member = await createUser({ memberships: [{ organizationId: organization.id }] })
	return { organization, member }
}

const tokenIn = (text: string) => /\/invitations\/([A-Za-z0-9_-]+)/.exec(text)?.[1]

describe('inviting a suggested provider from triage', () => {
	it('lists routable providers first and says which others can be invited, and where to', async () => {
		const { requester, member, coordinator } = await people('order')
		const { organization: routable } = await staffed('Routable Vectors AB')
		const unstaffed = await createListing({
			type: 'organization',
			name: 'Unstaffed Vectors AB',
			email: 'info@unstaffed.example',
		})
		const host = await createListing({
			type: 'organization',
			name: 'Host Without Members AB',
			email: 'lab@host.example',
		})
		const lab = await createListing({ type: 'lab', name: 'Hosted Vector Lab', organizationId: host.id })
		const loneExpert = await createListing({ type: 'expert', name: 'Dr Lone Expert' })
		const requestId = await requestWithCandidates(member, requester.id, [
			[unstaffed.id, 0.95],
			[lab.id, 0.9],
			[routable.id, 0.6],
			[loneExpert.id, 0.5],
		])

		const { candidates } = (await triageDetail(coordinator, requestId))!
		expect(candidates.map((candidate) => [candidate.name, candidate.reachable, candidate.invitable])).toEqual([
			['Routable Vectors AB', true, true],
			['Unstaffed Vectors AB', false, true],
			['Hosted Vector Lab', false, true],
			['Dr Lone Expert', false, false],
		])
		expect(candidates.map((candidate) => candidate.contactEmail)).toEqual([
			null,
			'info@unstaffed.example',
			'lab@host.example',
			null,
		])
	})

	it('sends one invitation to the address given, refuses a second while it is open, and refuses what cannot be invited', async () => {
		const { requester, member, coordinator } = await people('once')
		const { organization: routable } = await staffed('Already Here AB')
		const unstaffed = await createListing({
			type: 'organization',
			name: 'Invitable Cells AB',
			email: 'hello@cells.example',
		})
		const loneExpert = await createListing({ type: 'expert', name: 'Dr Nobody Hosts' })
		const requestId = await requestWithCandidates(member, requester.id, [
			[unstaffed.id, 0.9],
			[routable.id, 0.8],
			[loneExpert.id, 0.7],
		])
		const invite = (listingId: string, email: string, actor: Actor = coordinator) =>
			inviteProvider({ actor, requestId, listingId, email, baseUrl, locale: 'sv' })

		await invite(unstaffed.id, 'Hello@Cells.example')
		const mails = await mailsTo('hello@cells.example')
		expect(mails).toHaveLength(1)
		// Nobody there has an account: the mail is in the coordinator's language, and says a request waits without saying what it is.
		expect(mails[0]!.subject).toBe('Inbjudan till Invitable Cells AB på ATMP Flemingsberg')
		expect(mails[0]!.text).toContain('matchningsförfrågan')
		expect(mails[0]!.text).not.toContain('Lentiviral')
		expect(tokenIn(mails[0]!.text)).toBeTruthy()
		expect(await auditActions(requestId)).toContain('request.providerInvited')

		await expectRule(invite(unstaffed.id, 'hello@cells.example'), 'invitation-already-open')
		expect(await prisma().invitation.count({ where: { organizationId: unstaffed.id } })).toBe(1)
		expect(await mailsTo('hello@cells.example')).toHaveLength(1)

		await expectRule(invite(routable.id, 'someone@here.example'), 'provider-already-reachable')
		await expectRule(invite(loneExpert.id, 'lone@expert.example'), 'provider-not-invitable')
		await expect(invite(unstaffed.id, 'other@cells.example', member)).rejects.toThrow()
		expect(await mailsTo('other@cells.example')).toHaveLength(0)

		const { candidates } = (await triageDetail(coordinator, requestId))!
		expect(candidates.find((candidate) => candidate.listingId === unstaffed.id)!.invitation).toMatchObject({
			email: 'hello@cells.example',
			state: 'open',
		})
	})

	it('once accepted, tells the coordinators and the provider can be routed', async () => {
		const { requester, member, coordinator } = await people('accept')
		const unstaffed = await createListing({
			type: 'organization',
			name: 'Soon Joined AB',
			email: 'boss@joined.example',
		})
		const lab = await createListing({ type: 'lab', name: 'Soon Joined Lab', organizationId: unstaffed.id })
		const requestId = await requestWithCandidates(member, requester.id, [[lab.id, 0.9]])
		await expectRule(
			routeRequest({ actor: coordinator, requestId, listingIds: [lab.id], baseUrl }),
			'provider-unreachable',
		)

		await inviteProvider({
			actor: coordinator,
			requestId,
			listingId: lab.id,
			email: 'boss@joined.example',
			baseUrl,
			locale: 'en',
		})
		const token = tokenIn((await mailsTo('boss@joined.example'))[0]!.text)!
		const invitee = await prisma().user.create({
			data: { email: 'boss@joined.example', name: 'Boss of Soon Joined', preferredLocale: 'en' },
		})
		expect(await acceptInvitation(invitee.id, token, new Date(), baseUrl)).toMatchObject({ kind: 'joined' })

		const told = await mailsTo(coordinator.email)
		expect(told.map((mail) => mail.subject)).toContain(
			'Soon Joined AB joined the portal: Lentiviral vector supply for a phase I CAR-T trial',
		)
		expect(
			await prisma().notification.count({ where: { userId: coordinator.userId, kind: 'invitation.accepted' } }),
		).toBe(1)
		expect(await auditActions(requestId)).toContain('request.invitationAccepted')
		expect((await prisma().membership.findFirst({ where: { userId: invitee.id } }))?.role).toBe('admin')

		const candidate = (await triageDetail(coordinator, requestId))!.candidates[0]!
		expect(candidate).toMatchObject({ reachable: true, invitation: { state: 'accepted' } })
		const { routeIds } = await routeRequest({ actor: coordinator, requestId, listingIds: [lab.id], baseUrl })
		expect(routeIds).toHaveLength(1)
		expect((await mailsTo('boss@joined.example')).map((mail) => mail.subject)).toContain(
			'A request from the hub: Lentiviral vector supply for a phase I CAR-T trial',
		)
	})
})

describe('the next candidate after a decline or an expiry', () => {
	async function threeCandidates(label: string) {
		const { requester, member, coordinator } = await people(label)
		const first = await staffed(`First Choice ${label} AB`)
		const second = await staffed(`Second Choice ${label} AB`)
		// Scored higher than both, but nobody there could answer.
		const unreachable = await createListing({ type: 'organization', name: `Unreachable ${label} AB` })
		const requestId = await requestWithCandidates(member, requester.id, [
			[unreachable.id, 0.99],
			[first.organization.id, 0.9],
			[second.organization.id, 0.8],
		])
		const { routeIds } = await routeRequest({
			actor: coordinator,
			requestId,
			listingIds: [first.organization.id],
			baseUrl,
		})
		return { coordinator, first, second, requestId, routeId: routeIds[0]! }
	}

	it('after a decline: the best routable candidate not yet routed, in the mail and ticked on the page', async () => {
		const { coordinator, first, second, requestId, routeId } = await threeCandidates('decline')
		expect((await triageDetail(coordinator, requestId))!.suggestedNext).toBeNull()

		await respondToRoute({ actor: first.member, routeId, kind: 'declined', baseUrl })
		const declineMail = (await mailsTo(coordinator.email)).find((mail) => mail.subject.includes('declined'))!
		expect(declineMail.text).toContain(`Suggested next: Second Choice decline AB`)
		expect((await triageDetail(coordinator, requestId))!.suggestedNext).toEqual({
			listingId: second.organization.id,
			after: { provider: 'First Choice decline AB', status: 'declined' },
		})

		// Once the coordinator routed someone since, nothing is suggested any more; and nobody is left to suggest.
		await routeRequest({ actor: coordinator, requestId, listingIds: [second.organization.id], baseUrl })
		expect((await triageDetail(coordinator, requestId))!.suggestedNext).toBeNull()
		expect(await nextRoutableCandidate(requestId)).toBeNull()
	})

	it('after an expiry: the same, said as "did not answer in time"', async () => {
		const { coordinator, second, requestId } = await threeCandidates('expiry')
		const route = await prisma().matchRoute.findFirstOrThrow({ where: { requestId } })
		await processDueRoutes({ baseUrl, now: new Date(route.expiresAt!.getTime() + 1000) })
		const expiryMail = (await mailsTo(coordinator.email)).find((mail) =>
			mail.subject.startsWith('No answer from First Choice expiry AB'),
		)!
		expect(expiryMail.text).toContain('Suggested next: Second Choice expiry AB')
		expect((await triageDetail(coordinator, requestId))!.suggestedNext).toEqual({
			listingId: second.organization.id,
			after: { provider: 'First Choice expiry AB', status: 'expired' },
		})
	})

	it('names nobody when no routable candidate is left', async () => {
		const { requester, member, coordinator } = await people('none-left')
		const only = await staffed('Only Choice AB')
		const unreachable = await createListing({ type: 'organization', name: 'Nobody Home AB' })
		const requestId = await requestWithCandidates(member, requester.id, [
			[only.organization.id, 0.9],
			[unreachable.id, 0.8],
		])
		const { routeIds } = await routeRequest({
			actor: coordinator,
			requestId,
			listingIds: [only.organization.id],
			baseUrl,
		})
		await respondToRoute({ actor: only.member, routeId: routeIds[0]!, kind: 'declined', baseUrl })
		const declineMail = (await mailsTo(coordinator.email)).find((mail) => mail.subject.includes('declined'))!
		expect(declineMail.text).not.toContain('Suggested next')
		expect((await triageDetail(coordinator, requestId))!.suggestedNext).toBeNull()
	})
})
