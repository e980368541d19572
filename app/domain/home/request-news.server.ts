import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { requestPaths } from '../requests/notify.server.ts'
import { isUuid } from '../requests/request-records.server.ts'

/** The requests of the viewer's organisations that are still under way (drafts included): closed ones wait for nobody. */
export function openRequestsWhere(actor: Actor): Prisma.MatchRequestWhereInput {
	return {
		organizationId: { in: actor.memberships.map((membership) => membership.organizationId) },
		status: { not: 'closed' },
	}
}

const requesterPathPrefix = requestPaths.requester('')

/**
 * What is new on each open request of the viewer: their unread notifications
 * that point to its page (answers, questions, messages, introductions), by
 * request id. The notifications are the read model people already clear on
 * /notifications, so "new" here and there never disagree.
 */
export async function newsByRequest(actor: Actor): Promise<Map<string, number>> {
	if (!actor.memberships.length) return new Map()
	const unread = await prisma().notification.findMany({
		where: { userId: actor.userId, readAt: null, payload: { path: ['path'], string_starts_with: requesterPathPrefix } },
		select: { payload: true },
	})
	const counts = new Map<string, number>()
	for (const { payload } of unread) {
		const path = (payload as { path?: unknown } | null)?.path
		if (typeof path !== 'string') continue
		const requestId = path.slice(requesterPathPrefix.length)
		counts.set(requestId, (counts.get(requestId) ?? 0) + 1)
	}
	if (!counts.size) return counts
	const open = await prisma().matchRequest.findMany({
		where: { id: { in: [...counts.keys()].filter(isUuid) }, ...openRequestsWhere(actor) },
		select: { id: true },
	})
	return new Map(open.map(({ id }) => [id, counts.get(id) ?? 0]))
}
