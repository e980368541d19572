import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import { useTestDatabase } from '../../../tests/setup/database.ts'
import { countPublishedByType } from './count-published-by-type.server.ts'
import { featuredListings } from './featured-listings.server.ts'
import { findPublishedListing } from './find-published-listing.server.ts'

let db: Awaited<ReturnType<typeof useTestDatabase>>
const member = { isMember: true }
let counter = 0

async function listing(
	data: Partial<Prisma.ListingUncheckedCreateInput> & Pick<Prisma.ListingUncheckedCreateInput, 'type' | 'name'>,
) {
	counter++
	return prisma().listing.create({
		data: { ref: `test-${counter}`, slug: `listing-${counter}`, status: 'published', ...data },
	})
}

let organizationId: string

beforeAll(async () => {
	db = await useTestDatabase()
	const organization = await listing({
		type: 'organization',
		slug: 'acme',
		name: 'Acme Cell Therapy AB',
		email: 'members-only@acme.example',
		kind: 'cdmo',
		lat: 59.22,
		lng: 17.94,
		featured: true,
	})
	organizationId = organization.id
	const facility = await listing({
		type: 'facility',
		slug: 'acme-suite',
		name: 'Acme Suite',
		organizationId,
		cleanroomGrades: ['B'],
		availableFrom: new Date('2027-03-01'),
	})
	await prisma().verification.create({ data: { listingId: facility.id } })
	await listing({ type: 'lab', slug: 'b-lab', name: 'B Lab', organizationId })
	await listing({ type: 'lab', slug: 'draft-lab', name: 'Draft Lab', organizationId, status: 'draft' })
	await listing({ type: 'expert', slug: 'public-expert', name: 'Public Expert', organizationId })
	await listing({
		type: 'expert',
		slug: 'private-expert',
		name: 'Private Expert',
		organizationId,
		visibility: 'members',
	})
	const revoked = await listing({ type: 'lab', slug: 'a-lab', name: 'A Lab' })
	await prisma().verification.create({ data: { listingId: revoked.id, revokedAt: new Date() } })
	const expired = await listing({ type: 'lab', slug: 'c-lab', name: 'C Lab' })
	await prisma().verification.create({ data: { listingId: expired.id, expiresAt: new Date('2020-01-01') } })
	await listing({
		type: 'organization',
		slug: 'old-acme',
		name: 'Old Acme',
		status: 'archived',
		mergedIntoId: organizationId,
	})
})

afterAll(async () => {
	await db.cleanup()
})

describe('countPublishedByType', () => {
	it('counts only published listings a visitor may see', async () => {
		expect(await countPublishedByType()).toEqual({ organization: 1, lab: 3, facility: 1, expert: 1 })
	})

	it('counts members-only experts for members', async () => {
		expect((await countPublishedByType(member)).expert).toBe(2)
	})
})

describe('findPublishedListing', () => {
	it('never gives a visitor the member-only e-mail', async () => {
		const result = await findPublishedListing({ type: 'organization', slug: 'acme' })
		expect(result.kind).toBe('found')
		expect(JSON.stringify(result)).not.toContain('members-only@acme.example')
	})

	it('gives members the e-mail', async () => {
		const result = await findPublishedListing({ type: 'organization', slug: 'acme', viewer: member })
		expect(result.kind === 'found' && result.listing.type === 'organization' && result.listing.email).toBe(
			'members-only@acme.example',
		)
	})

	it("gives members a facility's contact: its host organisation's e-mail, never to visitors", async () => {
		const forMember = await findPublishedListing({ type: 'facility', slug: 'acme-suite', viewer: member })
		expect(forMember.kind === 'found' && forMember.listing.email).toBe('members-only@acme.example')
		const forVisitor = await findPublishedListing({ type: 'facility', slug: 'acme-suite' })
		expect(forVisitor.kind).toBe('found')
		expect(JSON.stringify(forVisitor)).not.toContain('members-only@acme.example')
	})

	it("lists an organisation's visible labs, facilities and experts", async () => {
		const result = await findPublishedListing({ type: 'organization', slug: 'acme' })
		if (result.kind !== 'found' || result.listing.type !== 'organization') throw new Error('expected the organisation')
		expect(result.listing.labs.map((lab) => lab.name)).toEqual(['B Lab'])
		expect(result.listing.facilities.map((facility) => facility.name)).toEqual(['Acme Suite'])
		expect(result.listing.experts.map((expert) => expert.name)).toEqual(['Public Expert'])
		expect(result.listing.location).toEqual({ lat: 59.22, lng: 17.94 })
	})

	it('hides drafts and members-only experts from visitors', async () => {
		expect((await findPublishedListing({ type: 'lab', slug: 'draft-lab' })).kind).toBe('not-found')
		expect((await findPublishedListing({ type: 'expert', slug: 'private-expert' })).kind).toBe('not-found')
		expect((await findPublishedListing({ type: 'expert', slug: 'private-expert', viewer: member })).kind).toBe('found')
	})

	it('sends a merged listing to its survivor', async () => {
		expect(await findPublishedListing({ type: 'organization', slug: 'old-acme' })).toEqual({
			kind: 'merged',
			survivor: { type: 'organization', slug: 'acme' },
		})
	})

	it('returns plain JSON: dates as ISO strings, the host organisation as a link', async () => {
		const result = await findPublishedListing({ type: 'facility', slug: 'acme-suite' })
		expect(JSON.parse(JSON.stringify(result))).toEqual(result)
		if (result.kind !== 'found' || result.listing.type !== 'facility') throw new Error('expected the facility')
		expect(result.listing.availableFrom).toBe('2027-03-01')
		expect(result.listing.organization).toEqual({ type: 'organization', slug: 'acme', name: 'Acme Cell Therapy AB' })
	})

	it('is not found for an unknown slug', async () => {
		expect((await findPublishedListing({ type: 'facility', slug: 'nowhere' })).kind).toBe('not-found')
	})
})

describe('featuredListings', () => {
	it('returns featured, visible listings', async () => {
		expect((await featuredListings()).map((item) => item.name)).toEqual(['Acme Cell Therapy AB'])
	})
})
