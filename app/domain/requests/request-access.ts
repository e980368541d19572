// Who sees what of a match request (docs/decisions/010). Pure functions over
// the viewer and the few facts of a request or route they need, so the matrix
// is tested without a database and every loader asks the same questions.
import { belongsTo, can, isMember, type Viewer } from '../auth/permissions.ts'
import type { Confidentiality } from './request-form-schema.ts'
import type { RequestStatus, RouteStatus } from './lifecycle.ts'

export interface RequestFacts {
	organizationId: string
	confidentiality: Confidentiality
	status: RequestStatus
}

export interface RouteFacts {
	/** The organisation whose members answer: the provider itself or the organisation hosting it. */
	providerOrganizationId: string | null
	/** For an expert profile: its owner answers too. */
	providerOwnerUserId: string | null
	status: RouteStatus
}

/** Members of the requesting organisation (and hub staff) follow the request. */
export function canFollowRequest(viewer: Viewer, request: Pick<RequestFacts, 'organizationId'>): boolean {
	return can(viewer, 'request.read', { organizationId: request.organizationId })
}

/** Only members of the requesting organisation act for it: staff triage, they do not speak for a requester. */
export function actsForRequester(viewer: Viewer, request: Pick<RequestFacts, 'organizationId'>): boolean {
	return belongsTo(viewer, request.organizationId)
}

export function canTriage(viewer: Viewer): boolean {
	return can(viewer, 'request.triage')
}

/** The people who may answer a route: members of the provider's organisation, or the expert themself. */
export function answersForProvider(viewer: Viewer, route: Omit<RouteFacts, 'status'>): boolean {
	if (!viewer || !viewer.emailVerified) return false
	if (route.providerOwnerUserId && route.providerOwnerUserId === viewer.userId) return true
	return belongsTo(viewer, route.providerOrganizationId)
}

/**
 * What a provider's member sees of a request routed to them: nothing unless
 * they answer for the provider; the teaser until they themselves accepted
 * the hub's confidentiality terms (each person is bound by what they
 * accepted, so a colleague's acceptance does not count); then the full
 * description.
 */
export type ProviderView = 'none' | 'teaser' | 'full'

export function providerView(viewer: Viewer, route: Omit<RouteFacts, 'status'>, termsAccepted: boolean): ProviderView {
	if (!answersForProvider(viewer, route)) return 'none'
	return termsAccepted ? 'full' : 'teaser'
}

/**
 * Open calls are listed to members on the board, teaser only, while the
 * request is waiting for partners; a member's own organisation's calls are
 * theirs to follow on /requests instead.
 */
export function seesOnOpenCallBoard(viewer: Viewer, request: RequestFacts): boolean {
	if (!isMember(viewer) || !can(viewer, 'openCalls.read')) return false
	if (request.confidentiality !== 'open_call') return false
	if (request.status !== 'submitted' && request.status !== 'routed' && request.status !== 'introduced') return false
	return !belongsTo(viewer, request.organizationId)
}

/** Before the introduction a provider learns what is needed, not who needs it. */
export function providerSeesRequester(route: Pick<RouteFacts, 'status'>): boolean {
	return route.status === 'introduced'
}
