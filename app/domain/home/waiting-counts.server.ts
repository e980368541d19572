import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { requestPaths } from '../requests/notify.server.ts'
import { newsByRequest } from './request-news.server.ts'
import { waitingRoutesWhere } from './waiting-routes.server.ts'

const requesterPathPrefix = requestPaths.requester('')

/** What waits for a signed-in member, as the header's navigation and the member home both count it. */
export interface WaitingCounts {
	/** Open requests of their organisations with news they have not read. */
	requestsWithNews: number
	/** Routes in their inbox that wait for their side's answer. */
	routesWaiting: number
}

/**
 * `path` is the page being opened: the request whose page it is has no news
 * for the header, as that page marks its news read while the header is counted.
 */
export async function waitingCounts(actor: Actor, path?: string): Promise<WaitingCounts> {
	const where = waitingRoutesWhere(actor)
	const [news, routesWaiting] = await Promise.all([
		newsByRequest(actor),
		where ? prisma().matchRoute.count({ where }) : 0,
	])
	const reading = path?.startsWith(requesterPathPrefix) ? path.slice(requesterPathPrefix.length) : undefined
	return { requestsWithNews: news.size - (reading && news.has(reading) ? 1 : 0), routesWaiting }
}
