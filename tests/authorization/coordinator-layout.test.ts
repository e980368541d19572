import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addMembership, makeOrganization, makeUser, sessionCookie } from '../accounts/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { startPortal, type Portal } from '../support/portal-process.ts'

// The coordinator area as a browser meets it: one layout gives every page
// under /coordinator the same nav and turns away everyone but hub staff, with
// a page that says so in the visitor's language.

const db = withTestDatabase()
let portal: Portal
const cookies = { member: '', coordinator: '' }

const coordinatorPages = [
	'/coordinator',
	'/coordinator/reviews',
	`/coordinator/reviews/${randomUUID()}`,
	'/coordinator/requests',
	`/coordinator/requests/${randomUUID()}`,
	'/coordinator/claims',
	'/coordinator/listings',
	'/coordinator/stale',
	`/coordinator/listings/${randomUUID()}`,
	'/coordinator/news',
	'/coordinator/news/new',
	`/coordinator/news/${randomUUID()}`,
	'/coordinator/events',
	'/coordinator/events/new',
	`/coordinator/events/${randomUUID()}`,
	'/coordinator/audit',
	'/coordinator/analytics',
	'/coordinator/pages',
	'/coordinator/pages/privacy',
]

function get(path: string, cookie: string, language = 'en') {
	return fetch(`${portal.url}${path}`, { headers: { Cookie: cookie, 'Accept-Language': language }, redirect: 'manual' })
}

beforeAll(async () => {
	portal = await startPortal({ databaseUrl: db.url })
	const member = await makeUser()
	await addMembership(member.id, (await makeOrganization()).id)
	cookies.member = await sessionCookie(member.id)
	cookies.coordinator = await sessionCookie((await makeUser({ role: 'coordinator' })).id)
}, 300_000)
afterAll(async () => {
	await portal?.stop()
})

describe('the coordinator layout', () => {
	it.each(coordinatorPages)('refuses a member on %s with a page that says they have no access', async (path) => {
		const response = await get(path, cookies.member)
		expect(response.status).toBe(403)
		const page = await response.text()
		expect(page).toContain('You don’t have access to this page')
		expect(page).not.toContain('Something went wrong')
	})

	it('says so in Swedish to a Swedish-speaking member', async () => {
		const response = await get('/coordinator/claims', cookies.member, 'sv')
		expect(response.status).toBe(403)
		expect(await response.text()).toContain('Du har inte behörighet till den här sidan')
	})

	it('gives every coordinator page, the claims page included, the coordinator nav', async () => {
		for (const path of ['/coordinator', '/coordinator/claims', '/coordinator/audit']) {
			const response = await get(path, cookies.coordinator)
			expect(response.status, path).toBe(200)
			expect(await response.text(), path).toContain('aria-label="Coordinator pages"')
		}
	})
})
