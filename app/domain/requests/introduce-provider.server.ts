import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { notifyHub, notifyProvider, notifyRequester } from './notify.server.ts'
import { actsForRequester } from './request-access.ts'
import { RuleError } from '../rules.ts'
import { auditRoute, lockRoute, requestTransition, routeTransition } from './request-records.server.ts'

/**
 * The requester accepts an interested provider: the introduction. From now
 * on both sides see each other's contact details and share a message thread
 * (coordinators can read it). Under the request's row lock a second click,
 * or a second tab, finds the route already introduced and changes nothing.
 */
export async function introduceProvider(options: {
	actor: Actor
	routeId: string
	baseUrl: string
	now?: Date
}): Promise<{ requestId: string; alreadyIntroduced: boolean }> {
	const now = options.now ?? new Date()
	return prisma().$transaction(async (tx) => {
		const { request, route } = await lockRoute(tx, options.routeId)
		if (!actsForRequester(options.actor, request)) throw new RuleError('route-not-found')
		if (route.status === 'introduced') return { requestId: request.id, alreadyIntroduced: true }
		const routeStatus = routeTransition(route.status, 'introduce')
		const requestStatus = requestTransition(request.status, 'introduce')
		await tx.matchRoute.update({
			where: { id: route.id },
			data: { status: routeStatus, introducedAt: now, updatedAt: now },
		})
		await tx.matchRequest.update({ where: { id: request.id }, data: { status: requestStatus, updatedAt: now } })
		await auditRoute(tx, options.actor, 'route.introduced', route.id, { requestId: request.id })
		const notice = { kind: 'introduction.made', title: request.title, provider: route.providerListing.name } as const
		const context = { baseUrl: options.baseUrl, exceptUserId: options.actor.userId }
		await notifyProvider(tx, route, notice, context)
		await notifyRequester(tx, request, notice, context)
		await notifyHub(tx, request.id, notice, context)
		return { requestId: request.id, alreadyIntroduced: false }
	})
}
