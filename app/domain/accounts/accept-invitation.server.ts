import { prisma } from '~/utils/db.server.ts'
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { hashToken } from '../auth/session.server.ts'
import { listingPath } from '../directory/types.ts'
import { notifyHub } from '../requests/notify.server.ts'

export type InvitationState = 'open' | 'expired' | 'accepted'

export interface InvitationView {
	state: InvitationState
	email: string
	/** Who is looking: nobody signed in, the invited account, or another account. */
	viewer: 'visitor' | 'invitee' | 'other-account'
	role: 'member' | 'admin'
	organization: { name: string; path: string }
	/** Sent from a request's triage: the hub has a request for the organisation once someone joins. */
	forRequest: boolean
}

/** What an invitation link is about, for the page that offers to accept it. */
export async function inspectInvitation(
	token: string | undefined,
	options: { viewerUserId?: string | null; now?: Date } = {},
): Promise<InvitationView | null> {
	if (!token) return null
	const now = options.now ?? new Date()
	const invitation = await prisma().invitation.findUnique({
		where: { tokenHash: hashToken(token) },
		select: {
			email: true,
			role: true,
			expiresAt: true,
			acceptedAt: true,
			matchRequestId: true,
			organization: { select: { name: true, slug: true } },
		},
	})
	if (!invitation) return null
	const viewerEmail = options.viewerUserId
		? (await prisma().user.findUnique({ where: { id: options.viewerUserId }, select: { email: true } }))?.email
		: undefined
	return {
		state: invitation.acceptedAt ? 'accepted' : invitation.expiresAt <= now ? 'expired' : 'open',
		email: invitation.email,
		viewer: !viewerEmail
			? 'visitor'
			: viewerEmail.toLowerCase() === invitation.email.toLowerCase()
				? 'invitee'
				: 'other-account',
		role: invitation.role,
		organization: {
			name: invitation.organization.name,
			path: listingPath({ type: 'organization', slug: invitation.organization.slug }),
		},
		forRequest: invitation.matchRequestId !== null,
	}
}

export type AcceptInvitationResult =
	| { kind: 'joined'; organizationPath: string }
	| { kind: 'invalid-link' }
	/** Signed in as someone other than the invited address. */
	| { kind: 'wrong-account' }

/**
 * Joins the invited organisation. Only the account with the invited address
 * may accept; the link came through that mailbox, so accepting also confirms
 * the address. Someone who already belongs keeps the higher of the two roles.
 * An invitation sent from a request's triage tells the hub's coordinators, in
 * the same transaction, that the provider can now be routed.
 */
export async function acceptInvitation(
	userId: string,
	token: string,
	now = new Date(),
	baseUrl = publicBaseUrl(),
): Promise<AcceptInvitationResult> {
	return prisma().$transaction(async (tx) => {
		const invitation = await tx.invitation.findUnique({
			where: { tokenHash: hashToken(token) },
			select: {
				id: true,
				email: true,
				role: true,
				organizationId: true,
				matchRequestId: true,
				organization: { select: { slug: true, name: true } },
			},
		})
		if (!invitation) return { kind: 'invalid-link' } as const
		const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } })
		if (user.email.toLowerCase() !== invitation.email.toLowerCase()) return { kind: 'wrong-account' } as const
		// Conditional: of two clicks at once, one accepts and the other finds it used.
		const { count } = await tx.invitation.updateMany({
			where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: now } },
			data: { acceptedAt: now },
		})
		if (!count) return { kind: 'invalid-link' } as const

		const existing = await tx.membership.findUnique({
			where: { userId_organizationId: { userId, organizationId: invitation.organizationId } },
			select: { id: true, role: true },
		})
		const membership = existing
			? await tx.membership.update({
					where: { id: existing.id },
					data: { role: existing.role === 'admin' ? 'admin' : invitation.role },
					select: { id: true, role: true },
				})
			: await tx.membership.create({
					data: { userId, organizationId: invitation.organizationId, role: invitation.role, createdAt: now },
					select: { id: true, role: true },
				})
		await tx.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } })
		await recordAudit(tx, {
			actorId: userId,
			action: 'membership.joined',
			entityType: 'membership',
			entityId: membership.id,
			changes: { organizationId: invitation.organizationId, role: membership.role, invitationId: invitation.id },
		})
		if (invitation.matchRequestId) {
			const request = await tx.matchRequest.findUnique({
				where: { id: invitation.matchRequestId },
				select: { id: true, title: true, status: true },
			})
			if (request && request.status !== 'closed') {
				await notifyHub(
					tx,
					request.id,
					{ kind: 'invitation.accepted', title: request.title, provider: invitation.organization.name },
					{ baseUrl },
				)
				await recordAudit(tx, {
					actorId: userId,
					action: 'request.invitationAccepted',
					entityType: 'request',
					entityId: request.id,
					changes: { organizationId: invitation.organizationId, invitationId: invitation.id },
				})
			}
		}
		return {
			kind: 'joined',
			organizationPath: listingPath({ type: 'organization', slug: invitation.organization.slug }),
		} as const
	})
}
