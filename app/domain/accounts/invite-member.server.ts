import type { Locale } from '~/i18n/locale.ts'
import { queueMail } from '~/mail/queue-mail.server.ts'
import { recipientLocale } from '~/mail/recipient-locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { hashToken, newToken } from '../auth/session.server.ts'
import { listingPath } from '../directory/types.ts'
import { notifyPerson } from '../notifications/notify-person.server.ts'
import type { InviteMemberInput } from './schemas.ts'

export const INVITATION_LIFETIME_MS = 14 * 86_400_000

export type InviteMemberResult = { kind: 'invited' } | { kind: 'already-member' }

/**
 * Invites an address into an organisation: an Invitation row and its mail,
 * committed together. Inviting the same address again replaces the earlier
 * invitation (a fresh link, the new role).
 */
export async function inviteMember(
	actor: Actor,
	organizationId: string,
	input: InviteMemberInput,
	context: { baseUrl: string; locale: Locale; now?: Date },
): Promise<InviteMemberResult> {
	assertCan(actor, 'organization.manageMembers', { organizationId })
	const now = context.now ?? new Date()
	return prisma().$transaction(async (tx) => {
		const organization = await tx.listing.findUniqueOrThrow({
			where: { id: organizationId },
			select: { name: true, slug: true },
		})
		const inviter = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } })
		const invitee = await tx.user.findFirst({
			where: { email: { equals: input.email, mode: 'insensitive' } },
			select: { id: true, preferredLocale: true, memberships: { where: { organizationId }, select: { id: true } } },
		})
		if (invitee?.memberships.length) return { kind: 'already-member' } as const

		await tx.invitation.deleteMany({ where: { organizationId, email: input.email, acceptedAt: null } })
		const token = newToken()
		const invitation = await tx.invitation.create({
			data: {
				organizationId,
				email: input.email,
				role: input.role,
				tokenHash: hashToken(token),
				invitedById: actor.userId,
				expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
				createdAt: now,
			},
			select: { id: true },
		})
		// Someone with an account also sees it in the portal. The mail goes whatever their settings:
		// its link is the only way to accept, and the portal never holds that secret.
		if (invitee) {
			await notifyPerson(tx, invitee.id, {
				kind: 'invitation.received',
				path: listingPath({ type: 'organization', slug: organization.slug }),
				title: organization.name,
				provider: inviter.name,
			})
		}
		await queueMail(tx, 'invitation', {
			to: input.email,
			// Someone with an account reads their own language; anyone else the inviter's.
			locale: invitee ? recipientLocale(invitee.preferredLocale) : context.locale,
			baseUrl: context.baseUrl,
			organizationName: organization.name,
			inviterName: inviter.name,
			token,
		})
		await recordAudit(tx, {
			actorId: actor.userId,
			action: 'membership.invited',
			entityType: 'invitation',
			entityId: invitation.id,
			changes: { organizationId, role: input.role },
		})
		return { kind: 'invited' } as const
	})
}
