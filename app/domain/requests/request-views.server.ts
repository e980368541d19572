// What each person's pages show of match requests. Every function takes the
// viewer and applies request-access.ts itself, so no route can forget a
// check: a request the viewer may not see is simply null (a 404 on the page).
import type { ListingType, Prisma, ResponseKind } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import type { Actor, Viewer } from '../auth/permissions.ts'
import { enquirySideOf } from '../establishment/enquiries/enquiry-access.ts'
import { threadOpen, unansweredRouteStatuses } from './lifecycle.ts'
import {
	actsForRequester,
	canFollowRequest,
	providerSeesRequester,
	providerView,
	seesOnOpenCallBoard,
} from './request-access.ts'
import { isUuid, type StoredNeeds } from './request-records.server.ts'
import type { ThreadSide } from './post-message.server.ts'

export const iso = (date: Date | null | undefined) => date?.toISOString() ?? null
const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null

export const providerSelect = {
	id: true,
	ref: true,
	type: true,
	slug: true,
	name: true,
	ownerUserId: true,
	organization: { select: { name: true } },
} satisfies Prisma.ListingSelect

const contactSelect = { name: true, email: true, phone: true } satisfies Prisma.UserSelect

/** The needs of a request as shown on every page that shows it in full. */
function needsOf(request: StoredNeeds) {
	return {
		services: request.services,
		modalities: request.modalities,
		phase: request.phase,
		neededBy: day(request.neededBy),
		requiredGrades: request.requiredGrades,
		requiredLicences: request.requiredLicences,
		preferredListingType: request.preferredListingType,
	}
}

export type RequestNeeds = ReturnType<typeof needsOf>

/** What a request reads of the listing it was started from ("Ask the hub"). */
export const startedFromSelect = {
	startedFromListing: { select: { type: true, slug: true, name: true, status: true, mergedIntoId: true } },
	fromEnquiry: { select: { id: true, company: true, createdAt: true, senderUserId: true } },
} satisfies Prisma.MatchRequestInclude

/** The listing a request started from: linked while it is published, named only once it is not. */
export function startedFromOf(request: Prisma.MatchRequestGetPayload<{ include: typeof startedFromSelect }>) {
	const listing = request.startedFromListing
	if (!listing) return null
	return {
		type: listing.type,
		slug: listing.slug,
		name: listing.name,
		published: listing.status === 'published' && !listing.mergedIntoId,
	}
}

/**
 * The establishment enquiry the office turned into this request, if any: its
 * company and date for everyone who reads the request, and a link for those
 * the enquiry's own page lets in (the office and the member who sent it).
 */
export function enquiryOriginOf(
	actor: Actor | null,
	request: Prisma.MatchRequestGetPayload<{ include: typeof startedFromSelect }>,
) {
	const enquiry = request.fromEnquiry
	if (!enquiry) return null
	const side = enquirySideOf(actor, { senderUserId: enquiry.senderUserId, handedOverTo: null })
	return {
		company: enquiry.company,
		sentAt: enquiry.createdAt.toISOString(),
		href: side ? `/establish/enquiries/${enquiry.id}` : null,
	}
}

/** The provider of a route, as a link to its listing page. */
export function providerOf(listing: { ref: string; type: ListingType; slug: string; name: string }) {
	return { ref: listing.ref, type: listing.type, slug: listing.slug, name: listing.name }
}

/** The request in full, as its requester and the coordinators read it. */
export function requestInFull(
	request: Prisma.MatchRequestGetPayload<{ include: { organization: { select: { name: true } } } }>,
) {
	return {
		id: request.id,
		ref: request.ref,
		title: request.title,
		teaser: request.teaser,
		description: request.description,
		status: request.status,
		outcome: request.outcome,
		outcomeNote: request.outcomeNote,
		confidentiality: request.confidentiality,
		organizationName: request.organization.name,
		submittedAt: iso(request.submittedAt),
		...needsOf(request),
	}
}

/** A provider's answers, oldest first, with who answered where the reader may know it. */
export function responsesOf(
	responses: ReadonlyArray<{
		kind: ResponseKind
		message: string | null
		createdAt: Date
		user?: { name: string } | null
	}>,
) {
	return responses.map((response) => ({
		kind: response.kind,
		message: response.message,
		authorName: response.user?.name ?? null,
		createdAt: response.createdAt.toISOString(),
	}))
}

interface ThreadMessage {
	id: string
	side: ThreadSide
	/** Shown once the two sides are introduced, and always to coordinators. */
	authorName: string | null
	body: string
	createdAt: string
}

export async function threadOf(
	routeId: string,
	sides: { requesterOrganizationId: string; providerOrganizationId: string | null; providerOwnerUserId: string | null },
	showNames: boolean,
): Promise<ThreadMessage[]> {
	const messages = await prisma().matchMessage.findMany({
		where: { routeId },
		orderBy: { createdAt: 'asc' },
		include: {
			author: { select: { name: true, platformRole: true, memberships: { select: { organizationId: true } } } },
		},
	})
	return messages.map((message) => {
		const memberOf = new Set(message.author?.memberships.map((m) => m.organizationId) ?? [])
		const side: ThreadSide = memberOf.has(sides.requesterOrganizationId)
			? 'requester'
			: (sides.providerOrganizationId && memberOf.has(sides.providerOrganizationId)) ||
				  (message.authorId && message.authorId === sides.providerOwnerUserId)
				? 'provider'
				: 'hub'
		return {
			id: message.id,
			side,
			authorName: showNames || side === 'hub' ? (message.author?.name ?? null) : null,
			body: message.body,
			createdAt: message.createdAt.toISOString(),
		}
	})
}

// ───────────────────────── requesters ─────────────────────────

/** The requests of the viewer's organisations, newest first, with how far each has come. */
export async function requestsOfMember(actor: Actor) {
	const organizationIds = actor.memberships.map((membership) => membership.organizationId)
	const requests = await prisma().matchRequest.findMany({
		where: { organizationId: { in: organizationIds } },
		orderBy: [{ updatedAt: 'desc' }],
		include: {
			organization: { select: { name: true } },
			routes: { select: { status: true } },
		},
	})
	return requests.map((request) => ({
		id: request.id,
		ref: request.ref,
		title: request.title,
		status: request.status,
		outcome: request.outcome,
		organizationName: request.organization.name,
		confidentiality: request.confidentiality,
		createdAt: request.createdAt.toISOString(),
		submittedAt: iso(request.submittedAt),
		routes: request.routes.length,
		interested: request.routes.filter((route) => route.status === 'interested').length,
		introduced: request.routes.filter((route) => route.status === 'introduced').length,
	}))
}

/** The organisations a member can post requests for. */
export async function requesterOrganizations(actor: Actor) {
	return prisma().listing.findMany({
		where: {
			id: { in: actor.memberships.filter((membership) => !membership.provisional).map((m) => m.organizationId) },
			type: 'organization',
		},
		select: { id: true, name: true },
		orderBy: { name: 'asc' },
	})
}

/** A request as its own organisation follows it: everything, and each provider's answers. */
export async function requestForRequester(viewer: Viewer, requestId: string | undefined) {
	if (!isUuid(requestId)) return null
	const request = await prisma().matchRequest.findUnique({
		where: { id: requestId },
		include: {
			organization: { select: { name: true } },
			...startedFromSelect,
			routes: {
				orderBy: { createdAt: 'asc' },
				include: {
					providerListing: { select: { ...providerSelect, email: true, website: true } },
					providerOrganization: { select: { name: true, email: true, website: true } },
					responses: { orderBy: { createdAt: 'asc' } },
				},
			},
		},
	})
	if (!request || !canFollowRequest(viewer, request)) return null
	const routes = await Promise.all(
		request.routes.map(async (route) => {
			const introduced = route.status === 'introduced'
			const sides = {
				requesterOrganizationId: request.organizationId,
				providerOrganizationId: route.providerOrganizationId,
				providerOwnerUserId: route.providerListing.ownerUserId,
			}
			return {
				id: route.id,
				status: route.status,
				provider: {
					...providerOf(route.providerListing),
					organizationName: route.providerListing.organization?.name ?? null,
				},
				routedAt: route.createdAt.toISOString(),
				introducedAt: iso(route.introducedAt),
				responses: responsesOf(route.responses),
				feedbackRating: route.feedbackRating,
				feedbackComment: route.feedbackComment,
				threadOpen: threadOpen(route.status) && request.status !== 'closed',
				thread:
					threadOpen(route.status) || route.status === 'withdrawn' ? await threadOf(route.id, sides, introduced) : [],
				contact: introduced
					? {
							organizationName: route.providerOrganization?.name ?? route.providerListing.name,
							email: route.providerListing.email ?? route.providerOrganization?.email ?? null,
							website: route.providerListing.website ?? route.providerOrganization?.website ?? null,
							people: await prisma().user.findMany({
								where: {
									disabledAt: null,
									OR: [
										...(route.providerOrganizationId
											? [{ memberships: { some: { organizationId: route.providerOrganizationId } } }]
											: []),
										...(route.providerListing.ownerUserId ? [{ id: route.providerListing.ownerUserId }] : []),
									],
								},
								select: contactSelect,
								orderBy: { name: 'asc' },
							}),
						}
					: null,
			}
		}),
	)
	return {
		request: {
			...requestInFull(request),
			organizationId: request.organizationId,
			createdAt: request.createdAt.toISOString(),
			closedAt: iso(request.closedAt),
			startedFrom: startedFromOf(request),
			fromEnquiry: enquiryOriginOf(viewer, request),
		},
		routes,
		/** Staff can read every request; only the organisation's own members act on it. */
		canAct: actsForRequester(viewer, request),
	}
}

/** A draft with its fields as the form edits them. */
export async function draftForEditing(actor: Actor, requestId: string | undefined) {
	if (!isUuid(requestId)) return null
	const request = await prisma().matchRequest.findUnique({ where: { id: requestId } })
	if (!request || !actsForRequester(actor, request) || request.status !== 'draft') return null
	return {
		id: request.id,
		organizationId: request.organizationId,
		title: request.title,
		teaser: request.teaser,
		description: request.description,
		confidentiality: request.confidentiality,
		...needsOf(request),
	}
}

// ───────────────────────── providers ─────────────────────────

/** The routes the viewer answers for: to their organisations, or to their own expert profile. */
export function answerableRoutesWhere(actor: Actor): Prisma.MatchRouteWhereInput {
	return {
		OR: [
			{ providerOrganizationId: { in: actor.memberships.map((membership) => membership.organizationId) } },
			{ providerListing: { ownerUserId: actor.userId } },
		],
	}
}

/** Requests routed to the viewer's organisations (or to their own expert profile): the inbox. */
export async function inboxOf(actor: Actor) {
	if (!actor.emailVerified) return []
	const routes = await prisma().matchRoute.findMany({
		where: answerableRoutesWhere(actor),
		orderBy: [{ createdAt: 'desc' }],
		include: {
			request: { select: { title: true, teaser: true, status: true } },
			providerListing: { select: { name: true, type: true } },
		},
	})
	return routes.map((route) => ({
		id: route.id,
		status: route.status,
		title: route.request.title,
		teaser: route.request.teaser,
		requestClosed: route.request.status === 'closed',
		providerName: route.providerListing.name,
		providerType: route.providerListing.type,
		routedAt: route.createdAt.toISOString(),
		expiresAt: iso(route.expiresAt),
		waitingForAnswer: unansweredRouteStatuses.includes(route.status),
	}))
}

/** One routed request as a provider's member sees it (request-access.ts decides how much). */
export async function routeForProvider(viewer: Viewer, routeId: string | undefined) {
	if (!viewer || !isUuid(routeId)) return null
	const route = await prisma().matchRoute.findUnique({
		where: { id: routeId },
		include: {
			request: {
				include: {
					organization: { select: { name: true, email: true, website: true } },
					createdBy: { select: contactSelect },
				},
			},
			providerListing: { select: providerSelect },
			responses: { orderBy: { createdAt: 'asc' }, include: { user: { select: { name: true } } } },
			termsAcceptances: { where: { userId: viewer.userId }, select: { acceptedAt: true } },
		},
	})
	if (!route) return null
	const facts = {
		providerOrganizationId: route.providerOrganizationId,
		providerOwnerUserId: route.providerListing.ownerUserId,
	}
	const acceptance = route.termsAcceptances[0]
	const view = providerView(viewer, facts, Boolean(acceptance))
	if (view === 'none') return null
	const { request } = route
	const full = view === 'full'
	const introduced = providerSeesRequester(route)
	return {
		route: {
			id: route.id,
			status: route.status,
			note: route.note,
			routedAt: route.createdAt.toISOString(),
			expiresAt: iso(route.expiresAt),
			termsAcceptedAt: iso(acceptance?.acceptedAt),
			providerName: route.providerListing.name,
			responses: responsesOf(route.responses),
			threadOpen: full && threadOpen(route.status) && request.status !== 'closed',
			thread: full
				? await threadOf(route.id, { requesterOrganizationId: request.organizationId, ...facts }, introduced)
				: [],
		},
		request: {
			title: request.title,
			teaser: request.teaser,
			closed: request.status === 'closed',
			// Confidential until this person accepted the terms.
			description: full ? request.description : null,
			needs: full ? needsOf(request) : null,
		},
		requester: introduced
			? {
					organizationName: request.organization.name,
					email: request.organization.email,
					website: request.organization.website,
					person: request.createdBy,
				}
			: null,
	}
}

/** Open calls on the members' board, teaser only, with the viewer's organisations' interest in each. */
export async function openCallBoard(actor: Actor) {
	const requests = await prisma().matchRequest.findMany({
		where: { confidentiality: 'open_call', status: { in: ['submitted', 'routed', 'introduced'] } },
		orderBy: { submittedAt: 'desc' },
		select: {
			id: true,
			title: true,
			teaser: true,
			status: true,
			confidentiality: true,
			organizationId: true,
			submittedAt: true,
			neededBy: true,
			services: true,
			modalities: true,
			openCallInterests: { select: { organizationId: true, createdAt: true } },
		},
	})
	const mine = new Set(actor.memberships.map((membership) => membership.organizationId))
	return requests
		.filter((request) => seesOnOpenCallBoard(actor, request))
		.map((request) => ({
			id: request.id,
			title: request.title,
			teaser: request.teaser,
			submittedAt: iso(request.submittedAt),
			neededBy: day(request.neededBy),
			services: request.services,
			modalities: request.modalities,
			interestedOrganizationIds: request.openCallInterests
				.filter((interest) => mine.has(interest.organizationId))
				.map((interest) => interest.organizationId),
		}))
}
