import { describe, expect, it } from 'vitest'
import { acceptInvitation, inspectInvitation } from '../../app/domain/accounts/accept-invitation.server.ts'
import { claimOrganization, claimStanding } from '../../app/domain/accounts/claim-organization.server.ts'
import { decideClaim } from '../../app/domain/accounts/decide-claim.server.ts'
import { inviteMember } from '../../app/domain/accounts/invite-member.server.ts'
import { organizationMembers } from '../../app/domain/accounts/organization-members.server.ts'
import { pendingClaims } from '../../app/domain/accounts/pending-claims.server.ts'
import { removeMember } from '../../app/domain/accounts/remove-member.server.ts'
import { PermissionDenied } from '../../app/domain/auth/permissions.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { actorOf, addMembership, lastTokenSentTo, makeOrganization, makeUser, queuedMailTo } from './factories.ts'

withTestDatabase()

const context = { baseUrl: 'https://hub.example', locale: 'en' as const }

async function organizationWithAdmin() {
	const organization = await makeOrganization()
	const admin = await makeUser()
	await addMembership(admin.id, organization.id, 'admin')
	return { organization, admin, adminActor: await actorOf(admin.id) }
}

describe('invitations', () => {
	it('an admin invites by e-mail: an Invitation row and its mail in the outbox, an audit entry naming only the actor', async () => {
		const { organization, admin, adminActor } = await organizationWithAdmin()
		expect(
			await inviteMember(adminActor, organization.id, { email: 'newcomer@example.org', role: 'member' }, context),
		).toEqual({
			kind: 'invited',
		})
		const invitation = await prisma().invitation.findFirstOrThrow({ where: { organizationId: organization.id } })
		expect(invitation).toMatchObject({
			email: 'newcomer@example.org',
			role: 'member',
			invitedById: admin.id,
			acceptedAt: null,
		})
		const [mail] = await queuedMailTo('newcomer@example.org')
		expect(mail!.subject).toBe(`Invitation to ${organization.name} on ATMP Flemingsberg`)
		expect(mail!.text).toContain(admin.name)
		const audit = await prisma().auditEntry.findFirstOrThrow({
			where: { action: 'membership.invited', entityId: invitation.id },
		})
		expect(audit.actorId).toBe(admin.id)
		expect(JSON.stringify(audit.changes)).not.toContain('newcomer@example.org')
	})

	it('a member who is not an admin may not invite', async () => {
		const { organization } = await organizationWithAdmin()
		const member = await makeUser()
		await addMembership(member.id, organization.id, 'member')
		await expect(
			inviteMember(await actorOf(member.id), organization.id, { email: 'x@example.org', role: 'admin' }, context),
		).rejects.toBeInstanceOf(PermissionDenied)
		expect(await prisma().invitation.count({ where: { organizationId: organization.id } })).toBe(0)
	})

	it('only the invited account accepts, once, and joins with the invited role', async () => {
		const { organization, adminActor } = await organizationWithAdmin()
		const invitee = await makeUser({ email: 'invitee@example.org', verified: false })
		const stranger = await makeUser()
		await inviteMember(adminActor, organization.id, { email: 'invitee@example.org', role: 'admin' }, context)
		const token = await lastTokenSentTo('invitee@example.org', '/invitations/')

		expect(await inspectInvitation(token, { viewerUserId: stranger.id })).toMatchObject({
			state: 'open',
			viewer: 'other-account',
		})
		expect(await acceptInvitation(stranger.id, token)).toEqual({ kind: 'wrong-account' })
		expect(await inspectInvitation(token, { viewerUserId: invitee.id })).toMatchObject({
			viewer: 'invitee',
			role: 'admin',
		})
		expect(await acceptInvitation(invitee.id, token)).toMatchObject({ kind: 'joined' })
		const membership = await prisma().membership.findFirstOrThrow({
			where: { userId: invitee.id, organizationId: organization.id },
		})
		expect(membership.role).toBe('admin')
		// The link came through the mailbox: that confirms the address.
		expect((await prisma().user.findUniqueOrThrow({ where: { id: invitee.id } })).emailVerifiedAt).toBeInstanceOf(Date)
		expect(await acceptInvitation(invitee.id, token)).toEqual({ kind: 'invalid-link' })
		expect(await inspectInvitation(token)).toMatchObject({ state: 'accepted' })
	})

	it('an expired invitation cannot be accepted', async () => {
		const { organization, adminActor } = await organizationWithAdmin()
		const invitee = await makeUser({ email: 'late@example.org' })
		const sentAt = new Date()
		await inviteMember(
			adminActor,
			organization.id,
			{ email: 'late@example.org', role: 'member' },
			{ ...context, now: sentAt },
		)
		const token = await lastTokenSentTo('late@example.org', '/invitations/')
		const fifteenDaysLater = new Date(sentAt.getTime() + 15 * 86_400_000)
		expect(await inspectInvitation(token, { now: fifteenDaysLater })).toMatchObject({ state: 'expired' })
		expect(await acceptInvitation(invitee.id, token, fifteenDaysLater)).toEqual({ kind: 'invalid-link' })
	})

	it('inviting someone who already belongs says so', async () => {
		const { organization, adminActor } = await organizationWithAdmin()
		const member = await makeUser()
		await addMembership(member.id, organization.id)
		expect(await inviteMember(adminActor, organization.id, { email: member.email, role: 'member' }, context)).toEqual({
			kind: 'already-member',
		})
	})
})

describe('removing members', () => {
	it('never removes the last admin, and ignores membership ids of other organisations', async () => {
		const { organization, admin, adminActor } = await organizationWithAdmin()
		const other = await organizationWithAdmin()
		const otherMembership = await prisma().membership.findFirstOrThrow({
			where: { organizationId: other.organization.id },
		})
		const own = await prisma().membership.findFirstOrThrow({
			where: { userId: admin.id, organizationId: organization.id },
		})

		expect(await removeMember(adminActor, organization.id, own.id)).toEqual({ kind: 'last-admin' })
		expect(await removeMember(adminActor, organization.id, otherMembership.id)).toEqual({ kind: 'not-found' })
		expect(await prisma().membership.count({ where: { id: otherMembership.id } })).toBe(1)

		const colleague = await makeUser()
		const colleagueMembership = await addMembership(colleague.id, organization.id, 'member')
		expect(await removeMember(adminActor, organization.id, colleagueMembership.id)).toEqual({
			kind: 'removed',
			userId: colleague.id,
		})
		const listed = await organizationMembers(adminActor, organization.id)
		expect(listed.members.map((member) => member.name)).toEqual([admin.name])
		expect(listed.members[0]!.removable).toBe(false)
	})
})

describe('claims', () => {
	it('a verified non-member claims; a coordinator approves; the claimant becomes admin and hears by mail', async () => {
		const organization = await makeOrganization('Claimable AB')
		const claimant = await makeUser({ email: 'claimant@example.org' })
		const claimantActor = await actorOf(claimant.id)
		const coordinator = await actorOf((await makeUser({ role: 'coordinator' })).id)

		expect(await claimStanding(claimantActor, organization.id)).toBe('open')
		expect(await claimOrganization(claimantActor, organization.id, { message: 'I am the CEO.' })).toEqual({
			kind: 'submitted',
		})
		expect(await claimStanding(claimantActor, organization.id)).toBe('pending')
		expect(await claimOrganization(claimantActor, organization.id, { message: 'Again' })).toEqual({
			kind: 'not-allowed',
			standing: 'pending',
		})

		const [claim] = (await pendingClaims(coordinator)).filter((pending) => pending.organization.name === 'Claimable AB')
		expect(claim).toMatchObject({ message: 'I am the CEO.', claimant: { email: 'claimant@example.org' } })
		expect(
			await decideClaim(coordinator, { claimId: claim!.id, decision: 'approve' }, { baseUrl: 'https://hub.example' }),
		).toEqual({
			kind: 'approved',
		})
		const membership = await prisma().membership.findFirstOrThrow({
			where: { userId: claimant.id, organizationId: organization.id },
		})
		expect(membership.role).toBe('admin')
		expect((await queuedMailTo('claimant@example.org')).map((mail) => mail.subject)).toEqual([
			'You now manage Claimable AB',
		])
		expect(await decideClaim(coordinator, { claimId: claim!.id, decision: 'reject' }, { baseUrl: 'x' })).toEqual({
			kind: 'already-decided',
		})
		const audit = await prisma().auditEntry.findFirstOrThrow({
			where: { action: 'claim.approved', entityId: claim!.id },
		})
		expect(audit.actorId).toBe(coordinator.userId)
	})

	it('unverified users and members cannot claim, and only hub staff see the review queue', async () => {
		const organization = await makeOrganization()
		const unverified = await actorOf((await makeUser({ verified: false })).id)
		expect(await claimOrganization(unverified, organization.id, { message: 'hi' })).toEqual({
			kind: 'not-allowed',
			standing: 'unverified',
		})
		const member = await makeUser()
		await addMembership(member.id, organization.id)
		expect(await claimOrganization(await actorOf(member.id), organization.id, { message: 'hi' })).toEqual({
			kind: 'not-allowed',
			standing: 'member',
		})
		await expect(pendingClaims(await actorOf(member.id))).rejects.toBeInstanceOf(PermissionDenied)
	})

	it('the review queue is oldest first', async () => {
		const coordinator = await actorOf((await makeUser({ role: 'coordinator' })).id)
		const organization = await makeOrganization()
		const early = await makeUser()
		const late = await makeUser()
		await claimOrganization(
			await actorOf(late.id),
			organization.id,
			{ message: 'second' },
			new Date('2026-11-02T00:00:00Z'),
		)
		await claimOrganization(
			await actorOf(early.id),
			organization.id,
			{ message: 'first' },
			new Date('2026-11-01T00:00:00Z'),
		)
		const messages = (await pendingClaims(coordinator)).map((claim) => claim.message)
		expect(messages.indexOf('first')).toBeLessThan(messages.indexOf('second'))
	})
})
