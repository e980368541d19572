// Stale-listing nudges (docs/decisions/044): the coordinators' list and its
// buttons (ask again about a listing or a facility's capacity windows,
// archive after a confirmation step) are hub staff's; the confirmation page belongs to whoever holds
// the mailed link, signed in or not, and to nobody with a made-up one.
import { beforeAll, describe, expect, it } from 'vitest'
import * as confirmPage from '../../app/routes/listings.confirm.$token.tsx'
import * as stalePage from '../../app/routes/coordinator.stale.tsx'
import { prisma } from '../../app/utils/db.server.ts'
import { createListing } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import {
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

const longAgo = new Date('2020-01-01T00:00:00Z')

beforeAll(async () => {
	organizationA = await createListing({ type: 'organization', name: 'Alpha Stale AB', publishedAt: longAgo })
	const organizationB = await createListing({ type: 'organization', name: 'Beta Stale AB' })
	;({ cookies, users } = await sessionsForRoles({ a: organizationA.id, b: organizationB.id }))
})

const staleLab = () =>
	createListing({ type: 'lab', name: 'Stale Matrix Lab', organizationId: organizationA.id, publishedAt: longAgo })

/** A facility of organisation A whose suite windows nobody has touched since long ago. */
async function staleCapacityFacility() {
	const facility = await createListing({
		type: 'facility',
		name: 'Stale Matrix Cleanrooms',
		organizationId: organizationA.id,
	})
	const suite = await prisma().facilitySuite.create({ data: { facilityId: facility.id, name: 'Suite 1' } })
	await prisma().$executeRaw`UPDATE "FacilitySuite" SET "updatedAt" = ${longAgo} WHERE "id" = ${suite.id}::uuid`
	return facility
}

const auditBy = (role: Role, action: string) =>
	role === 'visitor'
		? Promise.resolve(0)
		: prisma().auditEntry.count({ where: { actorId: users[role].userId, action } })

const cases: MatrixCase[] = [
	{
		name: 'stale listings page',
		expected: staffOnly,
		run: (role) => call(stalePage.loader, requestAs(cookies.get(role), '/coordinator/stale')),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: 'stale listings: ask again',
		expected: staffOnly,
		run: async (role) => {
			const lab = await staleLab()
			return call(
				stalePage.action,
				requestAs(cookies.get(role), '/coordinator/stale', { intent: 'nudge', listingId: lab.id }),
			)
		},
		isAllowed: (outcome) => outcome.status === 302 && outcome.location === '/coordinator/stale?done=nudged',
		nothingWritten: async (role) => expect(await auditBy(role, 'listing.nudged')).toBe(0),
	},
	{
		name: 'stale listings: ask again about capacity windows',
		expected: staffOnly,
		run: async (role) => {
			const facility = await staleCapacityFacility()
			return call(
				stalePage.action,
				requestAs(cookies.get(role), '/coordinator/stale', { intent: 'nudge-capacity', listingId: facility.id }),
			)
		},
		isAllowed: (outcome) => outcome.status === 302 && outcome.location === '/coordinator/stale?done=capacityNudged',
		nothingWritten: async (role) => expect(await auditBy(role, 'capacity.nudged')).toBe(0),
	},
	{
		name: 'stale listings: archive, confirmed',
		expected: staffOnly,
		run: async (role) => {
			const lab = await staleLab()
			return call(
				stalePage.action,
				requestAs(cookies.get(role), '/coordinator/stale', { intent: 'archive', listingId: lab.id, confirm: 'yes' }),
			)
		},
		isAllowed: (outcome) => outcome.status === 302 && outcome.location === '/coordinator/stale?done=archived',
		nothingWritten: async (role) => expect(await auditBy(role, 'listing.archived')).toBe(0),
	},
]

describe('archiving from the stale list', () => {
	it('asks first: the first post archives nothing and comes back with the question', async () => {
		const lab = await staleLab()
		const first = await call(
			stalePage.action,
			requestAs(cookies.get('coordinator'), '/coordinator/stale', { intent: 'archive', listingId: lab.id }),
		)
		expect(first.status).toBe(200)
		expect(first.body).toMatchObject({ intent: 'archive', confirming: [['listingId', lab.id]] })
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: lab.id } })).status).toBe('published')
	})
})

describe('the stale list shows facilities whose capacity windows are out of date', () => {
	it('lists a facility with old windows beside the stale listings', async () => {
		const facility = await staleCapacityFacility()
		const page = await call(stalePage.loader, requestAs(cookies.get('coordinator'), '/coordinator/stale'))
		const body = page.body as { capacityMonths: number; facilities: Array<{ id: string; editPath: string }> }
		expect(body.capacityMonths).toBe(3)
		expect(body.facilities).toContainEqual(
			expect.objectContaining({ id: facility.id, editPath: `/my-listings/${facility.id}/capacity` }),
		)
	})
})

describe('who works the stale list', () => {
	walkMatrix(cases, { roles })
})

describe('the confirmation page', () => {
	async function mailedToken(): Promise<{ token: string; listingId: string }> {
		const lab = await staleLab()
		await call(
			stalePage.action,
			requestAs(cookies.get('coordinator'), '/coordinator/stale', { intent: 'nudge', listingId: lab.id }),
		)
		const mails = await prisma().outboxEvent.findMany({ where: { topic: 'mail.send' }, orderBy: { id: 'desc' } })
		for (const row of mails) {
			const match = (row.payload as { text?: string }).text?.match(/\/listings\/confirm\/([A-Za-z0-9_-]+)/)
			if (match?.[1] && (row.payload as { text: string }).text.includes('Stale Matrix Lab'))
				return { token: match[1], listingId: lab.id }
		}
		throw new Error('no nudge mail')
	}

	it.each(roles)('opens for %s holding the link, and confirms once', async (role) => {
		const { token, listingId } = await mailedToken()
		const page = await call(confirmPage.loader, requestAs(cookies.get(role), `/listings/confirm/${token}`), { token })
		expect(page.body).toMatchObject({ confirmation: { listingName: 'Stale Matrix Lab' } })
		const first = await call(confirmPage.action, requestAs(cookies.get(role), `/listings/confirm/${token}`, {}), {
			token,
		})
		expect(first.body).toMatchObject({ outcome: 'confirmed' })
		const second = await call(confirmPage.action, requestAs(cookies.get(role), `/listings/confirm/${token}`, {}), {
			token,
		})
		expect(second.body).toEqual({ outcome: 'invalid' })
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: listingId } })).confirmedAt).not.toBeNull()
	})

	it('asks about a facility’s windows from a capacity link, and confirms them, not the listing', async () => {
		const facility = await staleCapacityFacility()
		await call(
			stalePage.action,
			requestAs(cookies.get('coordinator'), '/coordinator/stale', {
				intent: 'nudge-capacity',
				listingId: facility.id,
			}),
		)
		const mails = await prisma().outboxEvent.findMany({ where: { topic: 'mail.send' }, orderBy: { id: 'desc' } })
		const text = mails
			.map((row) => (row.payload as { text?: string }).text ?? '')
			.find((mailText) => mailText.includes(`/my-listings/${facility.id}/capacity`))
		const token = text?.match(/\/listings\/confirm\/([A-Za-z0-9_-]+)/)?.[1]
		if (!token) throw new Error('no capacity nudge mail')
		const page = await call(confirmPage.loader, requestAs(undefined, `/listings/confirm/${token}`), { token })
		expect(page.body).toMatchObject({ confirmation: { purpose: 'capacity' }, months: 3 })
		const posted = await call(confirmPage.action, requestAs(undefined, `/listings/confirm/${token}`, {}), { token })
		expect(posted.body).toMatchObject({ outcome: 'confirmed', purpose: 'capacity' })
		const row = await prisma().listing.findUniqueOrThrow({ where: { id: facility.id } })
		expect(row.capacityCurrentAt).not.toBeNull()
		expect(row.confirmedAt).toBeNull()
	})

	it.each(roles)('refuses a made-up link for %s, writing nothing', async (role) => {
		const token = 'made-up-token-0123456789abcdefghijklmnopq'
		const page = await call(confirmPage.loader, requestAs(cookies.get(role), `/listings/confirm/${token}`), { token })
		expect(page.body).toMatchObject({ confirmation: null })
		const posted = await call(confirmPage.action, requestAs(cookies.get(role), `/listings/confirm/${token}`, {}), {
			token,
		})
		expect(posted.body).toEqual({ outcome: 'invalid' })
		expect(await prisma().auditEntry.count({ where: { action: 'listing.confirmed', actorId: null } })).toBe(0)
	})
})
