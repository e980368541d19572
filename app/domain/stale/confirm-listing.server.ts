import type { Prisma } from '~/generated/prisma/client.ts'
import type { ConfirmTokenPurpose } from '~/generated/prisma/enums.ts'
import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { hashToken } from '../auth/session.server.ts'
import { RuleError } from '../rules.ts'
import { changePathFor, listingResponders } from './nudge-listing.server.ts'

// The "still accurate?" link of a nudge mail. Opening it shows a page with a
// button (reading uses nothing up: mail scanners open links); the button's
// POST confirms. The token is the only credential: it names one person and
// one listing, works once and until it expires, and only while that person
// still answers for the listing. A link about a facility's capacity windows
// (purpose capacity) confirms the windows only, a listing's link the listing
// only: each has its own period and its own question.

function usableWhere(token: string, now: Date): Prisma.ListingConfirmTokenWhereInput {
	return { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } }
}

export interface ConfirmationPage {
	listingName: string
	editPath: string
	purpose: ConfirmTokenPurpose
}

/** What the link's page shows, or null when the link does not work (used, expired, unknown). */
export async function confirmationFor(token: string, now: Date = new Date()): Promise<ConfirmationPage | null> {
	if (!token) return null
	const row = await prisma().listingConfirmToken.findFirst({
		where: { ...usableWhere(token, now), listing: { status: 'published', mergedIntoId: null } },
		select: { purpose: true, listing: { select: { id: true, name: true } } },
	})
	return row
		? { listingName: row.listing.name, editPath: changePathFor(row.purpose, row.listing.id), purpose: row.purpose }
		: null
}

/**
 * Confirms the listing is still accurate: sets `confirmedAt` (which takes it
 * off the stale list for a whole period), uses up this link and every other
 * unused link about the listing, and records who confirmed. A capacity link
 * sets `capacityCurrentAt` instead (the windows count as current again) and
 * uses up the other capacity links. The conditional update makes the link
 * single-use even when two clicks race.
 */
export async function confirmListing(input: {
	token: string
	now?: Date
}): Promise<{ listingName: string; purpose: ConfirmTokenPurpose }> {
	const now = input.now ?? new Date()
	if (!input.token) throw new RuleError('confirm-link-invalid')
	return prisma().$transaction(async (tx) => {
		const used = await tx.listingConfirmToken.updateMany({
			where: usableWhere(input.token, now),
			data: { usedAt: now },
		})
		if (used.count !== 1) throw new RuleError('confirm-link-invalid')
		const { userId, purpose, listing } = await tx.listingConfirmToken.findUniqueOrThrow({
			where: { tokenHash: hashToken(input.token) },
			select: {
				userId: true,
				purpose: true,
				listing: {
					select: {
						id: true,
						type: true,
						name: true,
						status: true,
						mergedIntoId: true,
						organizationId: true,
						ownerUserId: true,
					},
				},
			},
		})
		if (listing.status !== 'published' || listing.mergedIntoId) throw new RuleError('confirm-link-invalid')
		// Someone who left the organisation since the mail no longer speaks for its listings.
		const responders = await listingResponders(tx, listing)
		if (!responders.some((responder) => responder.id === userId)) throw new RuleError('confirm-link-invalid')
		// Confirming changes nothing a reader sees, so updatedAt stays.
		if (purpose === 'capacity')
			await tx.$executeRaw`UPDATE "Listing" SET "capacityCurrentAt" = ${now} WHERE "id" = ${listing.id}::uuid`
		else await tx.$executeRaw`UPDATE "Listing" SET "confirmedAt" = ${now} WHERE "id" = ${listing.id}::uuid`
		await tx.listingConfirmToken.updateMany({
			where: { listingId: listing.id, usedAt: null, purpose },
			data: { usedAt: now },
		})
		await recordAudit(tx, {
			actorId: userId,
			action: purpose === 'capacity' ? 'capacity.confirmed' : 'listing.confirmed',
			entityType: 'listing',
			entityId: listing.id,
			changes: {},
		})
		return { listingName: listing.name, purpose }
	})
}
