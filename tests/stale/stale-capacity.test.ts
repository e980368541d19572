// Capacity windows go stale after three months (docs/decisions/044): the rule,
// the daily job's "are the suite windows still right?" mail, its one-click
// confirmation, and a coordinator's "ask again".
import { beforeAll, describe, expect, it } from 'vitest'
import { PermissionDenied, type Actor } from '../../app/domain/auth/permissions.ts'
import { windowFieldsSchema } from '../../app/domain/capacity/capacity-schema.ts'
import { removeWindow } from '../../app/domain/capacity/remove-window.server.ts'
import { confirmationFor, confirmListing } from '../../app/domain/stale/confirm-listing.server.ts'
import { findStaleCapacity } from '../../app/domain/stale/find-stale-capacity.server.ts'
import { findStaleListings } from '../../app/domain/stale/find-stale-listings.server.ts'
import { nudgeAgain } from '../../app/domain/stale/nudge-again.server.ts'
import { sendStaleNudges } from '../../app/domain/stale/send-stale-nudges.server.ts'
import { capacityStaleCutoff } from '../../app/domain/stale/stale-rule.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { withTestDatabase } from '../setup/database.ts'
import { auditActions, createListing, createUser, mailsTo } from '../curation/factories.ts'

withTestDatabase()

const baseUrl = 'https://hub.test'
/** When the demo facilities' windows were last touched in these tests. */
const touched = new Date('2026-12-01T00:00:00Z')
const twoMonthsOn = new Date('2027-02-01T00:00:00Z')
const fourMonthsOn = new Date('2027-04-01T00:00:00Z')

let coordinator: Actor

beforeAll(async () => {
	coordinator = await createUser({ platformRole: 'coordinator' })
})

/** A published facility (its listing fresh, so only its capacity can be stale) with one member, and a suite with a window last changed `at`. */
async function facilityWithWindows(name: string, options: { at?: Date; suites?: boolean } = {}) {
	const organization = await createListing({ type: 'organization', name: `${name} AB`, publishedAt: touched })
	const member = await createUser({ memberships: [{ organizationId: organization.id }] })
	const facility = await createListing({
		type: 'facility',
		name,
		organizationId: organization.id,
		publishedAt: touched,
	})
	if (options.suites !== false) {
		const window = windowFieldsSchema.parse({ from: '2027-01-01', to: '2027-12-31', state: 'free' })
		const suite = await prisma().facilitySuite.create({ data: { facilityId: facility.id, name: 'Suite 1' } })
		await prisma().capacityWindow.create({
			data: { suiteId: suite.id, from: new Date(window.from), to: new Date(window.to), state: window.state },
		})
		const at = options.at ?? touched
		await prisma().$executeRaw`UPDATE "FacilitySuite" SET "updatedAt" = ${at} WHERE "id" = ${suite.id}::uuid`
		await prisma().$executeRaw`UPDATE "CapacityWindow" SET "updatedAt" = ${at} WHERE "suiteId" = ${suite.id}::uuid`
	}
	return { facility, member }
}

const staleIds = async (at: Date) => (await findStaleCapacity({ now: at })).map((row) => row.id)

async function confirmTokenFor(email: string): Promise<string> {
	const mail = (await mailsTo(email)).at(-1)
	const match = mail?.text.match(/\/listings\/confirm\/([A-Za-z0-9_-]+)/)
	if (!match?.[1]) throw new Error(`no confirmation link mailed to ${email}`)
	return match[1]
}

describe('the capacity rule', () => {
	it('is three calendar months', () => {
		expect(capacityStaleCutoff(new Date('2027-05-31T10:00:00Z')).toISOString()).toBe('2027-02-28T10:00:00.000Z')
	})

	it('makes windows untouched for three months stale, not those touched two months ago, and never a facility without suites', async () => {
		const { facility } = await facilityWithWindows('Rule Cleanrooms')
		const { facility: bare } = await facilityWithWindows('Bare Cleanrooms', { suites: false })
		await prisma().listing.update({ where: { id: bare.id }, data: { publishedAt: new Date('2020-01-01') } })
		expect(await staleIds(twoMonthsOn)).not.toContain(facility.id)
		expect(await staleIds(fourMonthsOn)).toContain(facility.id)
		expect(await staleIds(fourMonthsOn)).not.toContain(bare.id)
		// Stale capacity is not a stale listing: the description has its own, longer period.
		expect((await findStaleListings({ now: fourMonthsOn, months: 12 })).map((row) => row.id)).not.toContain(facility.id)
	})

	it('counts a change in the editor as current again, a removal too', async () => {
		const { facility, member } = await facilityWithWindows('Edited Cleanrooms', { at: new Date('2025-01-01') })
		expect(await staleIds(new Date())).toContain(facility.id)
		const window = await prisma().capacityWindow.findFirstOrThrow({ where: { suite: { facilityId: facility.id } } })
		// Removing the only window leaves the suite as old as it was: only the facility's own mark says it changed.
		await removeWindow({ actor: member, facilityId: facility.id, windowId: window.id })
		expect(await staleIds(new Date())).not.toContain(facility.id)
	})
})

describe('the daily job', () => {
	it('asks a stale facility’s people about the windows once a period, with a link to confirm and one to the editor', async () => {
		const { facility, member } = await facilityWithWindows('Asked Cleanrooms')
		const first = await sendStaleNudges({ baseUrl, now: fourMonthsOn })
		expect(first.capacityNudged).toBeGreaterThanOrEqual(1)
		const mails = await mailsTo(member.email)
		expect(mails).toHaveLength(1)
		expect(mails[0]?.subject).toBe('Are the suite windows of Asked Cleanrooms still right?')
		expect(mails[0]?.text).toContain(`${baseUrl}/listings/confirm/`)
		expect(mails[0]?.text).toContain(`${baseUrl}/my-listings/${facility.id}/capacity`)
		expect(await auditActions(facility.id)).toContain('capacity.nudged')
		// The same day again, and a month later: no second mail within the period.
		await sendStaleNudges({ baseUrl, now: fourMonthsOn })
		await sendStaleNudges({ baseUrl, now: new Date('2027-05-01T00:00:00Z') })
		expect(await mailsTo(member.email)).toHaveLength(1)
		// A listing's own nudge date is left alone.
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: facility.id } })).nudgedAt).toBeNull()
	})
})

describe('confirming from the link', () => {
	it('marks the windows current once; the link then stops working', async () => {
		const { facility, member } = await facilityWithWindows('Confirmed Cleanrooms')
		await sendStaleNudges({ baseUrl, now: fourMonthsOn })
		const token = await confirmTokenFor(member.email)
		expect(await confirmationFor(token, fourMonthsOn)).toEqual({
			listingName: 'Confirmed Cleanrooms',
			editPath: `/my-listings/${facility.id}/capacity`,
			purpose: 'capacity',
		})
		expect(await confirmListing({ token, now: fourMonthsOn })).toEqual({
			listingName: 'Confirmed Cleanrooms',
			purpose: 'capacity',
		})
		expect(await staleIds(fourMonthsOn)).not.toContain(facility.id)
		const row = await prisma().listing.findUniqueOrThrow({ where: { id: facility.id } })
		expect(row.capacityCurrentAt?.toISOString()).toBe(fourMonthsOn.toISOString())
		// Only the windows: the listing's own confirmation stays as it was.
		expect(row.confirmedAt).toBeNull()
		expect(await auditActions(facility.id)).toContain('capacity.confirmed')
		await expect(confirmListing({ token, now: fourMonthsOn })).rejects.toMatchObject({ rule: 'confirm-link-invalid' })
		expect(await confirmationFor(token, fourMonthsOn)).toBeNull()
		// Three months after the confirmation it is stale again.
		expect(await staleIds(new Date('2027-07-02T00:00:00Z'))).toContain(facility.id)
	})

	it('leaves a listing’s own "still accurate?" link working beside a capacity link', async () => {
		const { facility, member } = await facilityWithWindows('Two Links Cleanrooms')
		await prisma().listing.update({ where: { id: facility.id }, data: { publishedAt: new Date('2020-01-01') } })
		await sendStaleNudges({ baseUrl, now: fourMonthsOn })
		const mails = await mailsTo(member.email)
		expect(mails.map((mail) => mail.subject).sort()).toEqual([
			'Are the suite windows of Two Links Cleanrooms still right?',
			'Is Two Links Cleanrooms still accurate?',
		])
		const tokenOf = (subject: string) =>
			mails.find((mail) => mail.subject === subject)!.text.match(/\/listings\/confirm\/([A-Za-z0-9_-]+)/)![1]!
		await confirmListing({
			token: tokenOf('Are the suite windows of Two Links Cleanrooms still right?'),
			now: fourMonthsOn,
		})
		const listingToken = tokenOf('Is Two Links Cleanrooms still accurate?')
		expect((await confirmationFor(listingToken, fourMonthsOn))?.purpose).toBe('listing')
		await confirmListing({ token: listingToken, now: fourMonthsOn })
		expect((await prisma().listing.findUniqueOrThrow({ where: { id: facility.id } })).confirmedAt).not.toBeNull()
	})
})

describe('asking again', () => {
	it('lets only coordinators ask again, whenever they choose, and only about a facility with suites', async () => {
		const { facility, member } = await facilityWithWindows('Again Cleanrooms')
		await expect(
			nudgeAgain({ actor: member, listingId: facility.id, baseUrl, purpose: 'capacity' }),
		).rejects.toBeInstanceOf(PermissionDenied)
		expect(await mailsTo(member.email)).toHaveLength(0)
		expect(await nudgeAgain({ actor: coordinator, listingId: facility.id, baseUrl, purpose: 'capacity' })).toEqual({
			asked: 1,
		})
		expect(await nudgeAgain({ actor: coordinator, listingId: facility.id, baseUrl, purpose: 'capacity' })).toEqual({
			asked: 1,
		})
		expect(await mailsTo(member.email)).toHaveLength(2)
		const { facility: bare } = await facilityWithWindows('Suiteless Cleanrooms', { suites: false })
		await expect(
			nudgeAgain({ actor: coordinator, listingId: bare.id, baseUrl, purpose: 'capacity' }),
		).rejects.toMatchObject({
			rule: 'stale-no-capacity',
		})
	})
})
