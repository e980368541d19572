import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { verifyListing } from '../../app/domain/curation/verify-listing.server.ts'
import { findPublishedListing } from '../../app/domain/directory/find-published-listing.server.ts'
import { exportListings } from '../../app/domain/listings/export-listings.server.ts'
import { importListings } from '../../app/domain/listings/import-listings.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { createListing, createUser } from '../curation/factories.ts'

withTestDatabase()

let coordinator: Actor
let organization: { id: string; slug: string }

beforeAll(async () => {
	coordinator = await createUser({ platformRole: 'coordinator' })
	organization = await createListing({ type: 'organization', name: 'Badge Org AB' })
})

async function evidenceSeenBy(slug: string, isMember: boolean) {
	const found = await findPublishedListing({ type: 'facility', slug, viewer: { isMember } })
	if (found.kind !== 'found') throw new Error(`facility ${slug} not found`)
	return { verified: found.listing.verified, evidence: found.listing.evidence }
}

describe('the badge’s evidence', () => {
	it('shows licence, reference and expiry to members, and to visitors only when public', async () => {
		const hidden = await createListing({
			type: 'facility',
			name: 'Private Evidence Suite',
			organizationId: organization.id,
		})
		await verifyListing({
			actor: coordinator,
			listingId: hidden.id,
			evidence: { licenceCode: 'mpa-manufacturing', reference: 'MPA 4.1-2026-000111', expiresAt: '2099-06-30' },
		})
		const shown = await createListing({
			type: 'facility',
			name: 'Public Evidence Suite',
			organizationId: organization.id,
		})
		await verifyListing({
			actor: coordinator,
			listingId: shown.id,
			evidence: {
				licenceCode: 'mpa-manufacturing',
				reference: 'MPA 4.1-2026-000222',
				expiresAt: '2099-06-30',
				public: 'on',
			},
		})
		const evidence = (reference: string) => [{ licenceCode: 'mpa-manufacturing', reference, expiresOn: '2099-06-30' }]

		expect(await evidenceSeenBy(hidden.slug, true)).toEqual({
			verified: true,
			evidence: evidence('MPA 4.1-2026-000111'),
		})
		// A visitor sees the badge alone: "Verified", as before.
		expect(await evidenceSeenBy(hidden.slug, false)).toEqual({ verified: true, evidence: [] })
		expect(await evidenceSeenBy(shown.slug, true)).toEqual({
			verified: true,
			evidence: evidence('MPA 4.1-2026-000222'),
		})
		expect(await evidenceSeenBy(shown.slug, false)).toEqual({
			verified: true,
			evidence: evidence('MPA 4.1-2026-000222'),
		})

		// Revoked evidence is nobody's to see.
		await prisma().verification.updateMany({ where: { listingId: shown.id }, data: { revokedAt: new Date() } })
		expect(await evidenceSeenBy(shown.slug, false)).toEqual({ verified: false, evidence: [] })
		expect(await evidenceSeenBy(shown.slug, true)).toEqual({ verified: false, evidence: [] })
	})

	it('travels in the export, and importing the export again changes nothing', async () => {
		const facility = await createListing({ type: 'facility', name: 'Exported Suite', organizationId: organization.id })
		await verifyListing({
			actor: coordinator,
			listingId: facility.id,
			evidence: { licenceCode: 'mpa-manufacturing', reference: 'MPA EXPORT-1', expiresAt: '2099-01-31', public: 'on' },
		})
		const file = await exportListings()
		const record = file.facilities.find((row) => row.ref === facility.ref)
		expect(record).toMatchObject({
			verified: true,
			verifications: [
				{ licence: 'mpa-manufacturing', reference: 'MPA EXPORT-1', expiresAt: '2099-01-31', public: true },
			],
		})
		const report = await importListings(JSON.parse(JSON.stringify(file)), {
			actorId: coordinator.userId,
			dryRun: true,
		})
		expect(report.fileIssues).toEqual([])
		const mine = report.results.find((result) => result.ref === facility.ref)
		expect(mine?.outcome).toBe('unchanged')
	})
})
