// The permission matrix of self-service listings and curation, walked over
// HTTP: every role against every protected loader and action, called the way
// Remix calls them (a Request with the session cookie), including a member of
// another organisation swapping in an id that is not theirs.
import { beforeAll, describe, expect, it } from 'vitest'
import { registerOrganization } from '../../app/domain/accounts/register-organization.server.ts'
import { submitListingRevision } from '../../app/domain/listings/submit-listing-revision.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import * as auditRoute from '../../app/routes/coordinator.audit.tsx'
import * as curationRoute from '../../app/routes/coordinator.listings.$id.tsx'
import * as reviewRoute from '../../app/routes/coordinator.reviews.$revisionId.tsx'
import * as editRoute from '../../app/routes/_member.my-listings.$id.edit.tsx'
import * as newRoute from '../../app/routes/_member.my-listings.new.tsx'
import * as organizationRoute from '../../app/routes/organizations.$slug.tsx'
import { actorOf, sessionCookie } from '../accounts/factories.ts'
import { createListing, createUser } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import {
	allowedOnly,
	call,
	expectRefused,
	type MatrixCase,
	requestAs,
	sessionCookies,
	walkMatrix,
} from './route-calls.ts'

// newUser: verified, belongs to no organisation. adminOfPending: registered
// organisation P, which no coordinator has approved yet.
const roles = [
	'visitor',
	'memberOfA',
	'adminOfA',
	'memberOfB',
	'newUser',
	'adminOfPending',
	'coordinator',
	'platformAdmin',
] as const
type Role = (typeof roles)[number]

withTestDatabase()
const cookies = new Map<Role, string | undefined>()
let organizationA: Awaited<ReturnType<typeof createListing>>
let draftLabOfA: Awaited<ReturnType<typeof createListing>>
let publishedLabOfA: Awaited<ReturnType<typeof createListing>>
let memberOfA: Awaited<ReturnType<typeof createUser>>
let adminOfPending: Awaited<ReturnType<typeof createUser>>
let pendingOrganization: { listingId: string }
let pendingFacilityOfP: { listingId: string }

beforeAll(async () => {
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
	memberOfA = await createUser({ memberships: [{ organizationId: organizationA.id, role: 'member' }] })
	adminOfPending = await createUser()
	pendingOrganization = await registerOrganization({
		actor: adminOfPending,
		record: { name: 'Pi Pending AB', kind: 'company' },
	})
	pendingFacilityOfP = await submitListingRevision({
		actor: await actorOf(adminOfPending.userId),
		type: 'facility',
		organizationId: pendingOrganization.listingId,
		record: { name: 'Pi Pending Suite' },
	})
	const users: Record<Exclude<Role, 'visitor'>, { userId: string }> = {
		memberOfA,
		adminOfA: await createUser({ memberships: [{ organizationId: organizationA.id, role: 'admin' }] }),
		memberOfB: await createUser({ memberships: [{ organizationId: organizationB.id }] }),
		newUser: await createUser(),
		adminOfPending,
		coordinator: await createUser({ platformRole: 'coordinator' }),
		platformAdmin: await createUser({ platformRole: 'platform_admin' }),
	}
	for (const [role, cookie] of await sessionCookies<Role>(users)) cookies.set(role, cookie)
})

function request(
	role: Role,
	path: string,
	form?: Record<string, string | string[]>,
	options: { cookie?: string } = {},
): Request {
	return requestAs(options.cookie ?? cookies.get(role), path, form)
}

const only = (...allowed: Role[]) => allowedOnly(roles, allowed)
const staffOnly = only('coordinator', 'platformAdmin')
const organizationAAndStaff = only('memberOfA', 'adminOfA', 'coordinator', 'platformAdmin')
const pendingOrganizationAndStaff = only('adminOfPending', 'coordinator', 'platformAdmin')

let counter = 0

async function pendingRevision() {
	const lab = await createListing({ type: 'lab', name: `Review Lab ${++counter}`, organizationId: organizationA.id })
	return submitListingRevision({ actor: memberOfA, listingId: lab.id, record: { name: `${lab.name} renamed` } })
}

/** A session of a verified user who belongs to no organisation yet, used once. */
async function freshNewUserCookie() {
	return sessionCookie((await createUser()).userId)
}

/**
 * A new facility of a new organisation, waiting for review: P's own for its
 * admin; for anyone else a throwaway one, so an approval that goes through
 * leaves P pending for the other cases.
 */
async function pendingFacilityOfNewOrganization(role: Role) {
	if (role === 'adminOfPending') {
		return submitListingRevision({
			actor: await actorOf(adminOfPending.userId),
			type: 'facility',
			organizationId: pendingOrganization.listingId,
			record: { name: `Pi Suite ${++counter}` },
		})
	}
	const founder = await createUser()
	const organization = await registerOrganization({
		actor: founder,
		record: { name: `Throwaway ${++counter} AB`, kind: 'company' },
	})
	return submitListingRevision({
		actor: await actorOf(founder.userId),
		type: 'facility',
		organizationId: organization.listingId,
		record: { name: `Throwaway Suite ${counter}` },
	})
}

const cases: MatrixCase<Role>[] = [
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
				request(role, `/coordinator/listings/${duplicate.id}`, {
					intent: 'merge',
					survivorRef: publishedLabOfA.ref,
					confirm: 'yes',
				}),
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
		name: "view the draft of the pending organisation P's facility (edit page loader)",
		expected: pendingOrganizationAndStaff,
		run: (role) =>
			call(editRoute.loader, request(role, `/my-listings/${pendingFacilityOfP.listingId}/edit`), {
				id: pendingFacilityOfP.listingId,
			}),
		isAllowed: (outcome) => outcome.status === 200,
	},
	{
		name: 'add a GMP facility to the pending organisation P (new listing action)',
		expected: pendingOrganizationAndStaff,
		run: (role) =>
			call(
				newRoute.action,
				request(role, `/my-listings/new?type=facility&org=${pendingOrganization.listingId}`, {
					intent: 'submit',
					name: `P Suite by ${role}`,
				}),
			),
		isAllowed: (outcome) => outcome.status === 302 && Boolean(outcome.location?.startsWith('/my-listings?submitted=')),
		async nothingWritten(role) {
			expect(await prisma().listing.count({ where: { name: `P Suite by ${role}` } })).toBe(0)
		},
	},
	{
		name: 'approve a listing of a new organisation (publishing both), even its own admin may not',
		expected: staffOnly,
		async run(role) {
			const { revisionId, listingId } = await pendingFacilityOfNewOrganization(role)
			const outcome = await call(
				reviewRoute.action,
				request(role, `/coordinator/reviews/${revisionId}`, { intent: 'approve' }),
				{ revisionId },
			)
			const published = (await prisma().listing.findUniqueOrThrow({ where: { id: listingId } })).status === 'published'
			expect(published).toBe(Boolean(outcome.location?.startsWith('/coordinator/reviews?done=')))
			return outcome
		},
		isAllowed: (outcome) =>
			outcome.status === 302 && outcome.location === '/coordinator/reviews?done=approved-with-organization',
	},
	{
		name: 'create an organisation (new listing action): a new user registers it, staff add it',
		expected: only('newUser', 'coordinator', 'platformAdmin'),
		async run(role) {
			// A new user belongs to an organisation after this: each run registers as a fresh one.
			const cookie = role === 'newUser' ? await freshNewUserCookie() : undefined
			return call(
				newRoute.action,
				request(
					role,
					'/my-listings/new?type=organization',
					{ intent: 'submit', name: `Organisation by ${role}`, kind: 'company' },
					{ cookie },
				),
			)
		},
		isAllowed: (outcome) =>
			outcome.status === 302 && Boolean(outcome.location?.match(/^\/my-listings\?(registered|submitted)=/)),
		async nothingWritten(role) {
			expect(await prisma().listing.count({ where: { name: `Organisation by ${role}` } })).toBe(0)
		},
	},
	{
		name: "read member-only fields (organisation A's e-mail on its public page)",
		// Not newUser nor adminOfPending: not members of the hub yet (no organisation, or one still in review).
		expected: only('memberOfA', 'adminOfA', 'memberOfB', 'coordinator', 'platformAdmin'),
		run: (role) =>
			call(organizationRoute.loader, request(role, `/organizations/${organizationA.slug}`), {
				slug: organizationA.slug,
			}),
		isAllowed: (outcome) => outcome.status === 200 && JSON.stringify(outcome.body).includes('partnering@alpha.example'),
	},
]

walkMatrix(cases, {
	roles,
	expectDenied(role, outcome, matrixCase) {
		// Public page: everyone sees it, without the member-only field.
		if (matrixCase.name.startsWith('read member-only')) expect(outcome.status).toBe(200)
		else expectRefused(role, outcome)
	},
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

	it('registering an organisation: field messages, typed values kept, no listing and no membership', async () => {
		const cookie = await freshNewUserCookie()
		const before = { listings: await prisma().listing.count(), memberships: await prisma().membership.count() }
		const outcome = await call(
			newRoute.action,
			request(
				'newUser',
				'/my-listings/new?type=organization',
				{ intent: 'submit', name: '', kind: 'not-a-kind', website: 'javascript:alert(1)', city: '<b>Huddinge</b>' },
				{ cookie },
			),
		)
		expect(outcome.status).toBe(400)
		const result = (
			outcome.body as { result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } }
		).result
		expect(Object.keys(result.error).sort()).toEqual(['kind', 'name', 'website'])
		expect(result.initialValue.city).toBe('<b>Huddinge</b>')
		expect({ listings: await prisma().listing.count(), memberships: await prisma().membership.count() }).toEqual(before)
	})
})

describe('curation refusals over HTTP: 400 for what the rules refuse, 409 when someone acted first', () => {
	type Reply = { intent: string; result: { error: Record<string, string[]> } }

	it('answers a merge into the listing itself with 400 and the rule by its field, and merges nothing', async () => {
		const lab = await createListing({ type: 'lab', name: `Self merge ${++counter}`, organizationId: organizationA.id })
		const outcome = await call(
			curationRoute.action,
			request('coordinator', `/coordinator/listings/${lab.id}`, { intent: 'merge', survivorRef: lab.ref }),
			{ id: lab.id },
		)
		expect(outcome.status).toBe(400)
		expect((outcome.body as Reply).result.error.survivorRef).toEqual(['rule:merge-same-listing'])
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: lab.id } })).mergedIntoId).toBeNull()
	})

	it('asks before merging, naming the listing that stays, and merges only when confirmed', async () => {
		const lab = await createListing({ type: 'lab', name: `Asked merge ${++counter}`, organizationId: organizationA.id })
		const post = (form: Record<string, string>) =>
			call(
				curationRoute.action,
				request('coordinator', `/coordinator/listings/${lab.id}`, {
					intent: 'merge',
					survivorRef: publishedLabOfA.ref,
					...form,
				}),
				{ id: lab.id },
			)
		const asked = await post({})
		expect(asked).toMatchObject({
			status: 200,
			body: {
				intent: 'merge',
				survivor: { name: publishedLabOfA.name, ref: publishedLabOfA.ref },
				movingChildren: 0,
				confirming: [['survivorRef', publishedLabOfA.ref]],
			},
		})
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: lab.id } })).mergedIntoId).toBeNull()
		expect(await post({ confirm: 'yes' })).toMatchObject({
			status: 302,
			location: `/coordinator/listings/${publishedLabOfA.id}?done=merged`,
		})
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: lab.id } })).mergedIntoId).toBe(publishedLabOfA.id)
	})

	it('asks before rejecting as spam, and only a confirmed post decides', async () => {
		const { revisionId } = await pendingRevision()
		const spam = (form: Record<string, string> = {}) =>
			call(
				reviewRoute.action,
				request('coordinator', `/coordinator/reviews/${revisionId}`, { intent: 'spam', ...form }),
				{
					revisionId,
				},
			)
		expect(await spam()).toMatchObject({ status: 200, body: { intent: 'spam', confirming: [] } })
		expect((await prisma().listingRevision.findUniqueOrThrow({ where: { id: revisionId } })).status).toBe('pending')
		expect(await spam({ confirm: 'yes' })).toMatchObject({ status: 302, location: '/coordinator/reviews?done=spam' })
		expect((await prisma().listingRevision.findUniqueOrThrow({ where: { id: revisionId } })).status).toBe('rejected')
	})

	it('answers featuring a listing that is not published with 400', async () => {
		const outcome = await call(
			curationRoute.action,
			request('coordinator', `/coordinator/listings/${draftLabOfA.id}`, { intent: 'feature' }),
			{ id: draftLabOfA.id },
		)
		expect(outcome.status).toBe(400)
		expect((outcome.body as Reply).result.error['']).toEqual(['rule:listing-not-published'])
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: draftLabOfA.id } })).featured).toBe(false)
	})

	it('answers archiving a listing another coordinator archived a moment ago with 409, and writes nothing more', async () => {
		const lab = await createListing({
			type: 'lab',
			name: `Archived twice ${++counter}`,
			organizationId: organizationA.id,
		})
		const archive = () =>
			call(
				curationRoute.action,
				request('coordinator', `/coordinator/listings/${lab.id}`, { intent: 'archive', confirm: 'yes' }),
				{ id: lab.id },
			)
		// Without the confirmation, archiving only asks: nothing changes.
		const asked = await call(
			curationRoute.action,
			request('coordinator', `/coordinator/listings/${lab.id}`, { intent: 'archive' }),
			{ id: lab.id },
		)
		expect(asked.status).toBe(200)
		expect(asked.body).toMatchObject({ intent: 'archive', confirming: [] })
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: lab.id } })).status).not.toBe('archived')
		expect((await archive()).status).toBe(302)
		const auditBefore = await prisma().auditEntry.count()
		const again = await archive()
		expect(again.status).toBe(409)
		expect((again.body as Reply).result.error['']).toEqual(['rule:listing-archived'])
		expect(await prisma().auditEntry.count()).toBe(auditBefore)
	})

	it('answers revoking a verification that was already revoked with 409', async () => {
		const lab = await createListing({
			type: 'lab',
			name: `Revoked twice ${++counter}`,
			organizationId: organizationA.id,
		})
		const path = `/coordinator/listings/${lab.id}`
		await call(curationRoute.action, request('coordinator', path, { intent: 'verify', reference: 'Inspection 2026' }), {
			id: lab.id,
		})
		const { id: verificationId } = await prisma().verification.findFirstOrThrow({ where: { listingId: lab.id } })
		const revoke = () =>
			call(curationRoute.action, request('coordinator', path, { intent: 'revoke', verificationId, confirm: 'yes' }), {
				id: lab.id,
			})
		// Without the confirmation, revoking only asks, naming the verification: nothing changes.
		const asked = await call(curationRoute.action, request('coordinator', path, { intent: 'revoke', verificationId }), {
			id: lab.id,
		})
		expect(asked.body).toMatchObject({ intent: 'revoke', confirming: [['verificationId', verificationId]] })
		expect((await prisma().verification.findUniqueOrThrow({ where: { id: verificationId } })).revokedAt).toBeNull()
		expect((await revoke()).status).toBe(302)
		const again = await revoke()
		expect(again.status).toBe(409)
		expect((again.body as Reply).result.error['']).toEqual(['rule:verification-already-revoked'])
	})
})
