import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { requestPaths } from '../requests/notify.server.ts'

/**
 * Opening their request's page is reading its news: the person's unread
 * notifications that point there (answers, questions, messages) are marked
 * read, so the home's "new answers" and the header's count clear as they
 * would on /notifications. Only the caller knows the person may see the page.
 */
export async function markRequestNewsRead(
	actor: Pick<Actor, 'userId'>,
	requestId: string,
	now: Date = new Date(),
): Promise<number> {
	const { count } = await prisma().notification.updateMany({
		where: {
			userId: actor.userId,
			readAt: null,
			payload: { path: ['path'], equals: requestPaths.requester(requestId) },
		},
		data: { readAt: now },
	})
	return count
}
