import { describe, expect, it } from 'vitest'
import type { Actor, Viewer } from '../auth/permissions.ts'
import {
	actsForRequester,
	answersForProvider,
	canFollowRequest,
	canTriage,
	providerSeesRequester,
	providerView,
	seesOnOpenCallBoard,
	type RequestFacts,
} from './request-access.ts'

const REQUESTER = '00000000-0000-4000-8000-00000000000a'
const PROVIDER = '00000000-0000-4000-8000-00000000000b'
const OTHER = '00000000-0000-4000-8000-00000000000c'

function actor(overrides: Partial<Actor> = {}): Actor {
	return { userId: 'u-1', platformRole: 'user', emailVerified: true, memberships: [], ...overrides }
}

const viewers: Record<string, Viewer> = {
	visitor: null,
	requesterMember: actor({ memberships: [{ organizationId: REQUESTER, role: 'member' }] }),
	providerMember: actor({ memberships: [{ organizationId: PROVIDER, role: 'member' }] }),
	otherMember: actor({ memberships: [{ organizationId: OTHER, role: 'admin' }] }),
	unverifiedProviderMember: actor({
		emailVerified: false,
		memberships: [{ organizationId: PROVIDER, role: 'member' }],
	}),
	expertOwner: actor({ userId: 'expert-owner' }),
	coordinator: actor({ platformRole: 'coordinator' }),
	platformAdmin: actor({ platformRole: 'platform_admin' }),
}

const hubOnly: RequestFacts = { organizationId: REQUESTER, confidentiality: 'hub_only', status: 'routed' }
const openCall: RequestFacts = { ...hubOnly, confidentiality: 'open_call' }
const route = { providerOrganizationId: PROVIDER, providerOwnerUserId: null }
const expertRoute = { providerOrganizationId: null, providerOwnerUserId: 'expert-owner' }

// viewer → [follows the request, acts for requester, triages, answers route, answers expert route, sees open call]
const matrix: Record<string, [boolean, boolean, boolean, boolean, boolean, boolean]> = {
	visitor: [false, false, false, false, false, false],
	requesterMember: [true, true, false, false, false, false],
	providerMember: [false, false, false, true, false, true],
	otherMember: [false, false, false, false, false, true],
	unverifiedProviderMember: [false, false, false, false, false, false],
	expertOwner: [false, false, false, false, true, false],
	coordinator: [true, false, true, false, false, true],
	platformAdmin: [true, false, true, false, false, true],
}

describe('who sees what of a match request', () => {
	for (const [name, expected] of Object.entries(matrix)) {
		it(name, () => {
			const viewer = viewers[name]!
			expect([
				canFollowRequest(viewer, hubOnly),
				actsForRequester(viewer, hubOnly),
				canTriage(viewer),
				answersForProvider(viewer, route),
				answersForProvider(viewer, expertRoute),
				seesOnOpenCallBoard(viewer, openCall),
			]).toEqual(expected)
		})
	}

	it('shows a routed provider the teaser until that person accepts the terms', () => {
		expect(providerView(viewers.providerMember!, route, false)).toBe('teaser')
		expect(providerView(viewers.providerMember!, route, true)).toBe('full')
		expect(providerView(viewers.otherMember!, route, true)).toBe('none')
		// Staff triage on their own page; they never read a route as the provider.
		expect(providerView(viewers.coordinator!, route, true)).toBe('none')
	})

	it('keeps hub-only requests and finished open calls off the board', () => {
		expect(seesOnOpenCallBoard(viewers.providerMember!, hubOnly)).toBe(false)
		expect(seesOnOpenCallBoard(viewers.providerMember!, { ...openCall, status: 'closed' })).toBe(false)
		expect(seesOnOpenCallBoard(viewers.providerMember!, { ...openCall, status: 'draft' })).toBe(false)
		expect(seesOnOpenCallBoard(viewers.requesterMember!, openCall)).toBe(false)
	})

	it('names the requester to the provider only after the introduction', () => {
		expect(providerSeesRequester({ status: 'interested' })).toBe(false)
		expect(providerSeesRequester({ status: 'introduced' })).toBe(true)
	})
})
