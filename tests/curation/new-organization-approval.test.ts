import { beforeAll, describe, expect, it } from 'vitest'
import { registerOrganization } from '../../app/domain/accounts/register-organization.server.ts'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { approveRevision } from '../../app/domain/curation/approve-revision.server.ts'
import { rejectRevision } from '../../app/domain/curation/reject-revision.server.ts'
import { reviewDetail } from '../../app/domain/curation/review-detail.server.ts'
import { reviewQueue } from '../../app/domain/curation/review-queue.server.ts'
import { RuleError } from '../../app/domain/rules.ts'
import { submitListingRevision } from '../../app/domain/listings/submit-listing-revision.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { normalizeSearchQuery } from '../../search/engine.ts'
import { PostgresSearchEngine } from '../../search/postgres/engine.server.ts'
import { searchOutboxHandlers } from '../../search/sync.server.ts'
import { actorOf, makeUser } from '../accounts/factories.ts'
import { withTestDatabase } from '../setup/database.ts'
import { drainOutbox } from '../support/outbox.ts'
import { auditActions, createUser, mailsTo, outboxTopics, writeCounts } from './factories.ts'

// A new user's organisation and its first listing reach the directory with
// one coordinator approval: approving the listing approves the organisation's
// pending proposal in the same transaction (docs/decisions/008).

withTestDatabase()
let coordinator: Actor
let counter = 0

beforeAll(async () => {
	coordinator = await createUser({ platformRole: 'coordinator' })
})

/** A new user who registered an organisation and proposed a GMP facility for it, as in the browser. */
async function newOrganizationWithFacility() {
	const n = ++counter
	const user = await makeUser({ name: `Founder ${n}` })
	const organizationName = `Kappa Cell Works ${n} AB`
	const organization = await registerOrganization({
		actor: await actorOf(user.id),
		record: { name: organizationName, kind: 'company', city: 'Huddinge' },
	})
	const facilityName = `Kappa Suite ${n}`
	const facility = await submitListingRevision({
		actor: await actorOf(user.id),
		type: 'facility',
		organizationId: organization.listingId,
		record: { name: facilityName, summary: 'One grade B suite', cleanroomGrades: ['B'] },
	})
	return { user, organization, organizationName, facility, facilityName }
}

async function statusOf(listingId: string) {
	return (await prisma().listing.findUniqueOrThrow({ where: { id: listingId } })).status
}

describe('approving a listing of a new organisation', () => {
	it('publishes the organisation in the same transaction, with its own audit entry, outbox rows and mail', async () => {
		const { user, organization, organizationName, facility, facilityName } = await newOrganizationWithFacility()
		const approved = await approveRevision({ actor: coordinator, revisionId: facility.revisionId })
		expect(approved.organizationPublished).toEqual({ listingId: organization.listingId, name: organizationName })

		const [facilityRow, organizationRow] = await Promise.all([
			prisma().listing.findUniqueOrThrow({ where: { id: facility.listingId } }),
			prisma().listing.findUniqueOrThrow({ where: { id: organization.listingId } }),
		])
		expect(facilityRow).toMatchObject({ status: 'published', organizationId: organization.listingId })
		expect(organizationRow).toMatchObject({ status: 'published', name: organizationName, city: 'Huddinge' })
		expect(organizationRow.publishedAt).toEqual(facilityRow.publishedAt)
		const revisions = await prisma().listingRevision.findMany({
			where: { id: { in: [facility.revisionId, organization.revisionId] } },
		})
		expect(revisions.map((revision) => [revision.status, revision.reviewerId])).toEqual([
			['approved', coordinator.userId],
			['approved', coordinator.userId],
		])

		expect(await auditActions(organization.listingId)).toEqual([
			'listing.submitted',
			'organization.registered',
			'revision.approved',
		])
		const organizationAudit = await prisma().auditEntry.findFirstOrThrow({
			where: { entityId: organization.listingId, action: 'revision.approved' },
		})
		expect(organizationAudit.changes).toMatchObject({ approvedWith: facility.listingId })
		expect(await outboxTopics(organization.listingId)).toEqual([
			'listing.changed',
			'listing.changed',
			'organization.changed',
		])
		expect(await outboxTopics(facility.listingId)).toEqual(['listing.changed', 'listing.changed'])
		expect((await mailsTo(user.email)).map((mail) => mail.subject).sort()).toEqual(
			[`Published: ${facilityName}`, `Published: ${organizationName}`].sort(),
		)
		// The new admin is now a member of the hub.
		expect((await actorOf(user.id)).memberships).toEqual([{ organizationId: organization.listingId, role: 'admin' }])
	})

	it('puts both into search once the outbox worker has run', async () => {
		const { organization, organizationName, facility } = await newOrganizationWithFacility()
		await approveRevision({ actor: coordinator, revisionId: facility.revisionId })
		const engine = new PostgresSearchEngine()
		await engine.configure()
		await drainOutbox(searchOutboxHandlers(engine))
		const result = await engine.search(normalizeSearchQuery({ q: organizationName, pageSize: 50 }))
		expect(result.hits.map((hit) => hit.id)).toEqual(
			expect.arrayContaining([organization.listingId, facility.listingId]),
		)
	})

	it('with edits: corrects the listing and publishes the organisation as proposed', async () => {
		const { organization, organizationName, facility, facilityName } = await newOrganizationWithFacility()
		await approveRevision({
			actor: coordinator,
			revisionId: facility.revisionId,
			correctedRecord: { name: facilityName, summary: 'One grade B suite for CAR-T', cleanroomGrades: ['B'] },
		})
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: facility.listingId } })).summary).toBe(
			'One grade B suite for CAR-T',
		)
		expect(await prisma().listing.findUniqueOrThrow({ where: { id: organization.listingId } })).toMatchObject({
			status: 'published',
			name: organizationName,
		})
	})

	it('approving the organisation on its own publishes only the organisation', async () => {
		const { organization, facility } = await newOrganizationWithFacility()
		const approved = await approveRevision({ actor: coordinator, revisionId: organization.revisionId })
		expect(approved.organizationPublished).toBeNull()
		expect(await statusOf(organization.listingId)).toBe('published')
		expect(await statusOf(facility.listingId)).toBe('pending_review')
		// The facility then goes through alone.
		const second = await approveRevision({ actor: coordinator, revisionId: facility.revisionId })
		expect(second.organizationPublished).toBeNull()
		expect(await statusOf(facility.listingId)).toBe('published')
	})

	it('two coordinators approving the facility and the organisation at once: both published, each once', async () => {
		const { organization, facility } = await newOrganizationWithFacility()
		const other = await createUser({ platformRole: 'coordinator' })
		const results = await Promise.allSettled([
			approveRevision({ actor: coordinator, revisionId: facility.revisionId }),
			approveRevision({ actor: other, revisionId: organization.revisionId }),
		])
		expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled'])
		expect(await statusOf(facility.listingId)).toBe('published')
		expect(await statusOf(organization.listingId)).toBe('published')
		expect(
			(await auditActions(organization.listingId)).filter((action) => action === 'revision.approved'),
		).toHaveLength(1)
	})
})

describe('sending back a new organisation', () => {
	it('leaves its facility pending, and approving the facility is refused with a reason until the organisation is resubmitted', async () => {
		const { user, organization, organizationName, facility } = await newOrganizationWithFacility()
		await rejectRevision({
			actor: coordinator,
			revisionId: organization.revisionId,
			comment: 'Please give the organisation’s full legal name.',
		})
		expect(await statusOf(organization.listingId)).toBe('draft')
		expect(await statusOf(facility.listingId)).toBe('pending_review')

		const detail = await reviewDetail(facility.revisionId)
		expect(detail?.newOrganization).toMatchObject({
			state: 'sent-back',
			name: organizationName,
			reviewComment: 'Please give the organisation’s full legal name.',
		})

		const before = await writeCounts()
		const refused = await approveRevision({ actor: coordinator, revisionId: facility.revisionId }).catch(
			(error: unknown) => error,
		)
		expect(refused).toBeInstanceOf(RuleError)
		expect((refused as RuleError).rule).toBe('organization-not-approved')
		expect(await writeCounts()).toEqual(before)
		expect((await prisma().listingRevision.findUniqueOrThrow({ where: { id: facility.revisionId } })).status).toBe(
			'pending',
		)

		// The admin (still provisional) fixes the organisation; the facility's one approval publishes both.
		await submitListingRevision({
			actor: await actorOf(user.id),
			listingId: organization.listingId,
			record: { name: `${organizationName} (Kappa Cell Works Aktiebolag)`, kind: 'company' },
		})
		expect(await statusOf(organization.listingId)).toBe('pending_review')
		const approved = await approveRevision({ actor: coordinator, revisionId: facility.revisionId })
		expect(approved.organizationPublished?.name).toBe(`${organizationName} (Kappa Cell Works Aktiebolag)`)
		expect(await statusOf(organization.listingId)).toBe('published')
	})

	it('sending back the facility leaves the organisation waiting', async () => {
		const { organization, facility } = await newOrganizationWithFacility()
		await rejectRevision({ actor: coordinator, revisionId: facility.revisionId, comment: 'Add the cleanroom area.' })
		expect(await statusOf(facility.listingId)).toBe('draft')
		expect(await statusOf(organization.listingId)).toBe('pending_review')
	})
})

describe('what the coordinator sees', () => {
	it('the review says approving also publishes the new organisation, with its fields; the queue names it', async () => {
		const { organization, organizationName, facility, facilityName } = await newOrganizationWithFacility()
		const detail = await reviewDetail(facility.revisionId)
		expect(detail?.newOrganization).toMatchObject({
			listingId: organization.listingId,
			name: organizationName,
			state: 'pending',
			revisionId: organization.revisionId,
		})
		expect(
			detail?.newOrganization?.diff.filter((entry) => entry.changed).map((entry) => [entry.field.name, entry.after]),
		).toEqual(
			expect.arrayContaining([
				['name', organizationName],
				['kind', 'company'],
				['city', 'Huddinge'],
			]),
		)
		// The organisation's own review has nothing it depends on.
		expect((await reviewDetail(organization.revisionId))?.newOrganization).toBeNull()

		const queue = await reviewQueue()
		expect(queue.find((item) => item.kind === 'revision' && item.id === facility.revisionId)).toMatchObject({
			listingName: facilityName,
			newOrganizationName: organizationName,
		})
	})

	it('a listing of an approved organisation has no new organisation to mention', async () => {
		const { organization, facility } = await newOrganizationWithFacility()
		await approveRevision({ actor: coordinator, revisionId: organization.revisionId })
		expect((await reviewDetail(facility.revisionId))?.newOrganization).toBeNull()
	})
})
