import { queueMail } from '~/mail/queue-mail.server.ts'
import { mailTo } from '~/mail/recipient-locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { startOfTodayUtc } from '../listings/active-verification.ts'
import { hubCoordinators, type Recipient } from '../requests/notify.server.ts'
import { listingResponders } from '../stale/nudge-listing.server.ts'

/** How long before the evidence expires its provider and the coordinators are told (issue 15). */
export const EVIDENCE_REMINDER_DAYS = 30

const BATCH = 200

/**
 * The daily job: for every verification still in force whose evidence
 * expires within EVIDENCE_REMINDER_DAYS, mails the listing's people and the
 * hub's coordinators once (`remindedAt`, set by a conditional update in the
 * same transaction as the mails, so overlapping runs remind once).
 * Revoked and already expired verifications are never reminded of, nor
 * those of archived or merged listings.
 */
export async function remindExpiringEvidence(options: { baseUrl: string; now?: Date }): Promise<{ reminded: number }> {
	const now = options.now ?? new Date()
	const today = startOfTodayUtc(now)
	const horizon = new Date(today.getTime() + EVIDENCE_REMINDER_DAYS * 24 * 3600_000)
	const due = await prisma().verification.findMany({
		where: {
			revokedAt: null,
			remindedAt: null,
			expiresAt: { gte: today, lte: horizon },
			listing: { status: { not: 'archived' }, mergedIntoId: null },
		},
		select: { id: true },
		orderBy: { expiresAt: 'asc' },
		take: BATCH,
	})
	let reminded = 0
	for (const { id } of due) {
		const sent = await prisma().$transaction(async (tx) => {
			const claimed = await tx.verification.updateMany({
				where: { id, revokedAt: null, remindedAt: null },
				data: { remindedAt: now },
			})
			if (claimed.count !== 1) return false
			const verification = await tx.verification.findUniqueOrThrow({
				where: { id },
				select: {
					licenceCode: true,
					reference: true,
					expiresAt: true,
					listing: { select: { id: true, type: true, name: true, organizationId: true, ownerUserId: true } },
				},
			})
			const { listing } = verification
			const provider = await listingResponders(tx, listing)
			const coordinators = await hubCoordinators(tx)
			const mails: Array<{ recipient: Recipient; path: string }> = [
				...provider.map((recipient) => ({ recipient, path: '/my-listings' })),
				...coordinators
					.filter((coordinator) => !provider.some((recipient) => recipient.id === coordinator.id))
					.map((recipient) => ({ recipient, path: `/coordinator/listings/${listing.id}` })),
			]
			for (const { recipient, path } of mails) {
				await queueMail(tx, 'evidenceExpiring', {
					...mailTo(recipient),
					baseUrl: options.baseUrl,
					listingName: listing.name,
					licenceCode: verification.licenceCode,
					reference: verification.reference ?? '',
					expiresOn: (verification.expiresAt ?? today).toISOString().slice(0, 10),
					path,
				})
			}
			await recordAudit(tx, {
				actorId: null,
				action: 'listing.verification.reminded',
				entityType: 'listing',
				entityId: listing.id,
				changes: { verificationId: id, expiresAt: verification.expiresAt?.toISOString().slice(0, 10) ?? null },
			})
			return true
		})
		if (sent) reminded++
	}
	return { reminded }
}
