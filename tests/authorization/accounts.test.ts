import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { beforeAll, describe, expect, it } from 'vitest'
import { SESSION_COOKIE } from '../../app/http/session-cookie.server.ts'
import { loader as accountLoader } from '../../app/routes/_member.account._index.tsx'
import { loader as exportLoader } from '../../app/routes/account.export.ts'
import { loader as mailboxLoader } from '../../app/routes/admin.mail._index.tsx'
import { action as claimsAction, loader as claimsLoader } from '../../app/routes/coordinator.claims.tsx'
import { action as loginAction } from '../../app/routes/login.tsx'
import { action as logoutAction } from '../../app/routes/logout.tsx'
import { action as membersAction, loader as membersLoader } from '../../app/routes/organizations.$slug_.members.tsx'
import { prisma } from '../../app/utils/db.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { registerOrganization } from '../../app/domain/accounts/register-organization.server.ts'
import {
	actorOf,
	addMembership,
	KNOWN_PASSWORD,
	makeOrganization,
	makeUser,
	sessionCookie,
} from '../accounts/factories.ts'

// Route loaders and actions called the way Remix calls them, with a Request
// carrying a real session cookie: who gets the page, who is sent to log in,
// and who gets 403 — including someone who edits an id or a slug in the URL.

const origin = 'http://hub.test'

withTestDatabase()
const cookies: Record<
	'member' | 'memberOfA' | 'adminOfA' | 'adminOfB' | 'coordinator' | 'platformAdmin' | 'unverified',
	string
> = {
	member: '',
	memberOfA: '',
	adminOfA: '',
	adminOfB: '',
	coordinator: '',
	platformAdmin: '',
	unverified: '',
}
let orgA: { id: string; slug: string }
let orgB: { id: string; slug: string }

beforeAll(async () => {
	orgA = await makeOrganization('Organisation A')
	orgB = await makeOrganization('Organisation B')
	const member = await makeUser()
	await addMembership(member.id, orgB.id)
	const memberOfA = await makeUser()
	await addMembership(memberOfA.id, orgA.id, 'member')
	const adminOfA = await makeUser()
	await addMembership(adminOfA.id, orgA.id, 'admin')
	const adminOfB = await makeUser()
	await addMembership(adminOfB.id, orgB.id, 'admin')
	cookies.member = await sessionCookie(member.id)
	cookies.memberOfA = await sessionCookie(memberOfA.id)
	cookies.adminOfA = await sessionCookie(adminOfA.id)
	cookies.adminOfB = await sessionCookie(adminOfB.id)
	cookies.coordinator = await sessionCookie((await makeUser({ role: 'coordinator' })).id)
	cookies.platformAdmin = await sessionCookie((await makeUser({ role: 'platform_admin' })).id)
	cookies.unverified = await sessionCookie((await makeUser({ verified: false })).id)
})

function get(path: string, cookie?: string): LoaderFunctionArgs {
	const request = new Request(`${origin}${path}`, { headers: cookie ? { Cookie: cookie } : {} })
	return { request, params: paramsFor(path), context: {} }
}

function post(
	path: string,
	fields: Record<string, string>,
	cookie?: string,
	init: { origin?: string } = {},
): ActionFunctionArgs {
	const body = new FormData()
	for (const [name, value] of Object.entries(fields)) body.set(name, value)
	const request = new Request(`${init.origin ?? origin}${path}`, {
		method: 'POST',
		body,
		headers: cookie ? { Cookie: cookie } : {},
	})
	return { request, params: paramsFor(path), context: {} }
}

function paramsFor(path: string): Record<string, string> {
	const slug = path.match(/^\/organizations\/([^/?]+)/)?.[1]
	return slug ? { slug } : {}
}

/** What a loader or action produced: its value, or the Response it threw. */
async function settle(run: () => Promise<unknown>): Promise<{ response?: Response; value?: unknown }> {
	try {
		const value = await run()
		return value instanceof Response ? { response: value } : { value }
	} catch (thrown) {
		if (thrown instanceof Response) return { response: thrown }
		throw thrown
	}
}

/** The status a `data(…, { status })` result carries (200 when none). */
function statusOf(value: unknown): number {
	const init = (value as { init?: { status?: number } | null } | undefined)?.init
	return init?.status ?? 200
}

describe('visitors are sent to log in', () => {
	for (const path of ['/account', '/admin/mail', '/coordinator/claims', '/account/export']) {
		it(path, async () => {
			const loader = {
				'/account': accountLoader,
				'/admin/mail': mailboxLoader,
				'/coordinator/claims': claimsLoader,
				'/account/export': exportLoader,
			}[path]!
			const { response } = await settle(() => loader(get(path)))
			expect(response?.status).toBe(302)
			expect(response?.headers.get('Location')).toBe(`/login?redirectTo=${encodeURIComponent(path)}`)
		})
	}

	it('the members page of an organisation', async () => {
		const { response } = await settle(() => membersLoader(get(`/organizations/${orgA.slug}/members`)))
		expect(response?.status).toBe(302)
		expect(response?.headers.get('Location')).toMatch(/^\/login\?redirectTo=/)
	})
})

describe('signed-in users without the permission get 403', () => {
	it('a member on /admin/mail and /coordinator/claims, for reading and for deciding', async () => {
		expect((await settle(() => mailboxLoader(get('/admin/mail', cookies.member)))).response?.status).toBe(403)
		expect((await settle(() => claimsLoader(get('/coordinator/claims', cookies.member)))).response?.status).toBe(403)
		const decide = post('/coordinator/claims', { claimId: crypto.randomUUID(), decision: 'approve' }, cookies.member)
		expect((await settle(() => claimsAction(decide))).response?.status).toBe(403)
	})

	it('a coordinator is not a platform admin: 403 on /admin/mail', async () => {
		expect((await settle(() => mailboxLoader(get('/admin/mail', cookies.coordinator)))).response?.status).toBe(403)
	})

	it('an organisation member who is not its admin cannot invite', async () => {
		const invite = post(
			`/organizations/${orgA.slug}/members`,
			{ intent: 'invite', email: 'x@example.org', role: 'admin' },
			cookies.memberOfA,
		)
		expect((await settle(() => membersAction(invite))).response?.status).toBe(403)
		expect(
			(await settle(() => membersLoader(get(`/organizations/${orgA.slug}/members`, cookies.memberOfA)))).response
				?.status,
		).toBe(403)
		expect(await prisma().invitation.count({ where: { organizationId: orgA.id } })).toBe(0)
	})

	it('the admin of an organisation still waiting for review cannot invite in its name, nor read members-only pages', async () => {
		const founder = await makeUser()
		const { listingId } = await registerOrganization({
			actor: await actorOf(founder.id),
			record: { name: 'Rho Pending AB', kind: 'company' },
		})
		const pending = await prisma().listing.findUniqueOrThrow({ where: { id: listingId } })
		const cookie = await sessionCookie(founder.id)
		const invite = post(
			`/organizations/${pending.slug}/members`,
			{ intent: 'invite', email: 'colleague@example.org', role: 'member' },
			cookie,
		)
		expect((await settle(() => membersAction(invite))).response?.status).toBe(403)
		expect(
			(await settle(() => membersLoader(get(`/organizations/${pending.slug}/members`, cookie)))).response?.status,
		).toBe(403)
		expect(await prisma().invitation.count({ where: { organizationId: listingId } })).toBe(0)
		// Their own account page works, without a "manage members" offer.
		expect((await settle(() => accountLoader(get('/account', cookie)))).value).toMatchObject({
			account: { organizations: [{ name: 'Rho Pending AB', role: 'admin', firstReview: 'pending_review' }] },
		})
	})

	it('the admin of organisation A gets 403 on organisation B (the slug swapped in the URL)', async () => {
		expect(
			(await settle(() => membersLoader(get(`/organizations/${orgB.slug}/members`, cookies.adminOfA)))).response
				?.status,
		).toBe(403)
		const invite = post(
			`/organizations/${orgB.slug}/members`,
			{ intent: 'invite', email: 'y@example.org', role: 'admin' },
			cookies.adminOfA,
		)
		expect((await settle(() => membersAction(invite))).response?.status).toBe(403)
		expect(await prisma().invitation.count({ where: { organizationId: orgB.id } })).toBe(0)
	})

	it('the admin of A cannot remove a member of B by posting B’s membership id to A’s page', async () => {
		const membershipOfB = await prisma().membership.findFirstOrThrow({ where: { organizationId: orgB.id } })
		const remove = post(
			`/organizations/${orgA.slug}/members`,
			{ intent: 'remove', membershipId: membershipOfB.id },
			cookies.adminOfA,
		)
		expect((await settle(() => membersAction(remove))).response?.status).toBe(404)
		expect(await prisma().membership.count({ where: { id: membershipOfB.id } })).toBe(1)
	})

	it('an unconfirmed account cannot download personal data yet (403), a confirmed one can', async () => {
		expect((await settle(() => exportLoader(get('/account/export', cookies.unverified)))).response?.status).toBe(403)
		const { response } = await settle(() => exportLoader(get('/account/export', cookies.member)))
		expect(response?.status).toBe(200)
		expect(response?.headers.get('Content-Disposition')).toMatch(
			/^attachment; filename="atmp-flemingsberg-personal-data-/,
		)
		expect(response?.headers.get('Cache-Control')).toBe('no-store')
	})
})

describe('those with the permission get the page', () => {
	it('admin of A on A’s members page, a platform admin on /admin/mail, a coordinator on /coordinator/claims', async () => {
		const members = await settle(() => membersLoader(get(`/organizations/${orgA.slug}/members`, cookies.adminOfA)))
		expect(members.value).toMatchObject({ organization: { name: 'Organisation A' } })
		expect((await settle(() => mailboxLoader(get('/admin/mail', cookies.platformAdmin)))).value).toMatchObject({
			delivered: [],
		})
		expect((await settle(() => claimsLoader(get('/coordinator/claims', cookies.coordinator)))).value).toMatchObject({
			claims: [],
		})
		// Staff manage any organisation's members.
		expect(
			(await settle(() => membersLoader(get(`/organizations/${orgB.slug}/members`, cookies.coordinator)))).value,
		).toBeDefined()
	})

	it('an unconfirmed account still reaches its own account page', async () => {
		expect((await settle(() => accountLoader(get('/account', cookies.unverified)))).value).toMatchObject({
			account: { emailVerified: false, canExport: false },
		})
	})

	it('an unknown organisation is 404, not 403', async () => {
		expect(
			(await settle(() => membersLoader(get('/organizations/no-such-org/members', cookies.adminOfA)))).response?.status,
		).toBe(404)
	})
})

describe('login and logout over HTTP', () => {
	it('a wrong password is a 400 with a field message and no cookie', async () => {
		const user = await makeUser()
		const { value } = await settle(() =>
			loginAction(post('/login', { email: user.email, password: 'wrong password!' })),
		)
		expect(statusOf(value)).toBe(400)
		expect(JSON.stringify(value)).toContain('auth.login.invalid')
		expect(JSON.stringify(value)).not.toContain('wrong password!')
	})

	it('the right password sets an HttpOnly, SameSite=Lax session cookie and redirects only within the site', async () => {
		const user = await makeUser()
		const { response } = await settle(() =>
			loginAction(post('/login', { email: user.email, password: KNOWN_PASSWORD, redirectTo: 'https://evil.example/' })),
		)
		expect(response?.status).toBe(302)
		expect(response?.headers.get('Location')).toBe('/home')
		const cookie = response?.headers.get('Set-Cookie') ?? ''
		expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43};`))
		expect(cookie).toContain('HttpOnly')
		expect(cookie).toContain('SameSite=Lax')
		expect(cookie).not.toContain('Secure')

		const overHttps = await settle(() =>
			loginAction(
				post('/login', { email: user.email, password: KNOWN_PASSWORD, redirectTo: '/account' }, undefined, {
					origin: 'https://hub.test',
				}),
			),
		)
		expect(overHttps.response?.headers.get('Location')).toBe('/account')
		expect(overHttps.response?.headers.get('Set-Cookie')).toContain('; Secure')
	})

	// Was "the minutes to wait" after a per-account lockout; failed logins now earn waits of seconds that double.
	it('too many attempts answer 429 with the time to wait', async () => {
		const user = await makeUser()
		let last: unknown
		for (let attempt = 0; attempt < 9; attempt++) {
			last = (
				await settle(() => loginAction(post('/login', { email: user.email, password: `guess number ${attempt}` })))
			).value
		}
		expect(statusOf(last)).toBe(429)
		expect(JSON.stringify(last)).toMatch(/auth\.rateLimited\.seconds\?seconds=\d+/)
	}, 60_000)

	it('logout is a POST that ends the session and clears the cookie', async () => {
		const user = await makeUser()
		const cookie = await sessionCookie(user.id)
		const { response } = await settle(() => logoutAction(post('/logout', {}, cookie)))
		expect(response?.status).toBe(302)
		expect(response?.headers.get('Set-Cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`))
		expect(await prisma().session.count({ where: { userId: user.id } })).toBe(0)
		const { response: after } = await settle(() => accountLoader(get('/account', cookie)))
		expect(after?.status).toBe(302)
	})
})
