import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { threadOpen } from './lifecycle.ts'
import { notifyHub, notifyProvider, notifyRequester } from './notify.server.ts'
import { actsForRequester, answersForProvider, canTriage } from './request-access.ts'
import { RuleError } from '../rules.ts'
import { lockRoute, routeFacts } from './request-records.server.ts'
import { requestLimits } from './request-form-schema.ts'

export type ThreadSide = 'requester' | 'provider' | 'hub'

/**
 * A message on a route's thread: between requester and provider once the
 * provider asked a question or showed interest, and after the introduction;
 * coordinators read along and may write too. Providers write only after
 * accepting the confidentiality terms (they are answering the full text).
 */
export async function postMessage(options: {
	actor: Actor
	routeId: string
	/** The request the page is about: a route of another request is not found from there. */
	requestId?: string
	body: string
	baseUrl: string
	now?: Date
}): Promise<{ side: ThreadSide }> {
	const body = options.body.trim()
	if (!body || body.length > requestLimits.message) throw new RuleError('message-invalid', 'body')
	return prisma().$transaction(async (tx) => {
		const { request, route } = await lockRoute(tx, options.routeId)
		if (options.requestId && request.id !== options.requestId) throw new RuleError('route-not-found')
		const facts = routeFacts(route)
		const side: ThreadSide | null = actsForRequester(options.actor, request)
			? 'requester'
			: answersForProvider(options.actor, facts)
				? 'provider'
				: canTriage(options.actor)
					? 'hub'
					: null
		if (!side) throw new RuleError('route-not-found')
		if (side === 'provider') {
			const accepted = await tx.termsAcceptance.count({ where: { routeId: route.id, userId: options.actor.userId } })
			if (!accepted) throw new RuleError('terms-not-accepted')
		}
		if (!threadOpen(route.status) || request.status === 'closed') throw new RuleError('thread-closed')
		await tx.matchMessage.create({
			data: { routeId: route.id, authorId: options.actor.userId, body, createdAt: options.now ?? new Date() },
		})
		const notice = { kind: 'thread.message', title: request.title, provider: route.providerListing.name } as const
		const context = { baseUrl: options.baseUrl, exceptUserId: options.actor.userId }
		if (side !== 'provider') await notifyProvider(tx, route, notice, context)
		if (side !== 'requester') await notifyRequester(tx, request, notice, context)
		// Coordinators follow threads on the triage page; a mail for every message would drown them.
		if (side !== 'hub' && route.status !== 'introduced') await notifyHub(tx, request.id, notice, context)
		return { side }
	})
}
