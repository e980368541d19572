import { listingChanged } from '~/outbox/topics.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { fieldIssues } from '../messages.ts'
import { RuleError } from '../rules.ts'
import { lockedListing } from '../listings/listing-writes.server.ts'
import { dateFromIsoDate } from '../listings/to-database.ts'
import { verificationEvidenceSchema } from './curation-forms.ts'

export interface VerifyListingInput {
	actor: Actor
	listingId: string
	/** { licenceCode?: licence code or "" for a general check, reference, expiresAt?: "YYYY-MM-DD", public?: shown to visitors } */
	evidence: unknown
	now?: Date
}

function todayUtc(now: Date): string {
	return now.toISOString().slice(0, 10)
}

/** Midnight UTC after a date-only expiry: the first moment it no longer holds. */
function dayAfter(date: Date): Date {
	return new Date(date.getTime() + 24 * 3600_000)
}

/**
 * Records the evidence a coordinator checked. The badge shows while an
 * unrevoked verification has not expired: up to and including its expiry
 * date (activeVerificationWhere), then it disappears without anyone acting.
 */
export async function verifyListing(input: VerifyListingInput): Promise<{ verificationId: string }> {
	assertCan(input.actor, 'listing.verify')
	const parsed = verificationEvidenceSchema.safeParse(input.evidence)
	if (!parsed.success) throw RuleError.invalid(fieldIssues(parsed.error))
	const evidence = parsed.data
	const now = input.now ?? new Date()
	if (evidence.expiresAt && evidence.expiresAt < todayUtc(now)) throw new RuleError('expiry-in-past', 'expiresAt')
	return prisma().$transaction(async (tx) => {
		const listing = await lockedListing(tx, input.listingId, { mergedIntoId: true })
		if (listing.mergedIntoId) throw new RuleError('listing-merged')
		const verification = await tx.verification.create({
			data: {
				listingId: input.listingId,
				licenceCode: evidence.licenceCode ?? null,
				reference: evidence.reference,
				expiresAt: evidence.expiresAt ? dateFromIsoDate(evidence.expiresAt) : null,
				public: evidence.public,
				verifiedById: input.actor.userId,
				createdAt: now,
			},
			select: { id: true, expiresAt: true },
		})
		await listingChanged(tx, input.listingId)
		// The badge goes at the end of the expiry day (UTC): the index learns it then, not at the next reconcile.
		if (verification.expiresAt)
			await listingChanged(tx, input.listingId, { availableAt: dayAfter(verification.expiresAt) })
		await recordAudit(tx, {
			actorId: input.actor.userId,
			action: 'listing.verified',
			entityType: 'listing',
			entityId: input.listingId,
			changes: {
				verificationId: verification.id,
				licenceCode: evidence.licenceCode ?? null,
				reference: evidence.reference,
				expiresAt: evidence.expiresAt ?? null,
				public: evidence.public,
			},
		})
		return { verificationId: verification.id }
	})
}
