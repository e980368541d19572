import { beforeAll, describe, expect, it } from 'vitest'
import { PermissionDenied, type Actor } from '../../app/domain/auth/permissions.ts'
import { approveRevision } from '../../app/domain/curation/approve-revision.server.ts'
import { rejectAsSpam } from '../../app/domain/curation/reject-as-spam.server.ts'
import { rejectRevision } from '../../app/domain/curation/reject-revision.server.ts'
import { findPublishedListing } from '../../app/domain/directory/find-published-listing.server.ts'
import { RuleError } from '../../app/domain/rules.ts'
import { submitListingRevision } from '../../app/domain/listings/submit-listing-revision.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { auditActions, createListing, createUser, mailsTo, outboxTopics, writeCounts } from './factories.ts'

withTestDatabase()
let organizationA: { id: string; ref: string }
let organizationB: { id: string; ref: string }
let memberA: Actor & { email: string }
let memberB: Actor
let coordinator: Actor

beforeAll(async () => {
	organizationA = await createListing({ type: 'organization', name: 'Alpha Cell AB' })
	organizationB = await createListing({ type: 'organization', name: 'Beta Bio AB' })
	memberA = await createUser({ memberships: [{ organizationId: organizationA.id }] })
	memberB = await createUser({ memberships: [{ organizationId: organizationB.id }] })
	coordinator = await createUser({ platformRole: 'coordinator', name: 'Cora Coordinator' })
})

async function publishedFacility(name: string) {
	return createListing({
		type: 'facility',
		name,
		organizationId: organizationA.id,
		summary: 'Two grade B suites',
		cleanroomGrades: ['B'],
	})
}

/** A published facility of organisation A with a revision by one of its members waiting for review. */
async function facilityWithRevision(name: string, record: Parameters<typeof submitListingRevision>[0]['record']) {
	const facility = await publishedFacility(name)
	const { revisionId } = await submitListingRevision({ actor: memberA, listingId: facility.id, record })
	return { facility, revisionId }
}

/** A new lab of organisation A, proposed by one of its members and waiting for review. */
function newLabRevision(record: Parameters<typeof submitListingRevision>[0]['record']) {
	return submitListingRevision({ actor: memberA, type: 'lab', organizationId: organizationA.id, record })
}

describe('submitting a change to a published listing', () => {
	it('creates a pending revision and leaves the public listing as it was', async () => {
		const facility = await publishedFacility('Alpha Suite')
		const submitted = await submitListingRevision({
			actor: memberA,
			listingId: facility.id,
			record: { name: 'Alpha Suite (renamed)', summary: 'Three grade B suites', cleanroomGrades: ['B', 'C'] },
		})
		expect(submitted.created).toBe(false)
		const revision = await prisma().listingRevision.findUniqueOrThrow({ where: { id: submitted.revisionId } })
		expect(revision.status).toBe('pending')
		expect(revision.payload).toMatchObject({
			ref: facility.ref,
			organizationRef: organizationA.ref,
			name: 'Alpha Suite (renamed)',
			cleanroomGrades: ['B', 'C'],
		})
		const row = await prisma().listing.findUniqueOrThrow({ where: { id: facility.id } })
		expect(row).toMatchObject({ name: 'Alpha Suite', summary: 'Two grade B suites', status: 'published' })
		const page = await findPublishedListing({ type: 'facility', slug: facility.slug })
		expect(page.kind === 'found' && page.listing.name).toBe('Alpha Suite')
		expect(await auditActions(facility.id)).toEqual(['revision.submitted'])
	})

	it('withdraws the older pending revision when the author submits again', async () => {
		const facility = await publishedFacility('Alpha Two')
		const first = await submitListingRevision({ actor: memberA, listingId: facility.id, record: { name: 'First try' } })
		const second = await submitListingRevision({
			actor: memberA,
			listingId: facility.id,
			record: { name: 'Second try' },
		})
		const revisions = await prisma().listingRevision.findMany({ where: { listingId: facility.id } })
		expect(revisions.find((r) => r.id === first.revisionId)?.status).toBe('withdrawn')
		expect(revisions.find((r) => r.id === second.revisionId)?.status).toBe('pending')
	})

	it('ignores a self-service "verified" claim and keeps the host organisation', async () => {
		const facility = await publishedFacility('Alpha Three')
		const submitted = await submitListingRevision({
			actor: memberA,
			listingId: facility.id,
			record: { name: 'Alpha Three', verified: true, organizationRef: organizationB.ref, ref: 'stolen-ref' },
		})
		const revision = await prisma().listingRevision.findUniqueOrThrow({ where: { id: submitted.revisionId } })
		expect(revision.payload).not.toHaveProperty('verified')
		expect(revision.payload).toMatchObject({ ref: facility.ref, organizationRef: organizationA.ref })
	})

	it('refuses a member of another organisation (id swapping) and writes nothing', async () => {
		const facility = await publishedFacility('Alpha Four')
		const before = await writeCounts()
		await expect(
			submitListingRevision({ actor: memberB, listingId: facility.id, record: { name: 'Hijacked' } }),
		).rejects.toBeInstanceOf(PermissionDenied)
		expect(await writeCounts()).toEqual(before)
	})

	it('reports bad input field by field and writes nothing', async () => {
		const facility = await publishedFacility('Alpha Five')
		const before = await writeCounts()
		const error = await submitListingRevision({
			actor: memberA,
			listingId: facility.id,
			record: {
				name: '',
				summary: 'x'.repeat(281),
				cleanroomGrades: ['Z'],
				availableFrom: '2027-02-30',
				description: '<script>alert("x")</script>',
			},
		}).catch((caught: unknown) => caught)
		expect(error).toMatchObject({ rule: 'invalid-input' })
		expect(error).toBeInstanceOf(RuleError)
		const fields = (error as RuleError).issues.map((issue) => issue.field)
		expect(fields).toEqual(expect.arrayContaining(['name', 'summary', 'cleanroomGrades', 'availableFrom']))
		expect(fields).not.toContain('description')
		expect(await writeCounts()).toEqual(before)
	})
})

describe('submitting a new listing', () => {
	it('creates a pending_review listing that visitors and members cannot see, with a generated ref', async () => {
		const submitted = await newLabRevision({ name: 'Alpha Vector Lab', techniques: ['AAV production'] })
		expect(submitted.created).toBe(true)
		const listing = await prisma().listing.findUniqueOrThrow({ where: { id: submitted.listingId } })
		expect(listing.status).toBe('pending_review')
		expect(listing.ref).toMatch(/^lab-[a-z0-9]{8}$/)
		expect(listing.organizationId).toBe(organizationA.id)
		expect((await findPublishedListing({ type: 'lab', slug: listing.slug, viewer: { isMember: true } })).kind).toBe(
			'not-found',
		)
	})

	it("refuses a new facility under someone else's organisation", async () => {
		await expect(
			submitListingRevision({
				actor: memberB,
				type: 'facility',
				organizationId: organizationA.id,
				record: { name: 'X' },
			}),
		).rejects.toBeInstanceOf(PermissionDenied)
	})

	it('lets only hub staff add an organisation', async () => {
		await expect(
			submitListingRevision({ actor: memberA, type: 'organization', record: { name: 'New Co', kind: 'company' } }),
		).rejects.toBeInstanceOf(PermissionDenied)
		const submitted = await submitListingRevision({
			actor: coordinator,
			type: 'organization',
			record: { name: 'New Co', kind: 'company' },
		})
		expect(submitted.created).toBe(true)
	})
})

describe('approving', () => {
	it('applies the revision, publishes, and writes outbox and audit rows', async () => {
		const { facility, revisionId } = await facilityWithRevision('Beta Suite', {
			name: 'Beta Suite',
			summary: 'Now with QP release',
			qpRelease: true,
			cleanroomGrades: ['A', 'B'],
		})
		await approveRevision({ actor: coordinator, revisionId })
		const row = await prisma().listing.findUniqueOrThrow({ where: { id: facility.id } })
		expect(row).toMatchObject({
			summary: 'Now with QP release',
			qpRelease: true,
			cleanroomGrades: ['A', 'B'],
			status: 'published',
		})
		const revision = await prisma().listingRevision.findUniqueOrThrow({ where: { id: revisionId } })
		expect(revision).toMatchObject({ status: 'approved', reviewerId: coordinator.userId })
		expect(await outboxTopics(facility.id)).toContain('listing.changed')
		expect((await mailsTo(memberA.email)).map((mail) => mail.subject)).toContain('Published: Beta Suite')
		const audit = await prisma().auditEntry.findFirstOrThrow({
			where: { entityId: facility.id, action: 'revision.approved' },
		})
		expect(audit.actorId).toBe(coordinator.userId)
		expect(audit.changes).toMatchObject({
			revisionId,
			fields: {
				summary: { from: 'Two grade B suites', to: 'Now with QP release' },
				qpRelease: { from: null, to: true },
				cleanroomGrades: { from: ['B'], to: ['A', 'B'] },
			},
		})
		expect(Object.keys((audit.changes as { fields: object }).fields)).not.toContain('name')
	})

	it('publishes a new listing with its publication date', async () => {
		const { listingId, revisionId } = await submitListingRevision({
			actor: memberA,
			type: 'facility',
			organizationId: organizationA.id,
			record: { name: 'Gamma Cleanroom', cleanroomGrades: ['C'] },
		})
		const now = new Date('2026-11-24T10:00:00Z')
		const approved = await approveRevision({ actor: coordinator, revisionId, now })
		const row = await prisma().listing.findUniqueOrThrow({ where: { id: listingId } })
		expect(row).toMatchObject({ status: 'published', publishedAt: now, slug: approved.slug })
		expect((await findPublishedListing({ type: 'facility', slug: approved.slug })).kind).toBe('found')
	})

	it('with edits: validates the corrected record and records what the coordinator changed', async () => {
		const { facility, revisionId } = await facilityWithRevision('Delta Suite', {
			name: 'Delta Suite',
			summary: 'Typo in teh summary',
		})
		const before = await writeCounts()
		await expect(
			approveRevision({ actor: coordinator, revisionId, correctedRecord: { name: '', cleanroomGrades: ['Q'] } }),
		).rejects.toMatchObject({ rule: 'invalid-input' })
		expect(await writeCounts()).toEqual(before)
		expect((await prisma().listingRevision.findUniqueOrThrow({ where: { id: revisionId } })).status).toBe('pending')

		await approveRevision({
			actor: coordinator,
			revisionId,
			correctedRecord: {
				name: 'Delta Suite',
				summary: 'Typo fixed in the summary',
				organizationRef: organizationA.ref,
			},
		})
		const row = await prisma().listing.findUniqueOrThrow({ where: { id: facility.id } })
		expect(row.summary).toBe('Typo fixed in the summary')
		const audit = await prisma().auditEntry.findFirstOrThrow({
			where: { entityId: facility.id, action: 'revision.approved' },
		})
		expect(audit.changes).toMatchObject({
			coordinatorEdits: { summary: { from: 'Typo in teh summary', to: 'Typo fixed in the summary' } },
		})
	})

	it('applies a revision once when two coordinators approve at the same moment', async () => {
		const { facility, revisionId } = await facilityWithRevision('Epsilon Suite', {
			name: 'Epsilon Suite',
			summary: 'Approved once',
		})
		const secondCoordinator = await createUser({ platformRole: 'coordinator' })
		const results = await Promise.allSettled([
			approveRevision({ actor: coordinator, revisionId }),
			approveRevision({ actor: secondCoordinator, revisionId }),
		])
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
		const failure = results.find((result) => result.status === 'rejected') as PromiseRejectedResult
		expect(failure.reason).toBeInstanceOf(RuleError)
		expect((failure.reason as RuleError).rule).toBe('revision-already-decided')
		expect(await auditActions(facility.id)).toEqual(['revision.submitted', 'revision.approved'])
		expect((await outboxTopics(facility.id)).filter((topic) => topic === 'listing.changed')).toHaveLength(1)
	})

	it('is for hub staff only', async () => {
		const { revisionId } = await facilityWithRevision('Zeta Suite', { name: 'Zeta' })
		await expect(approveRevision({ actor: memberA, revisionId })).rejects.toBeInstanceOf(PermissionDenied)
	})
})

describe('rejecting', () => {
	it('keeps the listing unchanged, stores the comment, and lets the author resubmit', async () => {
		const { facility, revisionId } = await facilityWithRevision('Eta Suite', {
			name: 'Eta Suite',
			summary: 'Best in the world',
		})
		await expect(rejectRevision({ actor: coordinator, revisionId, comment: '   ' })).rejects.toMatchObject({
			rule: 'invalid-input',
		})
		await rejectRevision({ actor: coordinator, revisionId, comment: 'Please state facts, not superlatives.' })
		const revision = await prisma().listingRevision.findUniqueOrThrow({ where: { id: revisionId } })
		expect(revision).toMatchObject({ status: 'rejected', reviewComment: 'Please state facts, not superlatives.' })
		const row = await prisma().listing.findUniqueOrThrow({ where: { id: facility.id } })
		expect(row).toMatchObject({ summary: 'Two grade B suites', status: 'published' })
		const mail = (await mailsTo(memberA.email)).find(
			(candidate) => candidate.subject === 'Changes requested: Eta Suite',
		)
		expect(mail?.text).toContain('Please state facts, not superlatives.')

		const resubmitted = await submitListingRevision({
			actor: memberA,
			listingId: facility.id,
			record: { name: 'Eta Suite', summary: 'Two grade B suites, 120 m²' },
		})
		await approveRevision({ actor: coordinator, revisionId: resubmitted.revisionId })
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: facility.id } })).summary).toBe(
			'Two grade B suites, 120 m²',
		)
	})

	it('sends a rejected new listing back to draft until it is resubmitted', async () => {
		const { listingId, revisionId } = await newLabRevision({ name: 'Theta Lab' })
		await rejectRevision({ actor: coordinator, revisionId, comment: 'Add the group leader.' })
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: listingId } })).status).toBe('draft')
		await submitListingRevision({ actor: memberA, listingId, record: { name: 'Theta Lab', lead: 'Dr Theta' } })
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: listingId } })).status).toBe('pending_review')
	})

	it('rejects a new listing as spam: nothing published, no comment, the author told through the outbox', async () => {
		const { listingId, revisionId } = await newLabRevision({ name: 'Cheap Pills Lab' })
		await rejectAsSpam({ actor: coordinator, revisionId })
		expect(await prisma().listingRevision.findUniqueOrThrow({ where: { id: revisionId } })).toMatchObject({
			status: 'rejected',
			reviewComment: null,
		})
		const row = await prisma().listing.findUniqueOrThrow({ where: { id: listingId } })
		expect(row).toMatchObject({ status: 'draft', publishedAt: null })
		const mail = (await mailsTo(memberA.email)).find(
			(candidate) => candidate.subject === 'Not published: Cheap Pills Lab',
		)
		expect(mail?.text).toContain('the hub treated it as spam')
		await expect(rejectAsSpam({ actor: coordinator, revisionId })).rejects.toMatchObject({
			rule: 'revision-already-decided',
		})
	})

	it('cannot decide a revision twice', async () => {
		const { revisionId } = await facilityWithRevision('Iota Suite', { name: 'Iota' })
		await rejectRevision({ actor: coordinator, revisionId, comment: 'No.' })
		await expect(approveRevision({ actor: coordinator, revisionId })).rejects.toMatchObject({
			rule: 'revision-already-decided',
		})
	})
})
