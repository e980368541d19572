import { beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { PermissionDenied } from '../../app/domain/auth/permissions.ts'
import { confirmationFor, confirmListing } from '../../app/domain/stale/confirm-listing.server.ts'
import { findStaleListings } from '../../app/domain/stale/find-stale-listings.server.ts'
import { nudgeAgain } from '../../app/domain/stale/nudge-again.server.ts'
import { sendStaleNudges } from '../../app/domain/stale/send-stale-nudges.server.ts'
import { staleCutoff } from '../../app/domain/stale/stale-rule.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { auditActions, createListing, createUser, mailsTo } from '../curation/factories.ts'

withTestDatabase()

const baseUrl = 'https://hub.test'
const now = new Date('2027-03-15T06:00:00Z')
const longAgo = new Date('2025-12-01T00:00:00Z')
const recently = new Date('2026-12-01T00:00:00Z')

let coordinator: Actor
let organization: { id: string }
let member: Actor & { email: string }
let svMember: Actor & { email: string }

beforeAll(async () => {
	coordinator = await createUser({ platformRole: 'coordinator' })
	organization = await createListing({ type: 'organization', name: 'Stale Org AB', publishedAt: recently })
	member = await createUser({ memberships: [{ organizationId: organization.id }] })
	svMember = await createUser({ memberships: [{ organizationId: organization.id }], preferredLocale: 'sv' })
})

/** The token of the confirmation link in the newest nudge mail to this address. */
async function confirmTokenFor(email: string): Promise<string> {
	const mail = (await mailsTo(email)).at(-1)
	const match = mail?.text.match(/\/listings\/confirm\/([A-Za-z0-9_-]+)/)
	if (!match?.[1]) throw new Error(`no confirmation link mailed to ${email}`)
	return match[1]
}

const staleIds = async (at: Date) => (await findStaleListings({ now: at, months: 12 })).map((row) => row.id)

describe('stale detection', () => {
	it('counts months on the calendar, clamped to the month’s end', () => {
		expect(staleCutoff(new Date('2027-03-31T10:00:00Z'), 1).toISOString()).toBe('2027-02-28T10:00:00.000Z')
		expect(staleCutoff(new Date('2027-03-15T06:00:00Z'), 12).toISOString()).toBe('2026-03-15T06:00:00.000Z')
	})

	it('is stale when neither published, edited nor confirmed within the period', async () => {
		const old = await createListing({
			type: 'lab',
			name: 'Old Lab',
			organizationId: organization.id,
			publishedAt: longAgo,
		})
		const fresh = await createListing({
			type: 'lab',
			name: 'Fresh Lab',
			organizationId: organization.id,
			publishedAt: recently,
		})
		const edited = await createListing({
			type: 'lab',
			name: 'Edited Lab',
			organizationId: organization.id,
			publishedAt: longAgo,
		})
		await prisma().listingRevision.create({
			data: { listingId: edited.id, payload: {}, status: 'approved', decidedAt: recently },
		})
		const rejectedOnly = await createListing({
			type: 'lab',
			name: 'Rejected Edit Lab',
			organizationId: organization.id,
			publishedAt: longAgo,
		})
		await prisma().listingRevision.create({
			data: { listingId: rejectedOnly.id, payload: {}, status: 'rejected', decidedAt: recently },
		})
		const confirmed = await createListing({
			type: 'lab',
			name: 'Confirmed Lab',
			organizationId: organization.id,
			publishedAt: longAgo,
			confirmedAt: recently,
		})
		const archived = await createListing({
			type: 'lab',
			name: 'Archived Lab',
			organizationId: organization.id,
			publishedAt: longAgo,
			status: 'archived',
		})
		const stale = await staleIds(now)
		expect(stale).toContain(old.id)
		expect(stale).toContain(rejectedOnly.id)
		for (const listing of [fresh, edited, confirmed, archived]) expect(stale).not.toContain(listing.id)
		// The same listing was not stale a month after publication.
		expect(await staleIds(new Date('2026-01-01T00:00:00Z'))).not.toContain(old.id)
		// Oldest first, with its last sign of life.
		const rows = await findStaleListings({ now, months: 12 })
		const dates = rows.map((row) => row.lastSeenAccurateAt.getTime())
		expect(dates).toEqual([...dates].sort((a, b) => a - b))
		expect(rows.find((row) => row.id === old.id)?.lastSeenAccurateAt.toISOString()).toBe(longAgo.toISOString())
	})
})

describe('the daily nudge', () => {
	it('asks each member once a period, in their language, with a confirmation link', async () => {
		const facility = await createListing({
			type: 'facility',
			name: 'Nudged Suite',
			organizationId: organization.id,
			publishedAt: new Date('2024-01-01T00:00:00Z'),
		})
		await sendStaleNudges({ baseUrl, now, months: 12 })
		const english = (await mailsTo(member.email)).filter((mail) => mail.subject.includes('Nudged Suite'))
		expect(english).toHaveLength(1)
		expect(english[0]?.subject).toBe('Is Nudged Suite still accurate?')
		expect(english[0]?.text).toContain(`${baseUrl}/listings/confirm/`)
		expect(english[0]?.text).toContain(`${baseUrl}/my-listings/${facility.id}/edit`)
		const swedish = (await mailsTo(svMember.email)).filter((mail) => mail.subject.includes('Nudged Suite'))
		expect(swedish.map((mail) => mail.subject)).toEqual(['Stämmer Nudged Suite fortfarande?'])
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: facility.id } })).nudgedAt).toEqual(now)

		// A second run the next day, and one a month later, ask nobody again.
		await sendStaleNudges({ baseUrl, now: new Date(now.getTime() + 24 * 3600_000), months: 12 })
		await sendStaleNudges({ baseUrl, now: new Date('2027-04-20T06:00:00Z'), months: 12 })
		expect((await mailsTo(member.email)).filter((mail) => mail.subject.includes('Nudged Suite'))).toHaveLength(1)
		// A period later, still unconfirmed, they are asked again.
		await sendStaleNudges({ baseUrl, now: new Date('2028-03-20T06:00:00Z'), months: 12 })
		expect((await mailsTo(member.email)).filter((mail) => mail.subject.includes('Nudged Suite'))).toHaveLength(2)
		expect(await auditActions(facility.id)).toEqual(['listing.nudged', 'listing.nudged'])
	})

	it('mails nobody for a listing nobody answers for, and leaves it for the coordinators', async () => {
		const orphan = await createListing({ type: 'facility', name: 'Orphan Suite', publishedAt: longAgo })
		const result = await sendStaleNudges({ baseUrl, now, months: 12 })
		expect(result.nobodyToAsk).toBeGreaterThanOrEqual(1)
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: orphan.id } })).nudgedAt).toBeNull()
		expect(await staleIds(now)).toContain(orphan.id)
		await expect(nudgeAgain({ actor: coordinator, listingId: orphan.id, baseUrl, now })).rejects.toMatchObject({
			rule: 'stale-nobody-to-ask',
		})
	})
})

describe('confirming from the link', () => {
	it('clears staleness once; the link then stops working, and so do the others about it', async () => {
		const lab = await createListing({
			type: 'lab',
			name: 'Confirm Lab',
			organizationId: organization.id,
			publishedAt: longAgo,
		})
		await nudgeAgain({ actor: coordinator, listingId: lab.id, baseUrl, now })
		const token = await confirmTokenFor(member.email)
		const otherToken = await confirmTokenFor(svMember.email)
		expect(await confirmationFor(token, now)).toEqual({
			listingName: 'Confirm Lab',
			editPath: `/my-listings/${lab.id}/edit`,
			purpose: 'listing',
		})

		const later = new Date(now.getTime() + 3600_000)
		await confirmListing({ token, now: later })
		expect(await staleIds(later)).not.toContain(lab.id)
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: lab.id } })).confirmedAt).toEqual(later)
		const entry = await prisma().auditEntry.findFirstOrThrow({
			where: { entityId: lab.id, action: 'listing.confirmed' },
		})
		expect(entry.actorId).toBe(member.userId)

		await expect(confirmListing({ token, now: later })).rejects.toMatchObject({ rule: 'confirm-link-invalid' })
		await expect(confirmListing({ token: otherToken, now: later })).rejects.toMatchObject({
			rule: 'confirm-link-invalid',
		})
		expect(await confirmationFor(token, later)).toBeNull()
		// Stale again a whole period after the confirmation.
		expect(await staleIds(new Date('2028-03-16T08:00:00Z'))).toContain(lab.id)
	})

	it('refuses a forged, an expired, and a departed member’s link, writing nothing', async () => {
		const lab = await createListing({
			type: 'lab',
			name: 'Refusing Lab',
			organizationId: organization.id,
			publishedAt: longAgo,
		})
		const leaver = await createUser({ memberships: [{ organizationId: organization.id }] })
		await nudgeAgain({ actor: coordinator, listingId: lab.id, baseUrl, now })
		const token = await confirmTokenFor(member.email)
		const leaverToken = await confirmTokenFor(leaver.email)

		await expect(confirmListing({ token: 'forged-token-that-was-never-issued', now })).rejects.toMatchObject({
			rule: 'confirm-link-invalid',
		})
		await expect(confirmListing({ token: '', now })).rejects.toMatchObject({ rule: 'confirm-link-invalid' })
		const expired = new Date(now.getTime() + 31 * 24 * 3600_000)
		await expect(confirmListing({ token, now: expired })).rejects.toMatchObject({ rule: 'confirm-link-invalid' })
		expect(await confirmationFor(token, expired)).toBeNull()

		await prisma().membership.deleteMany({ where: { userId: leaver.userId } })
		await expect(confirmListing({ token: leaverToken, now })).rejects.toMatchObject({ rule: 'confirm-link-invalid' })

		const row = await prisma().listing.findUniqueOrThrow({ where: { id: lab.id } })
		expect(row.confirmedAt).toBeNull()
		expect(await auditActions(lab.id)).toEqual(['listing.nudged'])
		// The member's own link still works after all that.
		await confirmListing({ token, now })
	})

	it('lets only coordinators nudge again', async () => {
		const lab = await createListing({
			type: 'lab',
			name: 'Perm Lab',
			organizationId: organization.id,
			publishedAt: longAgo,
		})
		await expect(nudgeAgain({ actor: member, listingId: lab.id, baseUrl, now })).rejects.toBeInstanceOf(
			PermissionDenied,
		)
	})
})
