import { prisma } from '~/utils/db.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { RuleError } from '../rules.ts'
import { auditRequest, isUuid, lockRequest } from './request-records.server.ts'

/** A coordinator sets a candidate aside; it stays on record (with its reasons) and can be added back. */
export async function removeCandidate(options: { actor: Actor; requestId: string; listingId: string }) {
	assertCan(options.actor, 'request.triage')
	if (!isUuid(options.listingId)) throw new RuleError('candidate-not-found')
	await prisma().$transaction(async (tx) => {
		const request = await lockRequest(tx, options.requestId)
		const removed = await tx.matchCandidate.updateMany({
			where: { requestId: request.id, listingId: options.listingId, removedAt: null },
			data: { removedAt: new Date() },
		})
		if (removed.count === 0) throw new RuleError('candidate-not-found')
		await auditRequest(tx, options.actor, 'request.candidateRemoved', request.id, {
			listingId: options.listingId,
		})
	})
}
