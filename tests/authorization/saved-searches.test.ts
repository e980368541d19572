// Saved searches and notification settings, called as Remix calls them: every
// signed-in account has its own (a visitor is sent to sign in); a saved search
// is its owner's alone, so another account's rename, change or delete reads
// as "not found" and writes nothing; a forged alert unsubscribe link, posted
// by anyone, stops nothing.
import { beforeAll, expect } from 'vitest'
import * as alertsPage from '../../app/routes/_member.account.alerts.tsx'
import * as unsubscribePage from '../../app/routes/unsubscribe.$token.tsx'
import { saveSearch } from '../../app/domain/saved-searches/save-search.server.ts'
import { saveSearchSchema } from '../../app/domain/saved-searches/saved-search-schema.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { actorOf } from '../accounts/factories.ts'
import { createListing } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import {
	allowedOnly,
	call,
	expectRefused,
	type MatrixCase,
	requestAs,
	type Role,
	roles,
	sessionsForRoles,
	walkMatrix,
} from './route-calls.ts'

withTestDatabase()

let cookies: Map<Role, string | undefined>
const userIds = new Map<Role, string>()
let ownedByMemberOfA: string

beforeAll(async () => {
	const a = await createListing({ type: 'organization', name: 'Alpha Cell Therapy AB' })
	const b = await createListing({ type: 'organization', name: 'Beta Vectors AB' })
	const sessions = await sessionsForRoles({ a: a.id, b: b.id })
	cookies = sessions.cookies
	for (const [role, user] of Object.entries(sessions.users)) userIds.set(role as Role, user.userId)
	const owner = await actorOf(sessions.users.memberOfA.userId)
	ownedByMemberOfA = (
		await saveSearch(owner, saveSearchSchema.parse({ name: 'Vectors', query: 'q=vector', frequency: 'daily' }))
	).id
})

const signedIn = allowedOnly(
	roles,
	roles.filter((role) => role !== 'visitor'),
)
const savedBy = (role: Role) =>
	prisma().savedSearch.count({ where: { userId: userIds.get(role) ?? '00000000-0000-0000-0000-000000000000' } })

walkMatrix(
	[
		{
			name: 'the saved searches and notification settings page',
			expected: signedIn,
			run: (role) => call(alertsPage.loader, requestAs(cookies.get(role), '/account/alerts')),
			isAllowed: (outcome) => outcome.status === 200,
		},
		{
			name: 'saving a search from a search page',
			expected: signedIn,
			run: (role) =>
				call(
					alertsPage.action,
					requestAs(cookies.get(role), '/account/alerts', {
						intent: 'save',
						query: 'q=cleanroom&type=facility',
						path: '/search',
					}),
				),
			isAllowed: (outcome) =>
				outcome.status === 302 && outcome.location === '/account/alerts?done=saved#saved-searches',
			nothingWritten: async (role) => expect(await savedBy(role)).toBe(0),
		},
		{
			name: 'changing notification settings',
			expected: signedIn,
			run: (role) =>
				call(
					alertsPage.action,
					requestAs(cookies.get(role), '/account/alerts', {
						intent: 'settings',
						requestNews: 'portal',
						routes: 'mail',
						reviews: 'mail',
						claimsInvitations: 'mail',
						following: 'digest',
						savedSearches: 'digest',
						hubNews: 'off',
						digestFrequency: 'daily',
					}),
				),
			isAllowed: (outcome) => outcome.status === 200,
		},
	] satisfies MatrixCase[],
	{ roles },
)

const stillThere = async () =>
	expect(await prisma().savedSearch.findUnique({ where: { id: ownedByMemberOfA } })).toMatchObject({
		name: 'Vectors',
		frequency: 'daily',
	})

// The alert link needs no session: a forged one stops nothing, whoever posts it.
walkMatrix(
	[
		{
			name: 'a forged alert unsubscribe link stops nothing, whoever posts it',
			expected: allowedOnly(roles, []),
			run: async (role) => {
				const token = `a${(userIds.get('memberOfA') ?? '').replaceAll('-', '')}${'A'.repeat(43)}`
				return call(unsubscribePage.action, requestAs(cookies.get(role), `/unsubscribe/${token}`, {}), { token })
			},
			isAllowed: (outcome) => (outcome.body as { outcome?: string } | undefined)?.outcome === 'unsubscribed',
			nothingWritten: stillThere,
		},
	],
	{ roles, expectDenied: (_role, outcome) => expect(outcome.status).toBe(200) },
)

// Somebody else's saved search: only its owner may change or delete it; for anyone else it does not exist.
const ownerOnly = allowedOnly(roles, ['memberOfA'])
walkMatrix(
	[
		{
			name: 'renaming and muting a saved search',
			expected: ownerOnly,
			run: (role) =>
				call(
					alertsPage.action,
					requestAs(cookies.get(role), '/account/alerts', {
						intent: 'update',
						id: ownedByMemberOfA,
						name: 'Vectors',
						frequency: 'daily',
					}),
				),
			isAllowed: (outcome) => outcome.status === 200,
			nothingWritten: stillThere,
		},
		{
			name: 'deleting a saved search (last: the owner deletes it)',
			expected: ownerOnly,
			run: (role) =>
				call(
					alertsPage.action,
					requestAs(cookies.get(role), '/account/alerts', { intent: 'delete', id: ownedByMemberOfA }),
				),
			isAllowed: (outcome) => outcome.status === 200,
			nothingWritten: stillThere,
		},
	] satisfies MatrixCase[],
	{
		// The owner goes last, so every refusal is checked while the search still exists.
		roles: ['visitor', 'adminOfA', 'memberOfB', 'coordinator', 'platformAdmin', 'memberOfA'],
		expectDenied: (role, outcome) => {
			if (role === 'visitor') expectRefused(role, outcome)
			else expect(outcome.status).toBe(400)
		},
	},
)
