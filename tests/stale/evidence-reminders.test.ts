import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { remindExpiringEvidence } from '../../app/domain/curation/remind-expiring-evidence.server.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { auditActions, createListing, createUser, mailsTo } from '../curation/factories.ts'

withTestDatabase()

const baseUrl = 'https://hub.test'
const now = new Date('2027-03-01T05:00:00Z')
const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

let coordinator: Actor & { email: string }
let member: Actor & { email: string }
let organization: { id: string }

beforeAll(async () => {
	coordinator = await createUser({ platformRole: 'coordinator', preferredLocale: 'sv' })
	organization = await createListing({ type: 'organization', name: 'Evidence Org AB' })
	member = await createUser({ memberships: [{ organizationId: organization.id }] })
})

async function verification(name: string, data: { expiresAt: Date | null; revokedAt?: Date }) {
	const facility = await createListing({ type: 'facility', name, organizationId: organization.id })
	await prisma().verification.create({
		data: { listingId: facility.id, licenceCode: 'mpa-manufacturing', reference: `REF-${name}`, ...data },
	})
	return facility
}

const subjectsTo = async (email: string, name: string) =>
	(await mailsTo(email)).filter((mail) => mail.subject.includes(name)).map((mail) => mail.subject)

describe('expiring evidence', () => {
	it('reminds the provider and the coordinators once, 30 days ahead', async () => {
		const soon = await verification('Soon Suite', { expiresAt: day('2027-03-31') })
		const later = await verification('Later Suite', { expiresAt: day('2027-04-15') })
		await remindExpiringEvidence({ baseUrl, now })
		expect(await subjectsTo(member.email, 'Soon Suite')).toEqual(['Verification evidence expires soon: Soon Suite'])
		expect(await subjectsTo(coordinator.email, 'Soon Suite')).toEqual([
			'Underlaget för verifieringen går snart ut: Soon Suite',
		])
		const text = (await mailsTo(member.email)).find((mail) => mail.subject.includes('Soon Suite'))?.text ?? ''
		expect(text).toContain('REF-Soon Suite')
		expect(text).toContain('31 March 2027')
		expect(await subjectsTo(member.email, 'Later Suite')).toEqual([])

		// The next day: nothing again for the first; the second's day has not come.
		await remindExpiringEvidence({ baseUrl, now: new Date('2027-03-02T05:00:00Z') })
		expect(await subjectsTo(member.email, 'Soon Suite')).toHaveLength(1)
		await remindExpiringEvidence({ baseUrl, now: new Date('2027-03-16T05:00:00Z') })
		expect(await subjectsTo(member.email, 'Later Suite')).toHaveLength(1)
		expect(await auditActions(soon.id)).toEqual(['listing.verification.reminded'])
		expect(await auditActions(later.id)).toEqual(['listing.verification.reminded'])
	})

	it('never reminds of revoked, expired or open-ended evidence', async () => {
		await verification('Revoked Suite', { expiresAt: day('2027-03-20'), revokedAt: day('2027-02-01') })
		await verification('Expired Suite', { expiresAt: day('2027-02-27') })
		await verification('Forever Suite', { expiresAt: null })
		await remindExpiringEvidence({ baseUrl, now })
		for (const name of ['Revoked Suite', 'Expired Suite', 'Forever Suite']) {
			expect(await subjectsTo(member.email, name)).toEqual([])
			expect(await subjectsTo(coordinator.email, name)).toEqual([])
		}
	})
})
