import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { newsByRequest } from './request-news.server.ts'
import { waitingRoutesWhere } from './waiting-routes.server.ts'

/** What waits for a signed-in member, as the header's navigation and the member home both count it. */
export interface WaitingCounts {
	/** Open requests of their organisations with news they have not read. */
	requestsWithNews: number
	/** Routes in their inbox that wait for their side's answer. */
	routesWaiting: number
}

export async function waitingCounts(actor: Actor): Promise<WaitingCounts> {
	const where = waitingRoutesWhere(actor)
	const [news, routesWaiting] = await Promise.all([
		newsByRequest(actor),
		where ? prisma().matchRoute.count({ where }) : 0,
	])
	return { requestsWithNews: news.size, routesWaiting }
}
