import { prisma } from '~/utils/db.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { listingChangedBy } from '../listings/listing-writes.server.ts'
import { RuleError } from '../rules.ts'

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
			throw new RuleError('verification-not-found')
		}
		const revoked = await tx.verification.updateMany({
			where: { id: input.verificationId, revokedAt: null },
			data: { revokedAt: now },
		})
		if (revoked.count === 0) throw new RuleError('verification-already-revoked')
		await listingChangedBy(tx, input.actor, { id: verification.listingId }, 'listing.verification.revoked', {
			verificationId: input.verificationId,
			licenceCode: verification.licenceCode,
			reference: verification.reference,
		})
		return { listingId: verification.listingId }
	})
}
