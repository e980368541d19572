import { prisma } from '~/utils/db.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { auditRequest, isUuid, lockRequest } from './request-records.server.ts'

/**
 * A coordinator adds a provider the ranking did not suggest (found through
 * search), or brings back one they removed. Only published listings can be
 * candidates, and never the requester itself.
 */
export async function addCandidate(options: { actor: Actor; requestId: string; listingId: string }) {
	assertCan(options.actor, 'request.triage')
	if (!isUuid(options.listingId)) throw new RuleError('candidate-not-found')
	await prisma().$transaction(async (tx) => {
		const request = await lockRequest(tx, options.requestId)
		if (request.status === 'draft' || request.status === 'closed') throw new RuleError('transition-not-allowed')
		const listing = await tx.listing.findUnique({
			where: { id: options.listingId },
			select: { id: true, status: true, mergedIntoId: true, organizationId: true },
		})
		if (!listing) throw new RuleError('candidate-not-found')
		if (listing.status !== 'published' || listing.mergedIntoId) throw new RuleError('provider-not-published')
		if (listing.id === request.organizationId || listing.organizationId === request.organizationId)
			throw new RuleError('own-request')
		await tx.matchCandidate.upsert({
			where: { requestId_listingId: { requestId: request.id, listingId: listing.id } },
			create: {
				requestId: request.id,
				listingId: listing.id,
				score: 0,
				reasons: [],
				source: 'added',
				addedById: options.actor.userId,
			},
			update: { removedAt: null },
		})
		await auditRequest(tx, options.actor, 'request.candidateAdded', request.id, { listingId: listing.id })
	})
}
