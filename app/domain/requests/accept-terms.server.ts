import { prisma } from '~/utils/db.server.ts'
import type { Actor } from '../auth/permissions.ts'
import { answersForProvider } from './request-access.ts'
import { RuleError } from '../rules.ts'
import { auditRoute, lockRoute, routeFacts } from './request-records.server.ts'

/** The version of the hub's confidentiality terms people accept; a new text gets a new version. */
export const CONFIDENTIALITY_TERMS_VERSION = 'hub-confidentiality-2026-11'

/**
 * A person who answers for a routed provider accepts the hub's
 * confidentiality terms, which unlocks the request's full description for
 * them. Recorded once per person and route, with when; accepting again
 * changes nothing.
 */
export async function acceptTerms(options: { actor: Actor; routeId: string; now?: Date }): Promise<void> {
	await prisma().$transaction(async (tx) => {
		const { route } = await lockRoute(tx, options.routeId)
		// Someone who may not answer learns nothing, not even that the route exists.
		if (!answersForProvider(options.actor, routeFacts(route))) throw new RuleError('route-not-found')
		const existing = await tx.termsAcceptance.findUnique({
			where: { routeId_userId: { routeId: route.id, userId: options.actor.userId } },
		})
		if (existing) return
		await tx.termsAcceptance.create({
			data: {
				routeId: route.id,
				userId: options.actor.userId,
				termsVersion: CONFIDENTIALITY_TERMS_VERSION,
				acceptedAt: options.now ?? new Date(),
			},
		})
		await auditRoute(tx, options.actor, 'route.termsAccepted', route.id, {
			termsVersion: CONFIDENTIALITY_TERMS_VERSION,
		})
	})
}
