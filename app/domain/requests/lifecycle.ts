// The two state machines of matchmaking (docs/decisions/010). Every use case
// asks these tables before it writes, inside the transaction that holds the
// row lock, so a transition that is not listed here cannot happen, whoever
// clicks what and however often.

export const requestStatuses = ['draft', 'submitted', 'routed', 'introduced', 'closed'] as const
export type RequestStatus = (typeof requestStatuses)[number]

export const routeStatuses = [
	'routed',
	'question',
	'interested',
	'declined',
	'expired',
	'introduced',
	'withdrawn',
] as const
export type RouteStatus = (typeof routeStatuses)[number]

export const requestOutcomes = ['partner_found', 'no_fit', 'withdrawn'] as const
export type RequestOutcome = (typeof requestOutcomes)[number]

export type RequestEvent = 'submit' | 'route' | 'introduce' | 'close'

/** From which states each request event may start, and where it leads. */
const requestTransitions: Record<RequestEvent, { from: readonly RequestStatus[]; to: RequestStatus }> = {
	submit: { from: ['draft'], to: 'submitted' },
	// Routing more providers later keeps a request "routed" (or "introduced").
	route: { from: ['submitted', 'routed', 'introduced'], to: 'routed' },
	introduce: { from: ['routed', 'introduced'], to: 'introduced' },
	close: { from: ['draft', 'submitted', 'routed', 'introduced'], to: 'closed' },
}

export type RouteEvent = 'ask' | 'express-interest' | 'decline' | 'expire' | 'introduce' | 'withdraw'

const routeTransitions: Record<RouteEvent, { from: readonly RouteStatus[]; to: RouteStatus }> = {
	ask: { from: ['routed', 'question'], to: 'question' },
	'express-interest': { from: ['routed', 'question'], to: 'interested' },
	// A provider may change its mind until the introduction is made.
	decline: { from: ['routed', 'question', 'interested'], to: 'declined' },
	// Only a route nobody has answered expires; a question is an answer.
	expire: { from: ['routed'], to: 'expired' },
	introduce: { from: ['interested'], to: 'introduced' },
	// When the request closes, every route still waiting for something ends.
	withdraw: { from: ['routed', 'question', 'interested'], to: 'withdrawn' },
}

export class TransitionNotAllowed extends Error {
	constructor(
		public readonly machine: 'request' | 'route',
		public readonly event: string,
		public readonly from: string,
	) {
		super(`The ${machine} cannot ${event} from "${from}"`)
		this.name = 'TransitionNotAllowed'
	}
}

/** The request's next state, or TransitionNotAllowed. Keeping "introduced" when more providers are routed. */
export function nextRequestStatus(from: RequestStatus, event: RequestEvent): RequestStatus {
	const transition = requestTransitions[event]
	if (!transition.from.includes(from)) throw new TransitionNotAllowed('request', event, from)
	if (event === 'route' && from === 'introduced') return 'introduced'
	return transition.to
}

export function nextRouteStatus(from: RouteStatus, event: RouteEvent): RouteStatus {
	const transition = routeTransitions[event]
	if (!transition.from.includes(from)) throw new TransitionNotAllowed('route', event, from)
	return transition.to
}

export function canRequest(from: RequestStatus, event: RequestEvent): boolean {
	return requestTransitions[event].from.includes(from)
}

export function canRoute(from: RouteStatus, event: RouteEvent): boolean {
	return routeTransitions[event].from.includes(from)
}

/** Routes that still wait for the provider or the requester. */
export const openRouteStatuses: readonly RouteStatus[] = ['routed', 'question', 'interested']

/** Routes where nobody at the provider has answered yet: what reminders and "overdue" are about. */
export const unansweredRouteStatuses: readonly RouteStatus[] = ['routed']

/** Where requester, provider and coordinators may write to each other on a route. */
export function threadOpen(status: RouteStatus): boolean {
	return status === 'question' || status === 'interested' || status === 'introduced'
}

export const allRequestEvents = Object.keys(requestTransitions) as RequestEvent[]
export const allRouteEvents = Object.keys(routeTransitions) as RouteEvent[]
