import type { Actor } from '../auth/permissions.ts'
import { notificationsOf } from '../notifications/notifications-of.server.ts'
import { nextStep } from './next-step.server.ts'
import { openCallsForYou } from './open-calls-for-you.server.ts'
import { waitingCounts } from './waiting-counts.server.ts'
import { waitingRoutes } from './waiting-routes.server.ts'
import { yourRequests } from './your-requests.server.ts'

/** Everything the member home shows: what waits for the viewer, newest news, and what to do next. */
export async function memberHome(actor: Actor, now: Date = new Date()) {
	const [counts, requests, routes, openCalls, notifications, step] = await Promise.all([
		waitingCounts(actor),
		yourRequests(actor),
		waitingRoutes(actor),
		openCallsForYou(actor),
		notificationsOf(actor, 5),
		nextStep(actor, now),
	])
	return { counts, requests, routes, openCalls, notifications, nextStep: step }
}

export type MemberHome = Awaited<ReturnType<typeof memberHome>>
