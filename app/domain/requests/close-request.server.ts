import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { openRouteStatuses } from './lifecycle.ts'
import { notifyProvider } from './notify.server.ts'
import { actsForRequester } from './request-access.ts'
import { RuleError } from '../rules.ts'
import type { CloseFormInput } from './request-form-schema.ts'
import { auditRequest, lockRequest, requestTransition, routeTransition } from './request-records.server.ts'

/**
 * The requester closes the request with its outcome and, optionally,
 * feedback on each provider. Routes still waiting end as "withdrawn" and the
 * providers behind them are told, so nobody keeps working on it.
 */
export async function closeRequest(
	options: CloseFormInput & { actor: Actor; requestId: string; baseUrl: string; now?: Date },
): Promise<void> {
	const now = options.now ?? new Date()
	await prisma().$transaction(async (tx) => {
		const request = await lockRequest(tx, options.requestId)
		if (!actsForRequester(options.actor, request)) throw new RuleError('request-not-found')
		const status = requestTransition(request.status, 'close')
		const routes = await tx.matchRoute.findMany({
			where: { requestId: request.id },
			include: { providerListing: { select: { name: true, ownerUserId: true } } },
		})
		const feedback = new Map(options.feedback.map((entry) => [entry.routeId, entry]))
		for (const route of routes) {
			const given = feedback.get(route.id)
			const open = openRouteStatuses.includes(route.status)
			if (!open && !given) continue
			await tx.matchRoute.update({
				where: { id: route.id },
				data: {
					...(open ? { status: routeTransition(route.status, 'withdraw') } : {}),
					...(given ? { feedbackRating: given.rating ?? null, feedbackComment: given.comment ?? null } : {}),
					updatedAt: now,
				},
			})
			if (open)
				await notifyProvider(tx, route, { kind: 'request.closed', title: request.title }, { baseUrl: options.baseUrl })
		}
		await tx.matchRequest.update({
			where: { id: request.id },
			data: {
				status,
				outcome: options.outcome,
				outcomeNote: options.outcomeNote ?? null,
				closedAt: now,
				updatedAt: now,
			},
		})
		await auditRequest(tx, options.actor, 'request.closed', request.id, {
			outcome: options.outcome,
			feedback: options.feedback.length,
		})
	})
}
