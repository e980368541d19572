import type { Prisma } from '~/generated/prisma/client.ts'
import type { ConfirmTokenPurpose, ListingType } from '~/generated/prisma/enums.ts'
import { queueMail } from '~/mail/queue-mail.server.ts'
import { mailTo } from '~/mail/recipient-locale.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { hashToken, newToken } from '../auth/session.server.ts'
import { providerResponders, type Recipient } from '../requests/notify.server.ts'
import { CAPACITY_WINDOWS_STALE_MONTHS, CONFIRM_LINK_DAYS } from './stale-rule.ts'

type Tx = Prisma.TransactionClient

export interface NudgedListing {
	id: string
	type: ListingType
	name: string
	organizationId: string | null
	ownerUserId: string | null
}

/**
 * The people who answer for a listing: an organisation's own members, a lab's
 * or facility's organisation's members, an expert's owner (and their
 * affiliation's members). The same people a match request's route reaches.
 */
export function listingResponders(tx: Tx, listing: NudgedListing): Promise<Recipient[]> {
	return providerResponders(tx, {
		organizationId: listing.type === 'organization' ? listing.id : listing.organizationId,
		ownerUserId: listing.ownerUserId,
	})
}

/** Where a member proposes a change to the listing (their sign-in comes first). */
export function editListingPath(listingId: string): string {
	return `/my-listings/${listingId}/edit`
}

/** Where a facility's people keep its suites and windows (their sign-in comes first). */
export function capacityEditorPath(listingId: string): string {
	return `/my-listings/${listingId}/capacity`
}

/** Where a link of this purpose sends someone who has something to change. */
export function changePathFor(purpose: ConfirmTokenPurpose, listingId: string): string {
	return purpose === 'capacity' ? capacityEditorPath(listingId) : editListingPath(listingId)
}

/**
 * Asks everyone who answers for the listing whether it is still accurate
 * (`purpose` listing) or whether a facility's suite windows are still right
 * (`purpose` capacity),
 * inside the caller's transaction: one single-use confirmation link per
 * person (only its hash is stored; a newer nudge replaces their older
 * unused link of the same purpose), the mail through the outbox, `nudgedAt`
 * (or `capacityNudgedAt`), and an audit entry.
 * Returns how many were asked; with nobody to ask nothing is written, and the
 * listing stays on the coordinators' list as one nobody was asked about.
 */
export async function nudgeListing(
	tx: Tx,
	listing: NudgedListing,
	options: { now: Date; baseUrl: string; actorId: string | null; purpose?: ConfirmTokenPurpose },
): Promise<number> {
	const purpose = options.purpose ?? 'listing'
	const recipients = await listingResponders(tx, listing)
	if (!recipients.length) return 0
	const names = await tx.user.findMany({
		where: { id: { in: recipients.map((recipient) => recipient.id) } },
		select: { id: true, name: true },
	})
	const nameOf = new Map(names.map((user) => [user.id, user.name]))
	const expiresAt = new Date(options.now.getTime() + CONFIRM_LINK_DAYS * 24 * 3600_000)
	await tx.listingConfirmToken.deleteMany({
		where: {
			listingId: listing.id,
			userId: { in: recipients.map((recipient) => recipient.id) },
			usedAt: null,
			purpose,
		},
	})
	for (const recipient of recipients) {
		const token = newToken()
		await tx.listingConfirmToken.create({
			data: {
				listingId: listing.id,
				userId: recipient.id,
				tokenHash: hashToken(token),
				expiresAt,
				createdAt: options.now,
				purpose,
			},
		})
		const question = {
			...mailTo(recipient),
			baseUrl: options.baseUrl,
			name: nameOf.get(recipient.id) ?? '',
			listingName: listing.name,
			token,
			editPath: changePathFor(purpose, listing.id),
		}
		if (purpose === 'capacity')
			await queueMail(tx, 'capacityNudge', { ...question, months: CAPACITY_WINDOWS_STALE_MONTHS })
		else await queueMail(tx, 'staleNudge', question)
	}
	// Asking changes nothing a reader sees: the listing's updatedAt (its "last updated", the sitemap's lastmod) stays.
	if (purpose === 'capacity')
		await tx.$executeRaw`UPDATE "Listing" SET "capacityNudgedAt" = ${options.now} WHERE "id" = ${listing.id}::uuid`
	else await tx.$executeRaw`UPDATE "Listing" SET "nudgedAt" = ${options.now} WHERE "id" = ${listing.id}::uuid`
	await recordAudit(tx, {
		actorId: options.actorId,
		action: purpose === 'capacity' ? 'capacity.nudged' : 'listing.nudged',
		entityType: 'listing',
		entityId: listing.id,
		changes: { asked: recipients.length },
	})
	return recipients.length
}
