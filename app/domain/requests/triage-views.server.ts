// What the hub's coordinators see of match requests: the triage queue, one
// request with its suggestions and routes, and the matchmaking numbers. Like
// request-views.server.ts, every function takes the viewer and checks it.
import type { ListingType } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import type { Viewer } from '../auth/permissions.ts'
import type { Reason } from '../matching/reasons.ts'
import { canRequest, threadOpen, unansweredRouteStatuses, type RouteStatus } from './lifecycle.ts'
import { nextRoutableCandidate } from './next-candidate.server.ts'
import { reachableListingIds } from './provider-reach.server.ts'
import { canTriage } from './request-access.ts'
import { isUuid } from './request-records.server.ts'
import {
	iso,
	providerOf,
	providerSelect,
	requestInFull,
	responsesOf,
	enquiryOriginOf,
	startedFromOf,
	startedFromSelect,
	threadOf,
} from './request-views.server.ts'

const DAY_MS = 86_400_000

/** Requests that need the hub: new ones oldest first, then those under way with what is overdue. */
export async function triageQueue(viewer: Viewer, now: Date = new Date()) {
	if (!canTriage(viewer)) return null
	const requests = await prisma().matchRequest.findMany({
		where: { status: { in: ['submitted', 'routed', 'introduced'] } },
		orderBy: [{ submittedAt: 'asc' }],
		include: {
			organization: { select: { name: true } },
			routes: { select: { status: true, remindAt: true } },
			_count: { select: { openCallInterests: true } },
		},
	})
	// New requests come first: they wait for the hub, the others wait for providers. The sort is stable, so
	// each group stays oldest first.
	const waitingForHub = (status: string) => (status === 'submitted' ? 0 : 1)
	requests.sort((a, b) => waitingForHub(a.status) - waitingForHub(b.status))
	return requests.map((request) => ({
		id: request.id,
		ref: request.ref,
		title: request.title,
		status: request.status,
		confidentiality: request.confidentiality,
		organizationName: request.organization.name,
		submittedAt: iso(request.submittedAt),
		ageDays: request.submittedAt ? Math.floor((now.getTime() - request.submittedAt.getTime()) / DAY_MS) : 0,
		routes: request.routes.length,
		declined: request.routes.filter((route) => route.status === 'declined' || route.status === 'expired').length,
		overdue: request.routes.filter(
			(route) => unansweredRouteStatuses.includes(route.status) && route.remindAt && route.remindAt <= now,
		).length,
		interests: request._count.openCallInterests,
	}))
}

export interface CandidateView {
	listingId: string
	ref: string
	type: ListingType
	slug: string
	name: string
	organizationName: string | null
	score: number
	reasons: Reason[]
	source: 'suggested' | 'added'
	removed: boolean
	/** Whether anyone at the provider has an account that could answer a route. */
	reachable: boolean
	routeStatus: RouteStatus | null
	/** For one nobody could answer for: whether it has an organisation to be invited to, and its contact address. */
	invitable: boolean
	contactEmail: string | null
	/** The invitation sent from this request's triage, the latest one. */
	invitation: { email: string; sentAt: string; expiresAt: string; state: 'open' | 'expired' | 'accepted' } | null
}

/** The candidate the page ticks after a decline or an expiry, and whose answer it follows. */
export interface SuggestedNext {
	listingId: string
	after: { provider: string; status: 'declined' | 'expired' }
}

/** Everything the triage screen shows of one request. */
export async function triageDetail(viewer: Viewer, requestId: string | undefined, now: Date = new Date()) {
	if (!canTriage(viewer) || !isUuid(requestId)) return null
	const request = await prisma().matchRequest.findUnique({
		where: { id: requestId },
		include: {
			organization: { select: { name: true, slug: true } },
			createdBy: { select: { name: true } },
			...startedFromSelect,
			candidates: {
				orderBy: [{ score: 'desc' }, { createdAt: 'asc' }],
				include: {
					listing: {
						select: {
							...providerSelect,
							organizationId: true,
							email: true,
							organization: { select: { name: true, email: true } },
						},
					},
				},
			},
			routes: {
				orderBy: { createdAt: 'asc' },
				include: {
					providerListing: { select: providerSelect },
					responses: { orderBy: { createdAt: 'asc' }, include: { user: { select: { name: true } } } },
					routedBy: { select: { name: true } },
				},
			},
			openCallInterests: {
				orderBy: { createdAt: 'asc' },
				include: { organization: { select: { id: true, name: true, slug: true } }, user: { select: { name: true } } },
			},
		},
	})
	if (!request || request.status === 'draft') return null

	// Who could answer for each candidate: organisations with members, experts with an owner.
	const reachable = await reachableListingIds(request.candidates.map((candidate) => candidate.listing))
	const routeByListing = new Map(request.routes.map((route) => [route.providerListingId, route.status]))
	const answeringOrganizationOf = (listing: { id: string; type: string; organizationId: string | null }) =>
		listing.type === 'organization' ? listing.id : listing.organizationId
	const invitations = await prisma().invitation.findMany({
		where: { matchRequestId: request.id },
		orderBy: { createdAt: 'desc' },
		select: { organizationId: true, email: true, createdAt: true, expiresAt: true, acceptedAt: true },
	})
	const invitationOf = (organizationId: string | null) => {
		const latest = invitations.find((invitation) => invitation.organizationId === organizationId)
		if (!latest) return null
		return {
			email: latest.email,
			sentAt: latest.createdAt.toISOString(),
			expiresAt: latest.expiresAt.toISOString(),
			state: latest.acceptedAt ? 'accepted' : latest.expiresAt <= now ? 'expired' : 'open',
		} as const
	}

	const candidates: CandidateView[] = request.candidates.map((candidate) => {
		const listing = candidate.listing
		const answeringOrganization = answeringOrganizationOf(listing)
		return {
			listingId: listing.id,
			ref: listing.ref,
			type: listing.type,
			slug: listing.slug,
			name: listing.name,
			organizationName: listing.organization?.name ?? null,
			score: candidate.score,
			reasons: (candidate.reasons ?? []) as unknown as Reason[],
			source: candidate.source === 'added' ? 'added' : 'suggested',
			removed: candidate.removedAt !== null,
			reachable: reachable.has(listing.id),
			routeStatus: routeByListing.get(listing.id) ?? null,
			invitable: answeringOrganization !== null,
			contactEmail: listing.email ?? listing.organization?.email ?? null,
			invitation: invitationOf(answeringOrganization),
		}
	})
	// Those a route can be sent to first (the sort is stable: each group stays in score order).
	const routableFirst = (candidate: CandidateView) => (candidate.reachable || candidate.routeStatus ? 0 : 1)
	candidates.sort((a, b) => routableFirst(a) - routableFirst(b))

	const routes = await Promise.all(
		request.routes.map(async (route) => ({
			id: route.id,
			status: route.status,
			provider: providerOf(route.providerListing),
			note: route.note,
			routedBy: route.routedBy?.name ?? null,
			routedAt: route.createdAt.toISOString(),
			remindAt: iso(route.remindAt),
			expiresAt: iso(route.expiresAt),
			overdue: unansweredRouteStatuses.includes(route.status) && route.remindAt !== null && route.remindAt <= now,
			responses: responsesOf(route.responses),
			feedbackRating: route.feedbackRating,
			feedbackComment: route.feedbackComment,
			threadOpen: threadOpen(route.status) && request.status !== 'closed',
			thread: await threadOf(
				route.id,
				{
					requesterOrganizationId: request.organizationId,
					providerOrganizationId: route.providerOrganizationId,
					providerOwnerUserId: route.providerListing.ownerUserId,
				},
				true,
			),
		})),
	)

	return {
		suggestedNext: await suggestedNextOf(request),
		request: {
			...requestInFull(request),
			organizationSlug: request.organization.slug,
			createdByName: request.createdBy?.name ?? null,
			startedFrom: startedFromOf(request),
			fromEnquiry: enquiryOriginOf(viewer, request),
			ageDays: request.submittedAt ? Math.floor((now.getTime() - request.submittedAt.getTime()) / DAY_MS) : 0,
		},
		candidates,
		routes,
		interests: request.openCallInterests.map((interest) => ({
			organizationId: interest.organization.id,
			organizationName: interest.organization.name,
			organizationSlug: interest.organization.slug,
			authorName: interest.user?.name ?? null,
			message: interest.message,
			createdAt: interest.createdAt.toISOString(),
			routed: request.routes.some((route) => route.providerOrganizationId === interest.organization.id),
		})),
	}
}

/**
 * After the latest route ended without an answer that helps (declined or
 * expired) and before anyone was routed since, the next candidate to ask.
 */
async function suggestedNextOf(request: {
	id: string
	status: Parameters<typeof canRequest>[0]
	routes: ReadonlyArray<{ status: RouteStatus; createdAt: Date; updatedAt: Date; providerListing: { name: string } }>
}): Promise<SuggestedNext | null> {
	if (!canRequest(request.status, 'route')) return null
	const ended = request.routes
		.filter((route) => route.status === 'declined' || route.status === 'expired')
		.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0]
	if (!ended || request.routes.some((route) => route.createdAt > ended.updatedAt)) return null
	const next = await nextRoutableCandidate(request.id)
	if (!next) return null
	return {
		listingId: next.listingId,
		after: { provider: ended.providerListing.name, status: ended.status === 'declined' ? 'declined' : 'expired' },
	}
}

/** The numbers of the coordinator overview: where requests stand and how fast providers answer. */
export async function matchmakingOverview(viewer: Viewer, now: Date = new Date()) {
	if (!canTriage(viewer)) return null
	const db = prisma()
	const [byStatus, waiting, overdue, answered] = await Promise.all([
		db.matchRequest.groupBy({ by: ['status'], _count: { _all: true } }),
		db.matchRequest.findMany({
			where: { status: 'submitted' },
			orderBy: { submittedAt: 'asc' },
			take: 10,
			select: { id: true, title: true, submittedAt: true, organization: { select: { name: true } } },
		}),
		db.matchRoute.findMany({
			where: {
				status: { in: [...unansweredRouteStatuses] },
				remindAt: { lte: now },
				request: { status: { not: 'closed' } },
			},
			orderBy: { remindAt: 'asc' },
			take: 20,
			select: {
				id: true,
				requestId: true,
				createdAt: true,
				expiresAt: true,
				request: { select: { title: true } },
				providerListing: { select: { name: true } },
			},
		}),
		db.matchRoute.findMany({
			where: { firstRespondedAt: { not: null } },
			select: { createdAt: true, firstRespondedAt: true },
		}),
	])
	const counts = { draft: 0, submitted: 0, routed: 0, introduced: 0, closed: 0 }
	for (const group of byStatus) counts[group.status] = group._count._all
	return {
		counts,
		waiting: waiting.map((request) => ({
			id: request.id,
			title: request.title,
			organizationName: request.organization.name,
			submittedAt: iso(request.submittedAt),
			ageDays: request.submittedAt ? Math.floor((now.getTime() - request.submittedAt.getTime()) / DAY_MS) : 0,
		})),
		overdue: overdue.map((route) => ({
			routeId: route.id,
			requestId: route.requestId,
			title: route.request.title,
			providerName: route.providerListing.name,
			routedAt: route.createdAt.toISOString(),
			expiresAt: iso(route.expiresAt),
		})),
		medianHoursToFirstResponse: medianHours(
			answered.map((route) => route.firstRespondedAt!.getTime() - route.createdAt.getTime()),
		),
		answeredRoutes: answered.length,
	}
}

/** The median of durations in hours (one decimal), or null when there is nothing to measure. */
export function medianHours(durationsMs: readonly number[]): number | null {
	if (!durationsMs.length) return null
	const sorted = [...durationsMs].sort((a, b) => a - b)
	const middle = Math.floor(sorted.length / 2)
	const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
	return Math.round((median / 3_600_000) * 10) / 10
}
