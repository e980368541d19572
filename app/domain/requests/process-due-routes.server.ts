import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import { nextRoutableCandidate } from './next-candidate.server.ts'
import { notifyHub, notifyProvider } from './notify.server.ts'
import { auditRoute, lockRoute, routeTransition } from './request-records.server.ts'

const BATCH = 200

/**
 * Reminds providers who have not answered by the route's reminder date and
 * expires routes nobody answered by their expiry date, telling the
 * coordinators so they can route to someone else (the mail names whom). Run by the background
 * work every few minutes; each route is one transaction under its lock with
 * its condition checked again, so overlapping runs (two processes, a retry)
 * neither remind twice nor expire an answered route.
 */
export async function processDueRoutes(options: {
	baseUrl: string
	now?: Date
}): Promise<{ reminded: number; expired: number }> {
	const now = options.now ?? new Date()
	const context = { baseUrl: options.baseUrl }

	const reminded = await eachDueRoute(
		{
			status: 'routed',
			reminderSentAt: null,
			remindAt: { lte: now },
			OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
		},
		{ remindAt: 'asc' },
		async (tx, { request, route }) => {
			if (route.status !== 'routed' || route.reminderSentAt || request.status === 'closed') return false
			await tx.matchRoute.update({ where: { id: route.id }, data: { reminderSentAt: now } })
			await notifyProvider(
				tx,
				route,
				{ kind: 'route.reminder', title: request.title, provider: route.providerListing.name, quote: request.teaser },
				context,
			)
			await auditRoute(tx, null, 'route.reminded', route.id)
			return true
		},
	)

	const expired = await eachDueRoute(
		{ status: 'routed', expiresAt: { lte: now } },
		{ expiresAt: 'asc' },
		async (tx, { request, route }) => {
			if (route.status !== 'routed' || !route.expiresAt || route.expiresAt > now) return false
			await tx.matchRoute.update({
				where: { id: route.id },
				data: { status: routeTransition(route.status, 'expire'), updatedAt: now },
			})
			const next = await nextRoutableCandidate(request.id, tx)
			await notifyHub(
				tx,
				request.id,
				{ kind: 'route.expired', title: request.title, provider: route.providerListing.name, next: next?.name },
				context,
			)
			await auditRoute(tx, null, 'route.expired', route.id)
			return true
		},
	)
	return { reminded, expired }
}

/**
 * Runs the step on each route the query finds (a batch at most), each in its
 * own transaction with the route locked; the step says whether it still had
 * something to do. Returns how many did.
 */
async function eachDueRoute(
	where: Prisma.MatchRouteWhereInput,
	orderBy: Prisma.MatchRouteOrderByWithRelationInput,
	step: (tx: Prisma.TransactionClient, locked: Awaited<ReturnType<typeof lockRoute>>) => Promise<boolean>,
): Promise<number> {
	const due = await prisma().matchRoute.findMany({ where, select: { id: true }, orderBy, take: BATCH })
	let done = 0
	for (const { id } of due) {
		if (await prisma().$transaction(async (tx) => step(tx, await lockRoute(tx, id)))) done++
	}
	return done
}
