// The two token pages, called as Remix calls them: who gets in, that a new
// token is in the creating answer only (never in the page after it), and
// that revoking takes a confirmation step and only the owner's keepers can.
import { beforeAll, describe, expect, it } from 'vitest'
import * as accountPage from '../../app/routes/_member.account.api-tokens.tsx'
import * as coordinatorPage from '../../app/routes/coordinator.api-tokens.tsx'
import { prisma } from '../../app/utils/db.server.ts'
import { createListing } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import {
	allowedOnly,
	call,
	type MatrixCase,
	requestAs,
	type Role,
	roles,
	sessionsForRoles,
	staffOnly,
	walkMatrix,
} from './route-calls.ts'

withTestDatabase()
let cookies: Map<Role, string | undefined>
let users: Record<Exclude<Role, 'visitor'>, { userId: string }>
let organizationA: { id: string }

beforeAll(async () => {
	organizationA = await createListing({ type: 'organization', name: 'Alpha Cell Therapy AB' })
	const organizationB = await createListing({ type: 'organization', name: 'Beta Vectors AB' })
	;({ cookies, users } = await sessionsForRoles({ a: organizationA.id, b: organizationB.id }))
})

const createForm = (organizationId?: string) => ({
	intent: 'create',
	name: 'Foundation CRM',
	scopes: ['requests:read', 'listings:read'],
	...(organizationId ? { organizationId } : {}),
})

const tokenText = (outcome: { body?: unknown }) =>
	(outcome.body as { created?: { text?: string } } | undefined)?.created?.text

const pages = [
	{ name: 'account', route: accountPage, path: '/account/api-tokens', allowed: allowedOnly(roles, ['adminOfA']) },
	{ name: 'coordinator', route: coordinatorPage, path: '/coordinator/api-tokens', allowed: staffOnly },
] as const

const cases: MatrixCase[] = pages.flatMap((page) => [
	{
		name: `${page.name} page`,
		expected: page.allowed,
		run: (role: Role) => call(page.route.loader, requestAs(cookies.get(role), page.path)),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: `${page.name} page: create a token`,
		expected: page.allowed,
		run: (role: Role) =>
			call(
				page.route.action,
				requestAs(cookies.get(role), page.path, createForm(page.name === 'account' ? organizationA.id : undefined)),
			),
		isAllowed: (outcome) => outcome.status === 200 && Boolean(tokenText(outcome)),
		nothingWritten: async (role: Role) => {
			if (role === 'visitor') return
			const owner = page.name === 'account' ? { not: null } : null
			expect(await prisma().apiToken.count({ where: { createdById: users[role].userId, organizationId: owner } })).toBe(
				0,
			)
		},
	},
])

describe('who manages tokens', () => {
	walkMatrix(cases, {
		roles,
		expectDenied: (role, outcome, matrixCase) => {
			if (role === 'visitor') {
				expect(outcome.status).toBe(302)
				return
			}
			// A signed-in person without an organisation to keep tokens for is refused by the field on the form.
			if (matrixCase.name === 'account page: create a token') expect(outcome.status).toBe(400)
			else expect(outcome.status).toBe(403)
		},
	})
})

describe('a new token', () => {
	it('is in the creating answer once and never in the page', async () => {
		const cookie = cookies.get('adminOfA')
		const created = await call(
			accountPage.action,
			requestAs(cookie, '/account/api-tokens', { ...createForm(organizationA.id), name: 'Shown once' }),
		)
		const text = tokenText(created)!
		expect(text).toMatch(/^atmp_/)
		const page = await call(accountPage.loader, requestAs(cookie, '/account/api-tokens'))
		expect(JSON.stringify(page.body)).not.toContain(text)
		expect(JSON.stringify(page.body)).toContain(text.slice(5, 13))
	})

	it('refuses a form without a scope, by its field', async () => {
		const outcome = await call(
			accountPage.action,
			requestAs(cookies.get('adminOfA'), '/account/api-tokens', {
				intent: 'create',
				name: 'No scope',
				organizationId: organizationA.id,
			}),
		)
		expect(outcome.status).toBe(400)
		expect(JSON.stringify(outcome.body)).toContain('apiTokens.scopes.required')
	})
})

describe('revoking a token', () => {
	it('asks first, then revokes on the confirmation only; another organisation cannot', async () => {
		const cookie = cookies.get('adminOfA')
		await call(
			accountPage.action,
			requestAs(cookie, '/account/api-tokens', { ...createForm(organizationA.id), name: 'To revoke' }),
		)
		const token = await prisma().apiToken.findFirstOrThrow({ where: { name: 'To revoke' } })
		const asking = await call(accountPage.loader, requestAs(cookie, `/account/api-tokens?revoke=${token.id}`))
		expect(asking.body).toMatchObject({ confirming: { id: token.id, name: 'To revoke', prefix: token.prefix } })
		expect((await prisma().apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull()

		const stranger = await call(
			accountPage.action,
			requestAs(cookies.get('memberOfB'), '/account/api-tokens', { intent: 'revoke', tokenId: token.id }),
		)
		expect(stranger.status).toBe(400)
		const staff = await call(
			coordinatorPage.action,
			requestAs(cookies.get('coordinator'), '/coordinator/api-tokens', { intent: 'revoke', tokenId: token.id }),
		)
		expect(staff.status).toBe(400)
		expect((await prisma().apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeNull()

		const confirmed = await call(
			accountPage.action,
			requestAs(cookie, `/account/api-tokens?revoke=${token.id}`, { intent: 'revoke', tokenId: token.id }),
		)
		expect(confirmed.status).toBe(200)
		expect((await prisma().apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).not.toBeNull()
		const after = await call(accountPage.loader, requestAs(cookie, `/account/api-tokens?revoke=${token.id}`))
		expect(after.body).toMatchObject({ confirming: null })
	})
})
