import { describe, expect, it } from 'vitest'
import { can, type Actor, type Permission, type Viewer } from './permissions.ts'

const orgA = 'org-a'
const orgB = 'org-b'
/** An organisation its admin registered, not yet approved by a coordinator. */
const orgP = 'org-p'
const actor = (partial: Partial<Actor>): Actor => ({
	userId: 'u',
	platformRole: 'user',
	emailVerified: true,
	memberships: [],
	...partial,
})

const viewers: Record<string, Viewer> = {
	visitor: null,
	'member of A': actor({ userId: 'ma', memberships: [{ organizationId: orgA, role: 'member' }] }),
	'admin of A': actor({ userId: 'aa', memberships: [{ organizationId: orgA, role: 'admin' }] }),
	'member of B': actor({ userId: 'mb', memberships: [{ organizationId: orgB, role: 'member' }] }),
	'unverified member of A': actor({
		userId: 'ua',
		emailVerified: false,
		memberships: [{ organizationId: orgA, role: 'admin' }],
	}),
	'new user': actor({ userId: 'n' }),
	'admin of pending P': actor({
		userId: 'ap',
		memberships: [{ organizationId: orgP, role: 'admin', provisional: true }],
	}),
	coordinator: actor({ userId: 'c', platformRole: 'coordinator' }),
	'platform admin': actor({ userId: 'p', platformRole: 'platform_admin' }),
}

// Rows: [permission, record scope, the viewers allowed]. Everyone else is denied.
const matrix: Array<[Permission, { organizationId?: string; ownerUserId?: string }, string[]]> = [
	['directory.read', {}, Object.keys(viewers)],
	['directory.readMemberFields', {}, ['member of A', 'admin of A', 'member of B', 'coordinator', 'platform admin']],
	['listing.viewDraft', { organizationId: orgA }, ['member of A', 'admin of A', 'coordinator', 'platform admin']],
	['listing.edit', { organizationId: orgA }, ['member of A', 'admin of A', 'coordinator', 'platform admin']],
	['listing.edit', { organizationId: orgB }, ['member of B', 'coordinator', 'platform admin']],
	['listing.edit', { ownerUserId: 'mb' }, ['member of B', 'coordinator', 'platform admin']],
	['organization.manageMembers', { organizationId: orgA }, ['admin of A', 'coordinator', 'platform admin']],
	['coordinator.enter', {}, ['coordinator', 'platform admin']],
	['revision.review', {}, ['coordinator', 'platform admin']],
	['listing.verify', {}, ['coordinator', 'platform admin']],
	['listing.merge', {}, ['coordinator', 'platform admin']],
	['audit.read', {}, ['coordinator', 'platform admin']],
	['mailbox.read', {}, ['platform admin']],
	[
		'profile.exportPersonalData',
		{},
		['member of A', 'admin of A', 'member of B', 'new user', 'admin of pending P', 'coordinator', 'platform admin'],
	],
	['request.read', { organizationId: orgA }, ['member of A', 'admin of A', 'coordinator', 'platform admin']],
	// Registering an organisation, and what its admin may do before a coordinator approves it.
	['organization.register', {}, ['new user']],
	['listing.createForOrganization', { organizationId: orgP }, ['admin of pending P', 'coordinator', 'platform admin']],
	['listing.edit', { organizationId: orgP }, ['admin of pending P', 'coordinator', 'platform admin']],
	['listing.viewDraft', { organizationId: orgP }, ['admin of pending P', 'coordinator', 'platform admin']],
	['organization.manageMembers', { organizationId: orgP }, ['coordinator', 'platform admin']],
	['openCalls.read', {}, ['member of A', 'admin of A', 'member of B', 'coordinator', 'platform admin']],
	['request.create', {}, ['member of A', 'admin of A', 'member of B', 'coordinator', 'platform admin']],
]

describe('permission matrix', () => {
	for (const [permission, record, allowed] of matrix) {
		for (const [name, viewer] of Object.entries(viewers)) {
			const expected = allowed.includes(name)
			it(`${name} ${expected ? 'may' : 'may not'} ${permission} ${JSON.stringify(record)}`, () => {
				expect(can(viewer, permission, record)).toBe(expected)
			})
		}
	}
})
