import { queueMail } from '~/mail/queue-mail.server.ts'
import { mailTo } from '~/mail/recipient-locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { listingPath } from '../directory/types.ts'
import { notifyPerson } from '../notifications/notify-person.server.ts'
import type { DecideClaimInput } from './schemas.ts'

export type DecideClaimResult = { kind: 'approved' } | { kind: 'rejected' } | { kind: 'already-decided' }

/**
 * A coordinator approves or rejects a pending claim. Approval makes the
 * claimant an admin of the organisation. The claimant hears either way, in
 * the portal and by mail as their notification settings say.
 */
export async function decideClaim(
	actor: Actor,
	input: DecideClaimInput,
	context: { baseUrl: string; now?: Date },
): Promise<DecideClaimResult> {
	assertCan(actor, 'claim.review')
	const now = context.now ?? new Date()
	const approved = input.decision === 'approve'
	return prisma().$transaction(async (tx) => {
		// Conditional: two coordinators deciding at once cannot both win.
		const { count } = await tx.organizationClaim.updateMany({
			where: { id: input.claimId, status: 'pending' },
			data: {
				status: approved ? 'approved' : 'rejected',
				decidedById: actor.userId,
				decidedAt: now,
				decisionNote: input.note || null,
			},
		})
		if (!count) return { kind: 'already-decided' } as const
		const claim = await tx.organizationClaim.findUniqueOrThrow({
			where: { id: input.claimId },
			select: {
				userId: true,
				organizationId: true,
				organization: { select: { name: true, slug: true } },
				user: { select: { email: true, preferredLocale: true } },
			},
		})
		if (approved) {
			await tx.membership.upsert({
				where: { userId_organizationId: { userId: claim.userId, organizationId: claim.organizationId } },
				create: { userId: claim.userId, organizationId: claim.organizationId, role: 'admin', createdAt: now },
				update: { role: 'admin' },
			})
		}
		const organizationPath = listingPath({ type: 'organization', slug: claim.organization.slug })
		const { mail } = await notifyPerson(tx, claim.userId, {
			kind: approved ? 'claim.approved' : 'claim.rejected',
			path: approved ? `${organizationPath}/members` : organizationPath,
			title: claim.organization.name,
		})
		if (mail) {
			await queueMail(tx, 'claimDecision', {
				...mailTo(claim.user),
				baseUrl: context.baseUrl,
				organizationName: claim.organization.name,
				organizationPath,
				approved,
				note: input.note || null,
			})
		}
		await recordAudit(tx, {
			actorId: actor.userId,
			action: approved ? 'claim.approved' : 'claim.rejected',
			entityType: 'claim',
			entityId: input.claimId,
			changes: { organizationId: claim.organizationId },
		})
		return { kind: approved ? 'approved' : 'rejected' } as const
	})
}
