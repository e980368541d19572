import { prisma } from '~/utils/db.server.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import { hubCoordinators, notify, providerResponders, requestPaths } from './notify.server.ts'
import { lockRoute, routeTransition } from './request-records.server.ts'

const BATCH = 200

/**
 * Reminds providers who have not answered by the route's reminder date and
 * expires routes nobody answered by their expiry date, telling the
 * coordinators so they can route to someone else. Run by the background
 * work every few minutes; each route is one transaction under its lock with
 * its condition checked again, so overlapping runs (two processes, a retry)
 * neither remind twice nor expire an answered route.
 */
export async function processDueRoutes(options: {
	baseUrl: string
	now?: Date
}): Promise<{ reminded: number; expired: number }> {
	const now = options.now ?? new Date()
	let reminded = 0
	let expired = 0

	const dueReminders = await prisma().matchRoute.findMany({
		where: {
			status: 'routed',
			reminderSentAt: null,
			remindAt: { lte: now },
			OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
		},
		select: { id: true },
		orderBy: { remindAt: 'asc' },
		take: BATCH,
	})
	for (const { id } of dueReminders) {
		const sent = await prisma().$transaction(async (tx) => {
			const { request, route } = await lockRoute(tx, id)
			if (route.status !== 'routed' || route.reminderSentAt || request.status === 'closed') return false
			await tx.matchRoute.update({ where: { id: route.id }, data: { reminderSentAt: now } })
			await notify(
				tx,
				await providerResponders(tx, {
					organizationId: route.providerOrganizationId,
					ownerUserId: route.providerListing.ownerUserId,
				}),
				{
					kind: 'route.reminder',
					path: requestPaths.provider(route.id),
					title: request.title,
					provider: route.providerListing.name,
					quote: request.teaser,
				},
				{ baseUrl: options.baseUrl },
			)
			await recordAudit(tx, { actorId: null, action: 'route.reminded', entityType: 'route', entityId: route.id })
			return true
		})
		if (sent) reminded++
	}

	const dueExpiries = await prisma().matchRoute.findMany({
		where: { status: 'routed', expiresAt: { lte: now } },
		select: { id: true },
		orderBy: { expiresAt: 'asc' },
		take: BATCH,
	})
	for (const { id } of dueExpiries) {
		const done = await prisma().$transaction(async (tx) => {
			const { request, route } = await lockRoute(tx, id)
			if (route.status !== 'routed' || !route.expiresAt || route.expiresAt > now) return false
			await tx.matchRoute.update({
				where: { id: route.id },
				data: { status: routeTransition(route.status, 'expire'), updatedAt: now },
			})
			await notify(
				tx,
				await hubCoordinators(tx),
				{
					kind: 'route.expired',
					path: requestPaths.coordinator(request.id),
					title: request.title,
					provider: route.providerListing.name,
				},
				{ baseUrl: options.baseUrl },
			)
			await recordAudit(tx, { actorId: null, action: 'route.expired', entityType: 'route', entityId: route.id })
			return true
		})
		if (done) expired++
	}
	return { reminded, expired }
}
