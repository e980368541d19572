import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'

export type RemoveMemberResult = { kind: 'removed'; userId: string } | { kind: 'not-found' } | { kind: 'last-admin' }

/**
 * Removes someone from an organisation, never its last admin. The
 * organisation's memberships are locked first, so two admins removing each
 * other at the same moment cannot leave it with none.
 */
export async function removeMember(
	actor: Actor,
	organizationId: string,
	membershipId: string,
): Promise<RemoveMemberResult> {
	assertCan(actor, 'organization.manageMembers', { organizationId })
	return prisma().$transaction(async (tx) => {
		const locked = await tx.$queryRaw<Array<{ id: string; userId: string; role: string }>>`
			SELECT "id"::text AS "id", "userId"::text AS "userId", "role"::text AS "role" FROM "Membership"
			WHERE "organizationId" = ${organizationId}::uuid FOR UPDATE`
		const target = locked.find((membership) => membership.id === membershipId)
		if (!target) return { kind: 'not-found' } as const
		const admins = locked.filter((membership) => membership.role === 'admin').length
		if (target.role === 'admin' && admins <= 1) return { kind: 'last-admin' } as const
		await tx.membership.delete({ where: { id: membershipId } })
		await recordAudit(tx, {
			actorId: actor.userId,
			action: 'membership.removed',
			entityType: 'membership',
			entityId: membershipId,
			changes: { organizationId, role: target.role },
		})
		return { kind: 'removed', userId: target.userId } as const
	})
}
