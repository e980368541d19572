import { describe, expect, it } from 'vitest'
import {
	allRequestEvents,
	allRouteEvents,
	canRequest,
	canRoute,
	nextRequestStatus,
	nextRouteStatus,
	requestStatuses,
	routeStatuses,
	threadOpen,
	TransitionNotAllowed,
	type RequestEvent,
	type RequestStatus,
	type RouteEvent,
	type RouteStatus,
} from './lifecycle.ts'

// The whole table, written out once more by hand: a change to the lifecycle
// must change this test too, on purpose.
const allowedRequest: Record<string, RequestStatus> = {
	'draft submit': 'submitted',
	'draft close': 'closed',
	'submitted route': 'routed',
	'submitted close': 'closed',
	'routed route': 'routed',
	'routed introduce': 'introduced',
	'routed close': 'closed',
	'introduced route': 'introduced',
	'introduced introduce': 'introduced',
	'introduced close': 'closed',
}

const allowedRoute: Record<string, RouteStatus> = {
	'routed ask': 'question',
	'routed express-interest': 'interested',
	'routed decline': 'declined',
	'routed expire': 'expired',
	'routed withdraw': 'withdrawn',
	'question ask': 'question',
	'question express-interest': 'interested',
	'question decline': 'declined',
	'question withdraw': 'withdrawn',
	'interested decline': 'declined',
	'interested introduce': 'introduced',
	'interested withdraw': 'withdrawn',
}

describe('request lifecycle', () => {
	for (const from of requestStatuses) {
		for (const event of allRequestEvents) {
			const key = `${from} ${event}`
			const expected = allowedRequest[key]
			it(expected ? `${from} --${event}--> ${expected}` : `refuses ${event} from ${from}`, () => {
				expect(canRequest(from, event as RequestEvent)).toBe(Boolean(expected))
				if (expected) expect(nextRequestStatus(from, event)).toBe(expected)
				else expect(() => nextRequestStatus(from, event)).toThrow(TransitionNotAllowed)
			})
		}
	}

	it('has no way out of closed', () => {
		expect(allRequestEvents.filter((event) => canRequest('closed', event))).toEqual([])
	})
})

describe('route lifecycle', () => {
	for (const from of routeStatuses) {
		for (const event of allRouteEvents) {
			const key = `${from} ${event}`
			const expected = allowedRoute[key]
			it(expected ? `${from} --${event}--> ${expected}` : `refuses ${event} from ${from}`, () => {
				expect(canRoute(from, event as RouteEvent)).toBe(Boolean(expected))
				if (expected) expect(nextRouteStatus(from, event)).toBe(expected)
				else expect(() => nextRouteStatus(from, event)).toThrow(TransitionNotAllowed)
			})
		}
	}

	it('ends for good once declined, expired, introduced or withdrawn', () => {
		for (const final of ['declined', 'expired', 'introduced', 'withdrawn'] as const)
			expect(allRouteEvents.filter((event) => canRoute(final, event))).toEqual([])
	})

	it('opens the conversation only once the provider engaged', () => {
		expect(routeStatuses.filter(threadOpen)).toEqual(['question', 'interested', 'introduced'])
	})
})
