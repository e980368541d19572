import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { PermissionDenied, type Actor } from '../../app/domain/auth/permissions.ts'
import { approveRevision } from '../../app/domain/curation/approve-revision.server.ts'
import { archiveListing } from '../../app/domain/curation/archive-listing.server.ts'
import { featureListing } from '../../app/domain/curation/feature-listing.server.ts'
import { mergeListings } from '../../app/domain/curation/merge-listings.server.ts'
import { restoreListing } from '../../app/domain/curation/restore-listing.server.ts'
import { revokeVerification } from '../../app/domain/curation/revoke-verification.server.ts'
import { verifyListing } from '../../app/domain/curation/verify-listing.server.ts'
import { findPublishedListing } from '../../app/domain/directory/find-published-listing.server.ts'
import { activeVerificationWhere } from '../../app/domain/listings/active-verification.ts'
import { auditLog } from '../../app/domain/audit/audit-log.server.ts'
import { findListingByRef } from '../../app/domain/listings/find-listing-by-ref.server.ts'
import { loader as listingByRefLoader } from '../../app/routes/listings.ref.$ref.tsx'
import { RuleError } from '../../app/domain/rules.ts'
import { setExpertVisibility } from '../../app/domain/listings/set-expert-visibility.server.ts'
import { submitListingRevision } from '../../app/domain/listings/submit-listing-revision.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { auditActions, createListing, createUser, outboxTopics, writeCounts } from './factories.ts'

withTestDatabase()
let organization: { id: string; ref: string }
let member: Actor
let coordinator: Actor

beforeAll(async () => {
	organization = await createListing({ type: 'organization', name: 'Kappa Therapeutics AB' })
	member = await createUser({ memberships: [{ organizationId: organization.id }] })
	coordinator = await createUser({ platformRole: 'coordinator' })
})

async function hasBadge(listingId: string, now: Date): Promise<boolean> {
	return (await prisma().verification.count({ where: { listingId, ...activeVerificationWhere(now) } })) > 0
}

describe('verification', () => {
	it('shows the badge up to and including the expiry date, then not', async () => {
		const facility = await createListing({ type: 'facility', name: 'Lambda Suite', organizationId: organization.id })
		await verifyListing({
			actor: coordinator,
			listingId: facility.id,
			evidence: { licenceCode: 'mpa-manufacturing', reference: 'MPA 4.1-2026-001234', expiresAt: '2027-06-30' },
			now: new Date('2026-11-24T09:00:00Z'),
		})
		expect(await hasBadge(facility.id, new Date('2026-11-24T09:00:00Z'))).toBe(true)
		expect(await hasBadge(facility.id, new Date('2027-06-30T23:30:00Z'))).toBe(true)
		expect(await hasBadge(facility.id, new Date('2027-07-01T00:00:01Z'))).toBe(false)
		expect(await outboxTopics(facility.id)).toContain('listing.changed')
		const audit = await prisma().auditEntry.findFirstOrThrow({
			where: { entityId: facility.id, action: 'listing.verified' },
		})
		expect(audit.changes).toMatchObject({
			licenceCode: 'mpa-manufacturing',
			reference: 'MPA 4.1-2026-001234',
			expiresAt: '2027-06-30',
		})
	})

	it('takes the badge away when revoked, once', async () => {
		const lab = await createListing({ type: 'lab', name: 'Mu Lab', organizationId: organization.id })
		const { verificationId } = await verifyListing({
			actor: coordinator,
			listingId: lab.id,
			evidence: { licenceCode: '', reference: 'Site visit 2026-11-20' },
		})
		expect(await hasBadge(lab.id, new Date())).toBe(true)
		// From another listing's page the verification is not found, and stays.
		await expect(
			revokeVerification({ actor: coordinator, verificationId, listingId: randomUUID() }),
		).rejects.toMatchObject({ rule: 'verification-not-found' })
		expect(await hasBadge(lab.id, new Date())).toBe(true)
		await revokeVerification({ actor: coordinator, verificationId })
		expect(await hasBadge(lab.id, new Date())).toBe(false)
		await expect(revokeVerification({ actor: coordinator, verificationId })).rejects.toMatchObject({
			rule: 'verification-already-revoked',
		})
		expect(await auditActions(lab.id)).toEqual(['listing.verified', 'listing.verification.revoked'])
	})

	it('rejects bad evidence and writes nothing', async () => {
		const lab = await createListing({ type: 'lab', name: 'Nu Lab', organizationId: organization.id })
		const before = await writeCounts()
		const error = await verifyListing({
			actor: coordinator,
			listingId: lab.id,
			evidence: { licenceCode: 'made-up', reference: '', expiresAt: '2027-13-01' },
		}).catch((caught: unknown) => caught)
		expect(error).toMatchObject({ rule: 'invalid-input' })
		expect(error).toBeInstanceOf(RuleError)
		expect((error as RuleError).issues.map((issue) => issue.field).sort()).toEqual([
			'expiresAt',
			'licenceCode',
			'reference',
		])
		await expect(
			verifyListing({
				actor: coordinator,
				listingId: lab.id,
				evidence: { reference: 'Old certificate', expiresAt: '2020-01-01' },
			}),
		).rejects.toMatchObject({ rule: 'expiry-in-past' })
		// A year no certificate runs to (the fuzzer's 9999-12-31 once broke the expiry's scheduled re-index).
		const farFuture = await verifyListing({
			actor: coordinator,
			listingId: lab.id,
			evidence: { reference: 'Forever', expiresAt: '9999-12-31' },
		}).catch((caught: unknown) => caught)
		expect((farFuture as RuleError).issues).toEqual([
			expect.objectContaining({ field: 'expiresAt', message: expect.stringContaining('check.dateRange') }),
		])
		await expect(
			verifyListing({ actor: member, listingId: lab.id, evidence: { reference: 'Trust me' } }),
		).rejects.toBeInstanceOf(PermissionDenied)
		expect(await writeCounts()).toEqual(before)
	})
})

describe('featuring and archiving', () => {
	it('features a published listing and archives it out of the directory', async () => {
		const lab = await createListing({ type: 'lab', name: 'Xi Lab', organizationId: organization.id })
		await featureListing({ actor: coordinator, listingId: lab.id, featured: true })
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: lab.id } })).featured).toBe(true)
		const pending = await submitListingRevision({ actor: member, listingId: lab.id, record: { name: 'Xi Lab 2' } })
		await archiveListing({ actor: coordinator, listingId: lab.id })
		const row = await prisma().listing.findUniqueOrThrow({ where: { id: lab.id } })
		expect(row).toMatchObject({ status: 'archived', featured: false })
		expect((await prisma().listingRevision.findUniqueOrThrow({ where: { id: pending.revisionId } })).status).toBe(
			'withdrawn',
		)
		expect((await findPublishedListing({ type: 'lab', slug: lab.slug })).kind).toBe('not-found')
		await expect(featureListing({ actor: coordinator, listingId: lab.id, featured: true })).rejects.toMatchObject({
			rule: 'listing-not-published',
		})
		await expect(
			submitListingRevision({ actor: member, listingId: lab.id, record: { name: 'Back' } }),
		).rejects.toMatchObject({
			rule: 'listing-archived',
		})
		await restoreListing({ actor: coordinator, listingId: lab.id })
		expect((await findPublishedListing({ type: 'lab', slug: lab.slug })).kind).toBe('found')
		expect(await auditActions(lab.id)).toEqual([
			'listing.featured',
			'revision.submitted',
			'listing.archived',
			'listing.restored',
		])
	})
})

describe('merging duplicates', () => {
	it('redirects the duplicate by slug and by ref, and moves its children and members', async () => {
		const survivor = await createListing({ type: 'organization', name: 'Omicron Bio AB' })
		const duplicate = await createListing({ type: 'organization', name: 'Omicron Biologics' })
		const lab = await createListing({ type: 'lab', name: 'Omicron Lab', organizationId: duplicate.id })
		const facility = await createListing({ type: 'facility', name: 'Omicron Suite', organizationId: duplicate.id })
		const duplicateMember = await createUser({ memberships: [{ organizationId: duplicate.id }] })

		const result = await mergeListings({
			actor: coordinator,
			duplicateId: duplicate.id,
			survivor: { ref: survivor.ref },
		})
		expect(result.movedChildIds.sort()).toEqual([lab.id, facility.id].sort())
		expect(result.movedMemberships).toBe(1)

		expect(await findPublishedListing({ type: 'organization', slug: duplicate.slug })).toEqual({
			kind: 'merged',
			survivor: { type: 'organization', slug: survivor.slug },
		})
		expect(await findListingByRef({ ref: duplicate.ref.toUpperCase() })).toEqual({
			kind: 'found',
			type: 'organization',
			slug: survivor.slug,
			merged: true,
		})
		const children = await prisma().listing.findMany({ where: { organizationId: survivor.id }, select: { id: true } })
		expect(children.map((child) => child.id).sort()).toEqual([lab.id, facility.id].sort())
		const memberships = await prisma().membership.findMany({ where: { userId: duplicateMember.userId } })
		expect(memberships.map((membership) => membership.organizationId)).toEqual([survivor.id])
		const row = await prisma().listing.findUniqueOrThrow({ where: { id: duplicate.id } })
		expect(row).toMatchObject({ status: 'archived', mergedIntoId: survivor.id })
		expect(await auditActions(duplicate.id)).toEqual(['listing.merged'])
		expect(await auditActions(survivor.id)).toEqual(['listing.merge.survivor'])
		expect(await outboxTopics(lab.id)).toContain('listing.changed')
	})

	it('refuses to merge across types, into itself, or into a merged listing', async () => {
		const lab = await createListing({ type: 'lab', name: 'Pi Lab', organizationId: organization.id })
		const otherLab = await createListing({ type: 'lab', name: 'Pi Lab (old)', organizationId: organization.id })
		const facility = await createListing({ type: 'facility', name: 'Pi Suite', organizationId: organization.id })
		const merge = (actor: typeof coordinator, duplicate: { id: string }, survivor: { id: string }) =>
			mergeListings({ actor, duplicateId: duplicate.id, survivor: { id: survivor.id } })
		await expect(merge(coordinator, lab, facility)).rejects.toMatchObject({ rule: 'merge-type-mismatch' })
		await expect(merge(coordinator, lab, lab)).rejects.toMatchObject({ rule: 'merge-same-listing' })
		await merge(coordinator, otherLab, lab)
		await expect(merge(coordinator, lab, otherLab)).rejects.toMatchObject({ rule: 'merge-survivor-unavailable' })
		await expect(merge(member, lab, facility)).rejects.toBeInstanceOf(PermissionDenied)
	})

	it('finds a listing by ref only while the viewer may see it', async () => {
		const draft = await createListing({ type: 'lab', name: 'Rho Lab', status: 'draft', publishedAt: null })
		expect(await findListingByRef({ ref: draft.ref })).toEqual({ kind: 'not-found' })
		expect(await findListingByRef({ ref: 'no-such-ref' })).toEqual({ kind: 'not-found' })
	})
})

describe('expert profiles', () => {
	it('are members-only until the owner opts in, and only the owner may opt in', async () => {
		const expertUser = await createUser({ memberships: [{ organizationId: organization.id }] })
		const colleague = await createUser({ memberships: [{ organizationId: organization.id }] })
		const { listingId, revisionId } = await submitListingRevision({
			actor: expertUser,
			type: 'expert',
			record: {
				name: 'Dr Sigma',
				title: 'Senior scientist',
				organizationRef: organization.ref,
				languages: ['sv', 'en'],
			},
		})
		const approved = await approveRevision({ actor: coordinator, revisionId })
		expect((await findPublishedListing({ type: 'expert', slug: approved.slug })).kind).toBe('not-found')
		expect((await findPublishedListing({ type: 'expert', slug: approved.slug, viewer: { isMember: true } })).kind).toBe(
			'found',
		)
		await expect(setExpertVisibility({ actor: colleague, listingId, visibility: 'public' })).rejects.toMatchObject({
			rule: 'expert-owner-only',
		})
		await expect(setExpertVisibility({ actor: coordinator, listingId, visibility: 'public' })).rejects.toBeInstanceOf(
			RuleError,
		)
		await setExpertVisibility({ actor: expertUser, listingId, visibility: 'public' })
		expect((await findPublishedListing({ type: 'expert', slug: approved.slug })).kind).toBe('found')
		await setExpertVisibility({ actor: coordinator, listingId, visibility: 'members' })
		expect((await findPublishedListing({ type: 'expert', slug: approved.slug })).kind).toBe('not-found')
		expect(await auditActions(listingId)).toEqual([
			'listing.submitted',
			'revision.approved',
			'expert.visibility',
			'expert.visibility',
		])
	})

	it('an expert may only name an organisation they belong to as affiliation', async () => {
		const outsider = await createUser()
		await expect(
			submitListingRevision({
				actor: outsider,
				type: 'expert',
				record: { name: 'Dr Tau', organizationRef: organization.ref },
			}),
		).rejects.toMatchObject({ rule: 'organization-not-allowed', field: 'organizationRef' })
		await submitListingRevision({ actor: outsider, type: 'expert', record: { name: 'Dr Tau' } })
		await expect(
			submitListingRevision({ actor: outsider, type: 'expert', record: { name: 'Dr Tau again' } }),
		).rejects.toMatchObject({ rule: 'expert-profile-exists' })
	})
})

describe('the /listings/ref/$ref address', () => {
	async function get(ref: string) {
		try {
			await listingByRefLoader({
				request: new Request(`http://hub.test/listings/ref/${ref}?lang=sv`),
				params: { ref },
				context: {},
			})
			throw new Error('expected a response')
		} catch (thrown) {
			if (!(thrown instanceof Response)) throw thrown
			return { status: thrown.status, location: thrown.headers.get('Location') }
		}
	}

	it('sends a ref to its listing, and a merged ref to the survivor, permanently', async () => {
		const survivor = await createListing({ type: 'facility', name: 'Upsilon Suite', organizationId: organization.id })
		const duplicate = await createListing({
			type: 'facility',
			name: 'Upsilon Suite (copy)',
			organizationId: organization.id,
		})
		await mergeListings({ actor: coordinator, duplicateId: duplicate.id, survivor: { id: survivor.id } })
		expect(await get(survivor.ref)).toEqual({ status: 301, location: `/facilities/${survivor.slug}?lang=sv` })
		expect(await get(duplicate.ref)).toEqual({ status: 301, location: `/facilities/${survivor.slug}?lang=sv` })
		expect((await get('no-such-ref')).status).toBe(404)
	})
})

describe('the audit log', () => {
	it('names actors while their account exists, and shows an erased one by the start of their id', async () => {
		const leaving = await createUser({ platformRole: 'coordinator', name: 'Leaving Coordinator' })
		const lab = await createListing({ type: 'lab', name: 'Phi Lab', organizationId: organization.id })
		await featureListing({ actor: leaving, listingId: lab.id, featured: true })
		await featureListing({ actor: coordinator, listingId: lab.id, featured: false })
		await prisma().user.delete({ where: { id: leaving.userId } })
		const page = await auditLog({ entityType: 'listing', entityId: lab.id })
		expect(page.entries.map((entry) => entry.action)).toEqual(['listing.unfeatured', 'listing.featured'])
		expect(page.entries[1]?.actor).toEqual({ kind: 'erased', id: leaving.userId, shortId: leaving.userId.slice(0, 8) })
		expect(page.entries[0]?.actor).toMatchObject({ kind: 'user', id: coordinator.userId })
		expect(page.entries[0]?.entityName).toBe('Phi Lab')
		const byActor = await auditLog({ actorId: coordinator.userId, pageSize: 1 })
		expect(byActor.entries).toHaveLength(1)
		expect(byActor.pageCount).toBe(byActor.total)
	})
})
