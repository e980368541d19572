// Inviting a suggested provider that nobody could answer for: an invitation
// to join (and so claim) the listing's organisation, the same Invitation and
// acceptance page as a member's invitation, remembering the request so that
// its acceptance tells the hub the provider can now be routed.
import type { Locale } from '~/i18n/locale.ts'
import { queueMail } from '~/mail/queue-mail.server.ts'
import { recipientLocale } from '~/mail/recipient-locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { INVITATION_LIFETIME_MS } from '../accounts/invite-member.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { hashToken, newToken } from '../auth/session.server.ts'
import { lockListing } from '../listings/listing-writes.server.ts'
import { RuleError } from '../rules.ts'
import { canRequest } from './lifecycle.ts'
import { reachableListingIds } from './provider-reach.server.ts'
import { auditRequest, isUuid, lockRequest } from './request-records.server.ts'

export interface InviteProviderOptions {
	actor: Actor
	requestId: string
	/** The candidate to invite: an organisation, or a lab, facility or expert it hosts. */
	listingId: string
	/** The listing's contact address, or one the coordinator typed. */
	email: string
	baseUrl: string
	/** The coordinator's language: the invitee has no account to say theirs. */
	locale: Locale
	now?: Date
}

/**
 * Sends the invitation in one transaction with its audit entry. The invitee
 * becomes the organisation's first admin (nobody else there could let them
 * in). One open invitation per address and organisation: a second, from this
 * request or another, is refused until the first expires; under the
 * organisation's row lock, two coordinators at once cannot both send one.
 */
export async function inviteProvider(options: InviteProviderOptions): Promise<{ invitationId: string }> {
	assertCan(options.actor, 'request.triage')
	if (!isUuid(options.listingId)) throw new RuleError('candidate-not-found', 'listingId')
	const now = options.now ?? new Date()
	const email = options.email.trim().toLowerCase()

	return prisma().$transaction(async (tx) => {
		const request = await lockRequest(tx, options.requestId)
		if (!canRequest(request.status, 'route')) throw new RuleError('transition-not-allowed')
		const candidate = await tx.matchCandidate.findUnique({
			where: { requestId_listingId: { requestId: request.id, listingId: options.listingId } },
			select: {
				removedAt: true,
				listing: {
					select: {
						id: true,
						type: true,
						status: true,
						mergedIntoId: true,
						organizationId: true,
						ownerUserId: true,
					},
				},
			},
		})
		if (!candidate || candidate.removedAt) throw new RuleError('candidate-not-found', 'listingId')
		const { listing } = candidate
		if (listing.status !== 'published' || listing.mergedIntoId) throw new RuleError('provider-not-published')
		const organizationId = listing.type === 'organization' ? listing.id : listing.organizationId
		if (!organizationId) throw new RuleError('provider-not-invitable')
		if (organizationId === request.organizationId) throw new RuleError('own-request')

		await lockListing(tx, organizationId)
		if ((await reachableListingIds([listing], tx)).has(listing.id)) throw new RuleError('provider-already-reachable')
		const organization = await tx.listing.findUniqueOrThrow({
			where: { id: organizationId },
			select: { name: true, status: true, mergedIntoId: true },
		})
		if (organization.status !== 'published' || organization.mergedIntoId) throw new RuleError('provider-not-published')

		const sameAddress = { organizationId, email: { equals: email, mode: 'insensitive' as const }, acceptedAt: null }
		const open = await tx.invitation.count({ where: { ...sameAddress, expiresAt: { gt: now } } })
		if (open) throw new RuleError('invitation-already-open', 'email', { email })
		// An expired one is only in the way of the new link.
		await tx.invitation.deleteMany({ where: { ...sameAddress, expiresAt: { lte: now } } })

		const token = newToken()
		const invitation = await tx.invitation.create({
			data: {
				organizationId,
				email,
				role: 'admin',
				tokenHash: hashToken(token),
				invitedById: options.actor.userId,
				matchRequestId: request.id,
				expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
				createdAt: now,
			},
			select: { id: true },
		})
		const inviter = await tx.user.findUniqueOrThrow({ where: { id: options.actor.userId }, select: { name: true } })
		const invitee = await tx.user.findFirst({
			where: { email: { equals: email, mode: 'insensitive' } },
			select: { preferredLocale: true },
		})
		// The mail says a request is waiting, never what it is: the invitee has not accepted any terms yet.
		await queueMail(tx, 'invitation', {
			to: email,
			locale: invitee ? recipientLocale(invitee.preferredLocale) : options.locale,
			baseUrl: options.baseUrl,
			organizationName: organization.name,
			inviterName: inviter.name,
			token,
			forRequest: true,
		})
		await auditRequest(tx, options.actor, 'request.providerInvited', request.id, {
			listingId: listing.id,
			organizationId,
			invitationId: invitation.id,
		})
		return { invitationId: invitation.id }
	})
}
