import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { fieldIssues } from '../messages.ts'
import { RuleError } from '../rules.ts'
import { rejectRevisionSchema } from './curation-forms.ts'
import { queueReviewOutcomeMail } from './review-mail.server.ts'

export interface RejectRevisionInput {
	actor: Actor
	revisionId: string
	/** Why; required, shown to the author on /my-listings and in the e-mail. */
	comment: unknown
	now?: Date
}

/**
 * Sends a pending revision back with a comment. The listing itself keeps
 * what it had: a published listing stays published as it was, and a new
 * listing goes back to `draft` until its author resubmits.
 */
export async function rejectRevision(input: RejectRevisionInput): Promise<{ listingId: string }> {
	assertCan(input.actor, 'revision.review')
	const parsed = rejectRevisionSchema.safeParse({ comment: input.comment })
	if (!parsed.success) throw RuleError.invalid(fieldIssues(parsed.error))
	return decideRejection({ ...input, comment: parsed.data.comment, spam: false })
}

/**
 * A rejection as it is recorded: the revision is claimed while still
 * pending (a second decision is refused), a new listing goes back to draft,
 * and the author is told through the outbox, so the mail exists exactly when
 * the decision committed.
 */
export async function decideRejection(input: {
	actor: Actor
	revisionId: string
	comment: string | null
	spam: boolean
	now?: Date
}): Promise<{ listingId: string }> {
	const { comment, spam } = input
	const now = input.now ?? new Date()
	return prisma().$transaction(async (tx) => {
		const claimed = await tx.listingRevision.updateMany({
			where: { id: input.revisionId, status: 'pending' },
			data: { status: 'rejected', reviewerId: input.actor.userId, reviewComment: comment, decidedAt: now },
		})
		if (claimed.count === 0) {
			const exists = await tx.listingRevision.count({ where: { id: input.revisionId } })
			throw new RuleError(exists ? 'revision-already-decided' : 'revision-not-found')
		}
		const revision = await tx.listingRevision.findUniqueOrThrow({
			where: { id: input.revisionId },
			select: { authorId: true, payload: true, listing: { select: { id: true, name: true, status: true } } },
		})
		const { listing } = revision
		if (listing.status === 'pending_review') {
			await tx.listing.update({ where: { id: listing.id }, data: { status: 'draft', updatedAt: now } })
		}
		await recordAudit(tx, {
			actorId: input.actor.userId,
			action: 'revision.rejected',
			entityType: 'listing',
			entityId: listing.id,
			changes: { revisionId: input.revisionId, comment, ...(spam ? { spam } : {}) },
		})
		const proposedName = (revision.payload as { name?: unknown } | null)?.name
		await queueReviewOutcomeMail(tx, {
			authorId: revision.authorId,
			listingName: typeof proposedName === 'string' ? proposedName : listing.name,
			approved: false,
			spam,
			comment,
		})
		return { listingId: listing.id }
	})
}
