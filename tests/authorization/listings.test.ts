// The permission matrix of self-service listings and curation, walked over
// HTTP: every role against every protected loader and action, called the way
// Remix calls them (a Request with the session cookie), including a member of
// another organisation swapping in an id that is not theirs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { submitListingRevision } from '../../app/domain/listings/submit-listing-revision.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import * as auditRoute from '../../app/routes/coordinator.audit.tsx'
import * as curationRoute from '../../app/routes/coordinator.listings.$id.tsx'
import * as reviewRoute from '../../app/routes/coordinator.reviews.$revisionId.tsx'
import * as editRoute from '../../app/routes/my-listings.$id.edit.tsx'
import * as newRoute from '../../app/routes/my-listings.new.tsx'
import * as organizationRoute from '../../app/routes/organizations.$slug.tsx'
import { createListing, type createUser } from '../curation/factories.ts'
import { useTestDatabase } from '../setup/database.ts'
import {
	call,
	expectRefused,
	type Expectation,
	type MatrixCase,
	requestAs,
	type Role,
	sessionsForRoles,
	staffOnly,
	walkMatrix,
} from './route-calls.ts'

let db: Awaited<ReturnType<typeof useTestDatabase>>
let cookies: Map<Role, string | undefined>
let organizationA: Awaited<ReturnType<typeof createListing>>
let draftLabOfA: Awaited<ReturnType<typeof createListing>>
let publishedLabOfA: Awaited<ReturnType<typeof createListing>>
let memberOfA: Awaited<ReturnType<typeof createUser>>

beforeAll(async () => {
	db = await useTestDatabase()
	organizationA = await createListing({
		type: 'organization',
		name: 'Alpha Biologics AB',
		email: 'partnering@alpha.example',
	})
	const organizationB = await createListing({ type: 'organization', name: 'Beta Vectors AB' })
	draftLabOfA = await createListing({
		type: 'lab',
		name: 'Alpha Draft Lab',
		organizationId: organizationA.id,
		status: 'pending_review',
		publishedAt: null,
	})
	publishedLabOfA = await createListing({ type: 'lab', name: 'Alpha Lab', organizationId: organizationA.id })
	const sessions = await sessionsForRoles({ a: organizationA.id, b: organizationB.id })
	cookies = sessions.cookies
	memberOfA = sessions.users.memberOfA
})

afterAll(async () => {
	await db.cleanup()
})

function request(role: Role, path: string, form?: Record<string, string | string[]>): Request {
	return requestAs(cookies.get(role), path, form)
}

const organizationAAndStaff: Record<Role, Expectation> = {
	visitor: 'denied',
	memberOfA: 'allowed',
	adminOfA: 'allowed',
	memberOfB: 'denied',
	coordinator: 'allowed',
	platformAdmin: 'allowed',
}

let counter = 0

async function pendingRevision() {
	const lab = await createListing({ type: 'lab', name: `Review Lab ${++counter}`, organizationId: organizationA.id })
	return submitListingRevision({ actor: memberOfA, listingId: lab.id, record: { name: `${lab.name} renamed` } })
}

const cases: MatrixCase[] = [
	{
		name: "view a draft of organisation A's listing (edit page loader)",
		expected: organizationAAndStaff,
		run: (role) => call(editRoute.loader, request(role, `/my-listings/${draftLabOfA.id}/edit`), { id: draftLabOfA.id }),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: "edit organisation A's listing (edit page action, also an id swap for B)",
		expected: organizationAAndStaff,
		run: (role) =>
			call(
				editRoute.action,
				request(role, `/my-listings/${publishedLabOfA.id}/edit`, { intent: 'submit', name: `Edited by ${role}` }),
				{ id: publishedLabOfA.id },
			),
		isAllowed: (outcome) => outcome.status === 302 && Boolean(outcome.location?.startsWith('/my-listings?submitted=')),
		async nothingWritten(role) {
			const proposals = await prisma().listingRevision.count({
				where: { listingId: publishedLabOfA.id, payload: { path: ['name'], equals: `Edited by ${role}` } },
			})
			expect(proposals).toBe(0)
		},
	},
	{
		name: 'add a GMP facility to organisation A (new listing action)',
		expected: organizationAAndStaff,
		run: (role) =>
			call(
				newRoute.action,
				request(role, `/my-listings/new?type=facility&org=${organizationA.id}`, {
					intent: 'submit',
					name: `Suite by ${role}`,
				}),
			),
		isAllowed: (outcome) => outcome.status === 302 && Boolean(outcome.location?.startsWith('/my-listings?submitted=')),
		async nothingWritten(role) {
			expect(await prisma().listing.count({ where: { name: `Suite by ${role}` } })).toBe(0)
		},
	},
	{
		name: 'approve a revision',
		expected: staffOnly,
		async run(role) {
			const { revisionId } = await pendingRevision()
			return call(reviewRoute.action, request(role, `/coordinator/reviews/${revisionId}`, { intent: 'approve' }), {
				revisionId,
			})
		},
		isAllowed: (outcome) => outcome.status === 302 && outcome.location === '/coordinator/reviews?done=approved',
	},
	{
		name: 'verify a listing',
		expected: staffOnly,
		run: (role) =>
			call(
				curationRoute.action,
				request(role, `/coordinator/listings/${publishedLabOfA.id}`, {
					intent: 'verify',
					licenceCode: '',
					reference: `Checked for ${role}`,
				}),
				{ id: publishedLabOfA.id },
			),
		isAllowed: (outcome) => outcome.status === 302 && Boolean(outcome.location?.endsWith('?done=verified')),
		async nothingWritten(role) {
			expect(await prisma().verification.count({ where: { reference: `Checked for ${role}` } })).toBe(0)
		},
	},
	{
		name: 'merge a duplicate into another listing',
		expected: staffOnly,
		async run(role) {
			const duplicate = await createListing({
				type: 'lab',
				name: `Duplicate ${++counter}`,
				organizationId: organizationA.id,
			})
			const outcome = await call(
				curationRoute.action,
				request(role, `/coordinator/listings/${duplicate.id}`, { intent: 'merge', survivorRef: publishedLabOfA.ref }),
				{ id: duplicate.id },
			)
			const after = await prisma().listing.findUniqueOrThrow({ where: { id: duplicate.id } })
			expect(after.mergedIntoId !== null).toBe(Boolean(outcome.location?.endsWith('?done=merged')))
			return outcome
		},
		isAllowed: (outcome) => outcome.status === 302 && Boolean(outcome.location?.endsWith('?done=merged')),
	},
	{
		name: 'read the audit log',
		expected: staffOnly,
		run: (role) => call(auditRoute.loader, request(role, '/coordinator/audit')),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: "read member-only fields (organisation A's e-mail on its public page)",
		expected: {
			visitor: 'denied',
			memberOfA: 'allowed',
			adminOfA: 'allowed',
			memberOfB: 'allowed',
			coordinator: 'allowed',
			platformAdmin: 'allowed',
		},
		run: (role) =>
			call(organizationRoute.loader, request(role, `/organizations/${organizationA.slug}`), {
				slug: organizationA.slug,
			}),
		isAllowed: (outcome) => outcome.status === 200 && JSON.stringify(outcome.body).includes('partnering@alpha.example'),
	},
]

walkMatrix(cases, (role, outcome, matrixCase) => {
	if (role === 'visitor' && matrixCase.name.startsWith('read member-only')) {
		// Public page: visitors see it, without the member-only field.
		expect(outcome.status).toBe(200)
	} else {
		expectRefused(role, outcome)
	}
})

describe('id swapping', () => {
	it('a member of B gets 403 for every listing id of A, and the listing stays as it was', async () => {
		const before = await prisma().listing.findUniqueOrThrow({ where: { id: publishedLabOfA.id } })
		for (const listingId of [organizationA.id, draftLabOfA.id, publishedLabOfA.id]) {
			const view = await call(editRoute.loader, request('memberOfB', `/my-listings/${listingId}/edit`), {
				id: listingId,
			})
			const edit = await call(
				editRoute.action,
				request('memberOfB', `/my-listings/${listingId}/edit`, { intent: 'submit', name: 'Swapped' }),
				{ id: listingId },
			)
			expect([view.status, edit.status]).toEqual([403, 403])
		}
		expect(await prisma().listing.findUniqueOrThrow({ where: { id: publishedLabOfA.id } })).toEqual(before)
		expect(await prisma().listingRevision.count({ where: { payload: { path: ['name'], equals: 'Swapped' } } })).toBe(0)
	})

	it('an unknown or malformed id is 404, before anything about permissions is said', async () => {
		for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
			expect((await call(editRoute.loader, request('memberOfB', `/my-listings/${id}/edit`), { id })).status).toBe(404)
		}
	})

	it('a crafted "verified" or host field in the edit form is ignored', async () => {
		const outcome = await call(
			editRoute.action,
			request('memberOfA', `/my-listings/${publishedLabOfA.id}/edit`, {
				intent: 'submit',
				name: 'Alpha Lab',
				verified: 'true',
				organizationRef: 'someone-else',
			}),
			{ id: publishedLabOfA.id },
		)
		expect(outcome.status).toBe(302)
		const revision = await prisma().listingRevision.findFirstOrThrow({
			where: { listingId: publishedLabOfA.id, status: 'pending' },
			orderBy: { createdAt: 'desc' },
		})
		expect(revision.payload).not.toHaveProperty('verified')
		expect(revision.payload).toMatchObject({ organizationRef: organizationA.ref })
		expect(await prisma().verification.count({ where: { listingId: publishedLabOfA.id, reference: null } })).toBe(0)
	})
})

describe('bad input over HTTP', () => {
	it('returns field messages, keeps the typed values and writes nothing', async () => {
		const revisionsBefore = await prisma().listingRevision.count()
		const outcome = await call(
			editRoute.action,
			request('memberOfA', `/my-listings/${publishedLabOfA.id}/edit`, {
				intent: 'submit',
				name: '',
				summary: `<script>alert("x")</script>${'x'.repeat(300)}`,
				modalities: ['car-t', 'not-a-modality'],
				acceptsExternalProjects: 'maybe',
			}),
			{ id: publishedLabOfA.id },
		)
		expect(outcome.status).toBe(400)
		const result = (
			outcome.body as { result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } }
		).result
		expect(Object.keys(result.error).sort()).toEqual(['acceptsExternalProjects', 'modalities[1]', 'name', 'summary'])
		expect(result.initialValue.summary).toContain('<script>')
		expect(await prisma().listingRevision.count()).toBe(revisionsBefore)
	})
})
