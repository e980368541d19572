import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { unansweredRouteStatuses } from '../requests/lifecycle.ts'
import { answerableRoutesWhere, iso } from '../requests/request-views.server.ts'

/**
 * Routes in the viewer's inbox that wait for their side: nobody has answered
 * yet (the same statuses the inbox marks as waiting and reminders chase).
 * Unconfirmed accounts answer nothing, as in the inbox.
 */
export function waitingRoutesWhere(actor: Actor): Prisma.MatchRouteWhereInput | null {
	if (!actor.emailVerified) return null
	return { ...answerableRoutesWhere(actor), status: { in: [...unansweredRouteStatuses] } }
}

export interface WaitingRoute {
	id: string
	title: string
	providerName: string
	routedAt: string
	expiresAt: string | null
	/** What the viewer does next: read the terms first, or give the answer. */
	step: 'accept-terms' | 'answer'
}

/** The waiting routes, the ones that expire first at the top. */
export async function waitingRoutes(actor: Actor, limit = 10): Promise<WaitingRoute[]> {
	const where = waitingRoutesWhere(actor)
	if (!where) return []
	const routes = await prisma().matchRoute.findMany({
		where,
		orderBy: [{ expiresAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
		take: limit,
		select: {
			id: true,
			createdAt: true,
			expiresAt: true,
			request: { select: { title: true } },
			providerListing: { select: { name: true } },
			termsAcceptances: { where: { userId: actor.userId }, select: { id: true }, take: 1 },
		},
	})
	return routes.map((route) => ({
		id: route.id,
		title: route.request.title,
		providerName: route.providerListing.name,
		routedAt: route.createdAt.toISOString(),
		expiresAt: iso(route.expiresAt),
		step: route.termsAcceptances.length ? 'answer' : 'accept-terms',
	}))
}
