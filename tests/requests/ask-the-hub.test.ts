// "Ask the hub" from a listing: the new request form opens prefilled from the
// listing, the request remembers where it started, and the coordinator's
// triage page says so. Loaders and actions are called as the browser would.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { prefillRequest } from '../../app/domain/requests/prefill-request.server.ts'
import * as triagePage from '../../app/routes/coordinator.requests.$requestId.tsx'
import * as newRequestPage from '../../app/routes/_member.requests.new.tsx'
import { prisma } from '../../app/utils/db.server.ts'
import { sessionCookie } from '../accounts/factories.ts'
import { call, requestAs } from '../authorization/route-calls.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()
const member = { isMember: true }
let requester: { id: string }
let facility: { id: string; ref: string; slug: string }
let unpublished: { id: string; ref: string }
let memberCookie: string
let coordinatorCookie: string

beforeAll(async () => {
	requester = await createListing({ type: 'organization', name: 'Asking Cells AB' })
	const host = await createListing({ type: 'organization', name: 'Grindtorp Biologics AB' })
	facility = await createListing({
		type: 'facility',
		name: 'Grindtorp Clean Suite',
		organizationId: host.id,
		services: ['gmp-manufacturing'],
		modalities: ['car-t'],
		cleanroomGrades: ['B'],
	})
	unpublished = await createListing({ type: 'facility', name: 'Hidden Suite', status: 'pending_review' })
	const user: Actor = await createUser({ memberships: [{ organizationId: requester.id }] })
	memberCookie = await sessionCookie(user.userId)
	coordinatorCookie = await sessionCookie((await createUser({ platformRole: 'coordinator' })).userId)
})

describe('prefilling a request from a listing', () => {
	it('takes the listing’s needs, names it in the title and description, and keeps it as the origin', async () => {
		const prefill = await prefillRequest({ from: facility.ref, viewer: member, locale: 'en' })
		expect(prefill.startedFrom).toEqual({
			id: facility.id,
			type: 'facility',
			slug: facility.slug,
			name: 'Grindtorp Clean Suite',
		})
		expect(prefill.values).toMatchObject({
			title: 'Working with Grindtorp Clean Suite',
			services: ['gmp-manufacturing'],
			modalities: ['car-t'],
			requiredGrades: ['B'],
			preferredListingType: 'facility',
		})
		expect(prefill.values.description).toContain('Grindtorp Clean Suite')
	})

	it('writes the sentences in the reader’s language', async () => {
		const prefill = await prefillRequest({ from: facility.ref, viewer: member, locale: 'sv' })
		expect(prefill.values.title).toBe('Samarbete med Grindtorp Clean Suite')
	})

	it('ignores a listing that is unknown or not published: the form opens empty', async () => {
		for (const from of [unpublished.ref, 'fac-does-not-exist', 'x'.repeat(500)]) {
			expect(await prefillRequest({ from, viewer: member, locale: 'en' })).toEqual({ values: {}, startedFrom: null })
		}
	})

	it('starts the description with what a search that found nothing was looking for', async () => {
		expect(await prefillRequest({ need: '  alginate bioprinting  ', viewer: member, locale: 'en' })).toEqual({
			values: { description: 'alginate bioprinting' },
			startedFrom: null,
		})
	})

	it('opens the page’s form prefilled for a member, and empty for an unknown ref', async () => {
		const page = await call(
			newRequestPage.loader,
			requestAs(memberCookie, `/requests/new?from=${encodeURIComponent(facility.ref)}`),
		)
		expect(page.status).toBe(200)
		expect(page.body).toMatchObject({ prefill: { startedFrom: { id: facility.id } } })
		const unknown = await call(newRequestPage.loader, requestAs(memberCookie, '/requests/new?from=fac-nope'))
		expect(unknown.body).toMatchObject({ prefill: { values: {}, startedFrom: null } })
	})
})

function submitForm(startedFromListingId: string) {
	return {
		intent: 'submit',
		organizationId: requester.id,
		title: 'Working with Grindtorp Clean Suite',
		teaser: 'A company needs grade B capacity for an autologous CAR-T product.',
		description: 'We need two batches a month from next spring.',
		services: 'gmp-manufacturing',
		startedFromListingId,
	}
}

describe('a request started from a listing', () => {
	it('remembers the listing, and the coordinator’s triage page shows it, linked', async () => {
		const outcome = await call(newRequestPage.action, requestAs(memberCookie, '/requests/new', submitForm(facility.id)))
		expect(outcome.status).toBe(302)
		const requestId = /^\/requests\/([0-9a-f-]+)\?done=submitted$/.exec(outcome.location ?? '')?.[1]
		expect(requestId).toBeDefined()
		const stored = await prisma().matchRequest.findUniqueOrThrow({ where: { id: requestId! } })
		expect(stored.startedFromListingId).toBe(facility.id)

		const triage = await call(triagePage.loader, requestAs(coordinatorCookie, `/coordinator/requests/${requestId}`), {
			requestId: requestId!,
		})
		expect(triage.status).toBe(200)
		expect(triage.body).toMatchObject({
			detail: {
				request: {
					startedFrom: { type: 'facility', slug: facility.slug, name: 'Grindtorp Clean Suite', published: true },
				},
			},
		})
	})

	it('refuses an origin that is not published with a message by the field, and writes nothing', async () => {
		const before = await prisma().matchRequest.count()
		const outcome = await call(
			newRequestPage.action,
			requestAs(memberCookie, '/requests/new', submitForm(unpublished.id)),
		)
		expect(outcome.status).toBe(400)
		expect((outcome.body as { result: { error: Record<string, string[]> } }).result.error).toEqual({
			startedFromListingId: ['rule:started-from-not-published'],
		})
		expect(await prisma().matchRequest.count()).toBe(before)
	})

	it('refuses an origin that is not even an id the same way', async () => {
		const before = await prisma().matchRequest.count()
		const outcome = await call(newRequestPage.action, requestAs(memberCookie, '/requests/new', submitForm('fac-1')))
		expect(outcome.status).toBe(400)
		expect((outcome.body as { result: { error: Record<string, string[]> } }).result.error).toEqual({
			startedFromListingId: ['rule:started-from-not-published'],
		})
		expect(await prisma().matchRequest.count()).toBe(before)
	})

	it('shows a request written without a listing as started from nowhere', async () => {
		const outcome = await call(
			newRequestPage.action,
			requestAs(memberCookie, '/requests/new', { ...submitForm(''), title: 'No origin' }),
		)
		const requestId = /^\/requests\/([0-9a-f-]+)/.exec(outcome.location ?? '')![1]!
		const triage = await call(triagePage.loader, requestAs(coordinatorCookie, `/coordinator/requests/${requestId}`), {
			requestId,
		})
		expect(triage.body).toMatchObject({ detail: { request: { startedFrom: null } } })
	})
})
