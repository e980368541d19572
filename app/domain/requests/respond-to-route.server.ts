import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import type { RouteEvent } from './lifecycle.ts'
import { notifyHub, notifyRequester } from './notify.server.ts'
import { nextRoutableCandidate } from './next-candidate.server.ts'
import { answersForProvider } from './request-access.ts'
import { RuleError } from '../rules.ts'
import { auditRoute, lockRoute, routeFacts, routeTransition } from './request-records.server.ts'

export const responseKinds = ['interested', 'declined', 'question'] as const
export type ResponseKind = (typeof responseKinds)[number]

const eventOf: Record<ResponseKind, RouteEvent> = {
	interested: 'express-interest',
	declined: 'decline',
	question: 'ask',
}

export interface RespondOptions {
	actor: Actor
	routeId: string
	kind: ResponseKind
	message?: string | null
	baseUrl: string
	now?: Date
}

/**
 * A provider answers a routed request. Interest and questions need the
 * confidentiality terms accepted first (they answer the full description); a
 * decline does not (the teaser can be enough to see it is not for them).
 * Coordinators hear of every answer, a decline naming the next candidate
 * that could be routed; the requester hears of interest and questions.
 */
export async function respondToRoute(options: RespondOptions): Promise<void> {
	const now = options.now ?? new Date()
	await prisma().$transaction(async (tx) => {
		const { request, route } = await lockRoute(tx, options.routeId)
		if (!answersForProvider(options.actor, routeFacts(route))) throw new RuleError('route-not-found')
		if (request.status === 'closed') throw new RuleError('transition-not-allowed')
		if (options.kind !== 'declined') {
			const accepted = await tx.termsAcceptance.count({ where: { routeId: route.id, userId: options.actor.userId } })
			if (!accepted) throw new RuleError('terms-not-accepted')
		}
		const status = routeTransition(route.status, eventOf[options.kind])
		const message = options.message?.trim() || null
		await tx.matchRoute.update({
			where: { id: route.id },
			data: { status, firstRespondedAt: route.firstRespondedAt ?? now, updatedAt: now },
		})
		await tx.matchResponse.create({
			data: { routeId: route.id, userId: options.actor.userId, kind: options.kind, message, createdAt: now },
		})
		await auditRoute(tx, options.actor, `route.${options.kind}`, route.id, { from: route.status, to: status })
		const notice = {
			kind: `route.answered.${options.kind}`,
			title: request.title,
			provider: route.providerListing.name,
			quote: message,
		} as const
		const context = { baseUrl: options.baseUrl, exceptUserId: options.actor.userId }
		const next = options.kind === 'declined' ? await nextRoutableCandidate(request.id, tx) : null
		await notifyHub(tx, request.id, next ? { ...notice, next: next.name } : notice, context)
		if (options.kind !== 'declined') await notifyRequester(tx, request, notice, context)
	})
}
