import { describe, expect, it } from 'vitest'
import { registerOrganization } from '../../app/domain/accounts/register-organization.server.ts'
import { can, PermissionDenied } from '../../app/domain/auth/permissions.ts'
import { findPublishedListing } from '../../app/domain/directory/find-published-listing.server.ts'
import { RuleError } from '../../app/domain/rules.ts'
import { listMyListings } from '../../app/domain/listings/my-listings.server.ts'
import { submitListingRevision } from '../../app/domain/listings/submit-listing-revision.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { auditActions, outboxTopics, writeCounts } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { actorOf, addMembership, makeOrganization, makeUser } from './factories.ts'

// A verified user without an organisation registers theirs: a pending
// organisation listing, and their admin membership of it in the same
// transaction. The membership lets them add the organisation's listings at
// once, and nothing else a hub member may do until a coordinator approves.

withTestDatabase()

const organization = { name: 'Gamma Gene Therapeutics AB', kind: 'company', city: 'Huddinge' }

describe('registering an organisation', () => {
	it('creates the organisation pending review, with its revision, and makes the user its admin at once', async () => {
		const user = await makeUser()
		const registered = await registerOrganization({ actor: await actorOf(user.id), record: organization })

		const listing = await prisma().listing.findUniqueOrThrow({ where: { id: registered.listingId } })
		expect(listing).toMatchObject({ type: 'organization', status: 'pending_review', publishedAt: null })
		expect(listing.ref).toMatch(/^org-[a-z0-9]{8}$/)
		const revision = await prisma().listingRevision.findUniqueOrThrow({ where: { id: registered.revisionId } })
		expect(revision).toMatchObject({ status: 'pending', authorId: user.id })
		expect(revision.payload).toMatchObject({ ...organization, ref: listing.ref })
		expect(await prisma().membership.findMany({ where: { userId: user.id } })).toEqual([
			expect.objectContaining({ organizationId: listing.id, role: 'admin' }),
		])
		expect(await auditActions(listing.id)).toEqual(['listing.submitted', 'organization.registered'])
		expect(await outboxTopics(listing.id)).toEqual(['listing.changed'])
		// Not public while it waits, not even to members.
		expect(
			(await findPublishedListing({ type: 'organization', slug: listing.slug, viewer: { isMember: true } })).kind,
		).toBe('not-found')
	})

	it('lets the new admin add a GMP facility right away, and see both on /my-listings', async () => {
		const user = await makeUser()
		const { listingId } = await registerOrganization({ actor: await actorOf(user.id), record: organization })
		const admin = await actorOf(user.id)
		expect(admin.memberships).toEqual([{ organizationId: listingId, role: 'admin', provisional: true }])

		const facility = await submitListingRevision({
			actor: admin,
			type: 'facility',
			organizationId: listingId,
			record: { name: 'Gamma Clean Suite', cleanroomGrades: ['B'] },
		})
		const row = await prisma().listing.findUniqueOrThrow({ where: { id: facility.listingId } })
		expect(row).toMatchObject({ status: 'pending_review', organizationId: listingId })

		const mine = await listMyListings(admin)
		expect(mine.canRegisterOrganization).toBe(false)
		expect(mine.organizations).toEqual([
			expect.objectContaining({
				id: listingId,
				role: 'admin',
				firstReview: 'waiting',
				children: [expect.objectContaining({ name: 'Gamma Clean Suite', status: 'pending_review' })],
			}),
		])
	})

	it('is not yet membership of the hub: no member-only fields, open calls, requests or invitations', async () => {
		const user = await makeUser()
		const { listingId } = await registerOrganization({ actor: await actorOf(user.id), record: organization })
		const admin = await actorOf(user.id)
		expect(can(admin, 'directory.readMemberFields')).toBe(false)
		expect(can(admin, 'openCalls.read')).toBe(false)
		expect(can(admin, 'request.create')).toBe(false)
		expect(can(admin, 'organization.manageMembers', { organizationId: listingId })).toBe(false)
		expect(can(admin, 'listing.edit', { organizationId: listingId })).toBe(true)
	})

	it('reports bad input field by field and writes nothing', async () => {
		const user = await makeUser()
		const actor = await actorOf(user.id)
		const before = await writeCounts()
		const error = await registerOrganization({
			actor,
			record: { name: '', kind: 'not-a-kind', website: 'javascript:alert(1)' },
		}).catch((caught: unknown) => caught)
		expect(error).toMatchObject({ rule: 'invalid-input' })
		expect(error).toBeInstanceOf(RuleError)
		expect((error as RuleError).issues.map((issue) => issue.field).sort()).toEqual(['kind', 'name', 'website'])
		expect(await writeCounts()).toEqual(before)
		expect(await prisma().membership.count({ where: { userId: user.id } })).toBe(0)
	})

	it('registers one organisation for a double-submitted form, and none for someone who already has one', async () => {
		const user = await makeUser()
		const actor = await actorOf(user.id)
		const results = await Promise.allSettled([
			registerOrganization({ actor, record: organization }),
			registerOrganization({ actor, record: organization }),
		])
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
		const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult
		expect(refused.reason).toBeInstanceOf(RuleError)
		expect((refused.reason as RuleError).rule).toBe('already-in-organization')
		expect(await prisma().membership.count({ where: { userId: user.id } })).toBe(1)

		// With the membership in their session, the permission itself says no.
		await expect(registerOrganization({ actor: await actorOf(user.id), record: organization })).rejects.toBeInstanceOf(
			PermissionDenied,
		)
	})

	it('is for verified users without an organisation: not unverified accounts, members or hub staff', async () => {
		const member = await makeUser()
		await addMembership(member.id, (await makeOrganization()).id)
		const denied = [
			await makeUser({ verified: false }),
			member,
			await makeUser({ role: 'coordinator' }),
			await makeUser({ role: 'platform_admin' }),
		]
		const before = await writeCounts()
		for (const user of denied) {
			await expect(
				registerOrganization({ actor: await actorOf(user.id), record: organization }),
			).rejects.toBeInstanceOf(PermissionDenied)
		}
		expect(await writeCounts()).toEqual(before)
	})
})
