import { assertCan, type Actor } from '../auth/permissions.ts'
import { decideRejection } from './reject-revision.server.ts'

/**
 * Rejects a pending revision as spam: nothing of it is published (a new
 * listing stays an unpublished draft, a published one keeps what it had),
 * no comment is owed to its author, and the author is told it was not
 * published through the outbox.
 */
export async function rejectAsSpam(input: { actor: Actor; revisionId: string; now?: Date }): Promise<{
	listingId: string
}> {
	assertCan(input.actor, 'revision.review')
	return decideRejection({ ...input, comment: null, spam: true })
}
