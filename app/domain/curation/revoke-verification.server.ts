import { listingChanged } from '~/outbox/topics.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { ListingRuleError } from '../listings/listing-errors.ts'

/** Withdraws one verification now (evidence found wrong, licence withdrawn); the row stays as history. */
export async function revokeVerification(input: {
	actor: Actor
	verificationId: string
	/** The listing the page is about: another listing's verification is not found from there. */
	listingId?: string
	now?: Date
}): Promise<{ listingId: string }> {
	assertCan(input.actor, 'listing.verify')
	const now = input.now ?? new Date()
	return prisma().$transaction(async (tx) => {
		const verification = await tx.verification.findUnique({
			where: { id: input.verificationId },
			select: { listingId: true, licenceCode: true, reference: true },
		})
		if (!verification || (input.listingId && verification.listingId !== input.listingId)) {
			throw new ListingRuleError('verification-not-found')
		}
		const revoked = await tx.verification.updateMany({
			where: { id: input.verificationId, revokedAt: null },
			data: { revokedAt: now },
		})
		if (revoked.count === 0) throw new ListingRuleError('verification-already-revoked')
		await listingChanged(tx, verification.listingId)
		await recordAudit(tx, {
			actorId: input.actor.userId,
			action: 'listing.verification.revoked',
			entityType: 'listing',
			entityId: verification.listingId,
			changes: {
				verificationId: input.verificationId,
				licenceCode: verification.licenceCode,
				reference: verification.reference,
			},
		})
		return { listingId: verification.listingId }
	})
}
