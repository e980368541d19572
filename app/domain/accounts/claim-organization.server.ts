import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { belongsTo, type Actor } from '../auth/permissions.ts'
import type { ClaimOrganizationInput } from './schemas.ts'

export type ClaimStanding =
	/** May claim now. */
	'open' | 'unverified' | 'member' | 'pending'

/** Whether this user may claim the organisation, and if not, why not. */
export async function claimStanding(actor: Actor, organizationId: string): Promise<ClaimStanding> {
	if (!actor.emailVerified) return 'unverified'
	if (belongsTo(actor, organizationId)) return 'member'
	const pending = await prisma().organizationClaim.count({
		where: { organizationId, userId: actor.userId, status: 'pending' },
	})
	return pending ? 'pending' : 'open'
}

export type ClaimOrganizationResult =
	{ kind: 'submitted' } | { kind: 'not-allowed'; standing: Exclude<ClaimStanding, 'open'> }

/** "This is my organisation": a pending claim that a coordinator approves or rejects (decide-claim.server.ts). */
export async function claimOrganization(
	actor: Actor,
	organizationId: string,
	input: ClaimOrganizationInput,
	now = new Date(),
): Promise<ClaimOrganizationResult> {
	return prisma().$transaction(async (tx) => {
		// One claim per person and organisation at a time, even for a double-submitted form.
		await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`claim:${actor.userId}:${organizationId}`}))`
		if (!actor.emailVerified) return { kind: 'not-allowed', standing: 'unverified' } as const
		const membership = await tx.membership.count({ where: { organizationId, userId: actor.userId } })
		if (membership) return { kind: 'not-allowed', standing: 'member' } as const
		const pending = await tx.organizationClaim.count({
			where: { organizationId, userId: actor.userId, status: 'pending' },
		})
		if (pending) return { kind: 'not-allowed', standing: 'pending' } as const
		const claim = await tx.organizationClaim.create({
			data: { organizationId, userId: actor.userId, message: input.message, createdAt: now },
			select: { id: true },
		})
		await recordAudit(tx, {
			actorId: actor.userId,
			action: 'claim.submitted',
			entityType: 'claim',
			entityId: claim.id,
			changes: { organizationId },
		})
		return { kind: 'submitted' } as const
	})
}
