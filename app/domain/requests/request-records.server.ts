// Reading, locking and auditing the rows of the matchmaking use cases. Every
// transition locks the request row first (then the route), in that order
// everywhere, so two coordinators routing at once or a double click on
// "accept" queue behind one another and the second sees the first's result.
import type { MatchRequest as MatchRequestRow, Prisma } from '~/generated/prisma/client.ts'
import type { AuditActionOn } from '../audit/actions.ts'
import { recordAudit } from '../audit/record-audit.server.ts'
import type { Actor } from '../auth/permissions.ts'
import type { MatchRequest as RankingRequest } from '../matching/needs.ts'
import {
	nextRequestStatus,
	nextRouteStatus,
	TransitionNotAllowed,
	type RequestEvent,
	type RequestStatus,
	type RouteEvent,
	type RouteStatus,
} from './lifecycle.ts'
import { RuleError } from '../rules.ts'

type Tx = Prisma.TransactionClient

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** An id from a URL or form that cannot be a row's id is simply "not found" (never a database error). */
export function isUuid(value: string | null | undefined): value is string {
	return typeof value === 'string' && UUID.test(value)
}

function asRule<T>(transition: () => T): T {
	try {
		return transition()
	} catch (error) {
		if (error instanceof TransitionNotAllowed) throw new RuleError('transition-not-allowed')
		throw error
	}
}

/** The request's next state; a transition the lifecycle does not allow is a rule error the page can show. */
export function requestTransition(from: RequestStatus, event: RequestEvent): RequestStatus {
	return asRule(() => nextRequestStatus(from, event))
}

export function routeTransition(from: RouteStatus, event: RouteEvent): RouteStatus {
	return asRule(() => nextRouteStatus(from, event))
}

export async function lockRequest(tx: Tx, requestId: string) {
	if (!isUuid(requestId)) throw new RuleError('request-not-found')
	const locked = await tx.$queryRaw<Array<{ id: string }>>`
		SELECT "id"::text FROM "MatchRequest" WHERE "id" = ${requestId}::uuid FOR UPDATE`
	if (!locked.length) throw new RuleError('request-not-found')
	return tx.matchRequest.findUniqueOrThrow({ where: { id: requestId } })
}

export type LockedRequest = Awaited<ReturnType<typeof lockRequest>>

/** Locks a route and its request (request first), and returns both with what the rules need to know. */
export async function lockRoute(tx: Tx, routeId: string) {
	if (!isUuid(routeId)) throw new RuleError('route-not-found')
	const found = await tx.matchRoute.findUnique({ where: { id: routeId }, select: { requestId: true } })
	if (!found) throw new RuleError('route-not-found')
	const request = await lockRequest(tx, found.requestId)
	await tx.$queryRaw`SELECT 1 FROM "MatchRoute" WHERE "id" = ${routeId}::uuid FOR UPDATE`
	const route = await tx.matchRoute.findUniqueOrThrow({
		where: { id: routeId },
		include: { providerListing: { select: { id: true, name: true, type: true, ownerUserId: true } } },
	})
	return { request, route }
}

export type LockedRoute = Awaited<ReturnType<typeof lockRoute>>['route']

function auditOf<Entity extends 'request' | 'route'>(entityType: Entity) {
	return (
		tx: Tx,
		actor: Actor | null,
		action: AuditActionOn<Entity>,
		entityId: string,
		changes?: Prisma.InputJsonValue,
	) => recordAudit(tx, { actorId: actor?.userId ?? null, action, entityType, entityId, changes })
}

/** The audit entry of a change to a request; no actor is the background work. */
export const auditRequest = auditOf('request')

/** The audit entry of a change to one route of a request; no actor is the background work. */
export const auditRoute = auditOf('route')

/** The route's facts for request-access.ts. */
export function routeFacts(route: LockedRoute) {
	return {
		providerOrganizationId: route.providerOrganizationId,
		providerOwnerUserId: route.providerListing.ownerUserId,
		status: route.status,
	}
}

/** The structured needs as a request row stores them. */
export type StoredNeeds = Pick<
	MatchRequestRow,
	'services' | 'modalities' | 'phase' | 'neededBy' | 'requiredGrades' | 'requiredLicences' | 'preferredListingType'
>

/** A stored request in the shape the ranking reads (the interchange format's request). */
export function rankingRequestOf(
	request: StoredNeeds & Pick<MatchRequestRow, 'ref' | 'title' | 'description'>,
): RankingRequest {
	return {
		ref: request.ref,
		title: request.title,
		description: request.description,
		services: request.services,
		modalities: request.modalities,
		...(request.phase ? { phase: request.phase } : {}),
		...(request.neededBy ? { neededBy: request.neededBy.toISOString().slice(0, 10) } : {}),
		requiredGrades: request.requiredGrades,
		requiredLicences: request.requiredLicences,
		...(request.preferredListingType ? { listingType: request.preferredListingType } : {}),
	}
}
