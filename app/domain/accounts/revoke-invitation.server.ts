import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'

/** Withdraws an invitation that has not been accepted; an id from another organisation matches nothing. */
export async function revokeInvitation(
	actor: Actor,
	organizationId: string,
	invitationId: string,
): Promise<{ kind: 'revoked' } | { kind: 'not-found' }> {
	assertCan(actor, 'organization.manageMembers', { organizationId })
	return prisma().$transaction(async (tx) => {
		const { count } = await tx.invitation.deleteMany({ where: { id: invitationId, organizationId, acceptedAt: null } })
		if (!count) return { kind: 'not-found' } as const
		await recordAudit(tx, {
			actorId: actor.userId,
			action: 'membership.invitationRevoked',
			entityType: 'invitation',
			entityId: invitationId,
			changes: { organizationId },
		})
		return { kind: 'revoked' } as const
	})
}
