import { describe, expect, it } from 'vitest'
import { decideClaim } from '../../app/domain/accounts/decide-claim.server.ts'
import { inviteMember } from '../../app/domain/accounts/invite-member.server.ts'
import { queueReviewOutcomeMail } from '../../app/domain/curation/review-mail.server.ts'
import { notificationsOf } from '../../app/domain/notifications/notifications-of.server.ts'
import { setNotificationSettings } from '../../app/domain/notifications/set-notification-settings.server.ts'
import { notificationSettingsSchema } from '../../app/domain/notifications/settings-schema.ts'
import { noticeText } from '../../app/mail/request-notice.ts'
import { MAIL_TOPIC } from '../../app/mail/queue-mail.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

// Review decisions, claim decisions and invitations reach the person in the
// portal too (issue 15), in the decision's transaction, with a sentence in
// both languages and a link; their settings can keep the mail away.

withTestDatabase()
const baseUrl = 'https://hub.test'

async function mailCount(email: string) {
	return prisma().outboxEvent.count({ where: { topic: MAIL_TOPIC, payload: { path: ['to'], equals: email } } })
}

const allDefaults = {
	requestNews: 'mail',
	routes: 'mail',
	reviews: 'mail',
	claimsInvitations: 'mail',
	following: 'mail',
	savedSearches: 'digest',
	hubNews: 'digest',
	digestFrequency: 'weekly',
}

describe('decisions about a person become notifications', () => {
	it('a review decision: in the portal and by mail, or in the portal only', async () => {
		const author = await createUser()
		await prisma().$transaction((tx) =>
			queueReviewOutcomeMail(tx, { authorId: author.userId, listingName: 'Vector Lab', approved: true }),
		)
		const [notice] = await notificationsOf(author)
		expect(notice).toMatchObject({ kind: 'review.approved', path: '/my-listings', title: 'Vector Lab', read: false })
		expect(await mailCount(author.email)).toBe(1)
		expect(noticeText('sv', 'review.approved', { title: 'Vector Lab' }).subject).toBe('Publicerad: Vector Lab')

		await setNotificationSettings(author, notificationSettingsSchema.parse({ ...allDefaults, reviews: 'portal' }))
		await prisma().$transaction((tx) =>
			queueReviewOutcomeMail(tx, { authorId: author.userId, listingName: 'Vector Lab', approved: false }),
		)
		expect((await notificationsOf(author)).map((row) => row.kind)).toEqual(['review.rejected', 'review.approved'])
		expect(await mailCount(author.email)).toBe(1)
	})

	it('a claim decision links to the organisation; turned off, neither notice nor mail', async () => {
		const coordinator = await createUser({ platformRole: 'coordinator' })
		const organization = await createListing({ type: 'organization', name: 'Gamma Bio AB' })
		const claimant = await createUser()
		const claim = await prisma().organizationClaim.create({
			data: { organizationId: organization.id, userId: claimant.userId },
		})
		await decideClaim(coordinator, { claimId: claim.id, decision: 'approve' }, { baseUrl })
		const [notice] = await notificationsOf(claimant)
		expect(notice).toMatchObject({ kind: 'claim.approved', title: 'Gamma Bio AB' })
		expect(notice!.path).toBe(`/organizations/${organization.slug}/members`)
		expect(await mailCount(claimant.email)).toBe(1)

		const other = await createUser()
		await setNotificationSettings(other, notificationSettingsSchema.parse({ ...allDefaults, claimsInvitations: 'off' }))
		const second = await prisma().organizationClaim.create({
			data: { organizationId: organization.id, userId: other.userId },
		})
		await decideClaim(coordinator, { claimId: second.id, decision: 'reject' }, { baseUrl })
		expect(await notificationsOf(other)).toEqual([])
		expect(await mailCount(other.email)).toBe(0)
		expect((await prisma().organizationClaim.findUniqueOrThrow({ where: { id: second.id } })).status).toBe('rejected')
	})

	it('an invitation to someone with an account shows in their portal; the mail with its link always goes', async () => {
		const organization = await createListing({ type: 'organization', name: 'Delta Cells AB' })
		const admin = await createUser({
			name: 'Ada Admin',
			memberships: [{ organizationId: organization.id, role: 'admin' }],
		})
		const invitee = await createUser()
		await setNotificationSettings(
			invitee,
			notificationSettingsSchema.parse({ ...allDefaults, claimsInvitations: 'portal' }),
		)
		await inviteMember(admin, organization.id, { email: invitee.email, role: 'member' }, { baseUrl, locale: 'en' })
		const [notice] = await notificationsOf(invitee)
		expect(notice).toMatchObject({ kind: 'invitation.received', title: 'Delta Cells AB', provider: 'Ada Admin' })
		expect(noticeText('en', 'invitation.received', { title: 'Delta Cells AB', provider: 'Ada Admin' }).body).toContain(
			'Ada Admin invited you to join Delta Cells AB',
		)
		expect(await mailCount(invitee.email)).toBe(1)
		// The portal never holds the invitation's secret link.
		expect(JSON.stringify(await prisma().notification.findMany({ where: { userId: invitee.userId } }))).not.toContain(
			'/invitations/',
		)
	})
})
