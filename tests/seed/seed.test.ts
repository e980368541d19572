import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PrismaPg } from '@prisma/adapter-pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { imageFileName, isImageKey, keyDimensions } from '../../app/domain/images/image-key.ts'
import { fileImageStore, type ImageStore } from '../../app/domain/images/image-store.server.ts'
import { verifyPassword } from '../../app/domain/auth/password.server.ts'
import {
	interchangeFileSchema,
	recordSchemas,
	sectionCounts,
	typedRecordsOf,
	type ListingType,
} from '../../app/domain/listings/interchange.ts'
import { listingToRecord } from '../../app/domain/listings/to-database.ts'
import { codesOf, type VocabularyName } from '../../app/taxonomy/taxonomy.ts'
import { PrismaClient } from '../../app/generated/prisma/client.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { demoFeaturedRefs, generateDemoData, isMembersOnlyDemoExpert } from '../../prisma/seed/demo-data.ts'
import { demoPictureRefs, generateDemoDataWithPictures, initialsOf } from '../../prisma/seed/demo-pictures.ts'
import { demoUsers } from '../../prisma/seed/demo-users.ts'
import { seedDemoRequests } from '../../prisma/seed/demo-requests.ts'
import { demoJourneys, seedDemoFunnel } from '../../prisma/seed/demo-funnel.ts'
import { funnelStages, matchmakingFunnel } from '../../app/domain/analytics/matchmaking-funnel.server.ts'
import { demoOffers, seedDemoOffers } from '../../prisma/seed/demo-offers.ts'
import { seedDemoEnquiries } from '../../prisma/seed/demo-enquiries.ts'
import { findStaleCapacity } from '../../app/domain/stale/find-stale-capacity.server.ts'
import { seedDemoData } from '../../prisma/seed/seed.server.ts'
import { createTestDatabase, withTestDatabase } from '../setup/database.ts'
import { rowCounts } from '../support/row-counts.ts'

describe('demo data generator', () => {
	const file = generateDemoData()

	it('is deterministic', () => {
		expect(generateDemoData()).toEqual(file)
		expect(JSON.stringify(generateDemoData())).toBe(JSON.stringify(file))
		expect(generateDemoData(7)).not.toEqual(file)
	})

	it('has enough listings of every type', () => {
		expect(file.organizations.length).toBeGreaterThanOrEqual(40)
		expect(file.labs.length).toBeGreaterThanOrEqual(20)
		expect(file.facilities.length).toBeGreaterThanOrEqual(10)
		expect(file.experts.length).toBeGreaterThanOrEqual(60)
	})

	it('passes the interchange schema unchanged', () => {
		const parsed = interchangeFileSchema.safeParse(file)
		expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([])
		expect(parsed.data).toEqual(file)
		for (const { type, record } of typedRecordsOf(file)) expect(recordSchemas[type].parse(record)).toEqual(record)
	})

	it('numbers refs per type and links labs, facilities and some experts to organisations in the file', () => {
		const orgRefs = new Set(file.organizations.map((org) => org.ref))
		expect(file.organizations[0]!.ref).toBe('org-0001')
		expect(file.labs.map((lab) => lab.ref)).toEqual(file.labs.map((_, i) => `lab-${String(i + 1).padStart(4, '0')}`))
		expect(file.facilities.every((f) => f.organizationRef && orgRefs.has(f.organizationRef))).toBe(true)
		expect(file.labs.every((lab) => orgRefs.has(lab.organizationRef))).toBe(true)
		const affiliated = file.experts.filter((e) => e.organizationRef)
		expect(affiliated.length).toBeGreaterThan(file.experts.length / 3)
		expect(affiliated.length).toBeLessThan(file.experts.length)
		expect(affiliated.every((e) => orgRefs.has(e.organizationRef!))).toBe(true)
	})

	it('uses every code of every vocabulary at least once', () => {
		const all = typedRecordsOf(file).map((typed) => typed.record)
		const used: Record<Exclude<VocabularyName, 'listingTypes'>, string[]> = {
			organizationKinds: file.organizations.map((org) => org.kind),
			modalities: all.flatMap((r) => r.modalities),
			services: all.flatMap((r) => r.services),
			phases: all.flatMap((r) => r.phases),
			cleanroomGrades: file.facilities.flatMap((f) => f.cleanroomGrades),
			productTypes: file.facilities.flatMap((f) => f.productTypes),
			licences: file.facilities.flatMap((f) => f.licences),
			openTo: file.experts.flatMap((e) => e.openTo),
		}
		for (const [vocabulary, codes] of Object.entries(used)) {
			const missing = codesOf(vocabulary as VocabularyName).filter((code) => !codes.includes(code))
			expect({ vocabulary, missing }).toEqual({ vocabulary, missing: [] })
		}
	})

	it('has what the search demos look for', () => {
		const text = (type: ListingType) =>
			typedRecordsOf(file)
				.filter((typed) => typed.type === type)
				.map((typed) => JSON.stringify(typed.record))
		const everything = (['organization', 'lab', 'facility', 'expert'] as const).flatMap(text)
		const count = (pattern: RegExp) => everything.filter((json) => pattern.test(json)).length
		expect(count(/\bLVV\b|lentiviral vector/i)).toBeGreaterThanOrEqual(3)
		expect(count(/\bAAV\b/)).toBeGreaterThanOrEqual(3)
		expect(count(/CAR-T/)).toBeGreaterThanOrEqual(10)
		expect(count(/hospital exemption|sjukhusundantag/i)).toBeGreaterThanOrEqual(3)
		expect(count(/release testing|frisläppningstest/i)).toBeGreaterThanOrEqual(3)
		expect(file.facilities.filter((f) => f.cleanroomGrades.includes('B')).length).toBeGreaterThanOrEqual(5)
	})

	it('spreads facility capacity over December 2026 to September 2027 and gives experts checksum-valid ORCIDs', () => {
		const dates = file.facilities.map((f) => f.availableFrom!).sort()
		expect(dates[0]! >= '2026-12-01').toBe(true)
		expect(dates.at(-1)! <= '2027-09-30').toBe(true)
		expect(new Set(dates.map((d) => d.slice(0, 7))).size).toBeGreaterThanOrEqual(8)
		const orcids = file.experts.flatMap((e) => (e.orcid ? [e.orcid] : []))
		expect(orcids.length).toBeGreaterThan(40)
		expect(new Set(orcids).size).toBe(orcids.length)
		expect(file.experts.every((e) => e.languages.length > 0 && e.openTo.length > 0)).toBe(true)
	})

	it('gives every listing a unique name within its type', () => {
		for (const section of [file.organizations, file.labs, file.facilities, file.experts]) {
			expect(new Set(section.map((r) => r.name)).size).toBe(section.length)
		}
	})

	it('ships a password hash that matches each documented demo password', async () => {
		const checks = await Promise.all(demoUsers.map((user) => verifyPassword(user.password, user.passwordHash)))
		expect(demoUsers.filter((_, i) => !checks[i]).map((user) => user.email)).toEqual([])
	})

	it('sends the demo users to organisations that exist', () => {
		const orgRefs = new Set(file.organizations.map((org) => org.ref))
		for (const user of demoUsers) {
			expect(user.password.length).toBeGreaterThanOrEqual(12)
			for (const membership of user.memberships) expect(orgRefs.has(membership.organizationRef)).toBe(true)
		}
	})
})

describe('demo pictures', () => {
	it('are drawn the same way every time, and their keys are part of the generated records', async () => {
		const first = await generateDemoDataWithPictures()
		const second = await generateDemoDataWithPictures()
		expect(second.file).toEqual(first.file)
		expect(second.pictures.map((picture) => picture.key)).toEqual(first.pictures.map((picture) => picture.key))
		const pictureOf = (record: object) => record as { image?: string; imageAlt?: string }
		const pictured = typedRecordsOf(first.file).filter((typed) => pictureOf(typed.record).image !== undefined)
		expect(pictured.map((typed) => typed.record.ref).sort()).toEqual([...demoPictureRefs].sort())
		expect(pictured.map((typed) => pictureOf(typed.record).image).sort()).toEqual(
			first.pictures.map((picture) => picture.key).sort(),
		)
		// Everything else is the plain generated file.
		const plain = new Map(typedRecordsOf(generateDemoData()).map((typed) => [typed.record.ref, typed.record]))
		for (const typed of typedRecordsOf(first.file)) {
			const { image, imageAlt, ...rest } = pictureOf(typed.record)
			expect(rest).toStrictEqual(plain.get(typed.record.ref))
			expect(imageAlt === undefined).toBe(image === undefined)
		}
	})

	it('pass the interchange schema, with words for each picture in the listing’s language', async () => {
		const { file } = await generateDemoDataWithPictures()
		const parsed = interchangeFileSchema.safeParse(file)
		expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([])
		expect(parsed.data).toEqual(file)
		const byRef = new Map(
			typedRecordsOf(file).map((typed) => [
				typed.record.ref,
				{ record: typed.record as { image?: string; imageAlt?: string } },
			]),
		)
		expect(byRef.get('org-0001')!.record.imageAlt).toBe(
			'Logo of Visättra Cell Therapeutics AB: the letters VC on a coloured square',
		)
		expect(byRef.get('org-0002')!.record.imageAlt).toBe(
			'Logotyp för Grantorp Biologics AB: bokstäverna GB på en färgad kvadrat',
		)
		for (const ref of demoPictureRefs) {
			expect(isImageKey(byRef.get(ref)!.record.image)).toBe(true)
			expect(isMembersOnlyDemoExpert(ref)).toBe(false)
		}
		// Cards of every pictured type are on the front page.
		expect(demoFeaturedRefs.filter((ref) => demoPictureRefs.includes(ref)).map((ref) => ref.slice(0, 3))).toEqual(
			expect.arrayContaining(['org', 'fac', 'exp']),
		)
	})

	it('take initials from the name, not from its legal form or title', () => {
		expect(initialsOf('Grantorp Biologics AB')).toBe('GB')
		expect(initialsOf('Flemingsberg Institute for Regenerative Medicine')).toBe('FI')
		expect(initialsOf('Dr Åsa Öberg')).toBe('ÅÖ')
		expect(initialsOf('Novum')).toBe('N')
	})
})

describe('seeding the database', () => {
	withTestDatabase()
	let imageDir: string
	let store: ImageStore

	beforeAll(async () => {
		imageDir = await mkdtemp(path.join(tmpdir(), 'hub-seed-images-'))
		store = fileImageStore(imageDir)
	})
	afterAll(() => rm(imageDir, { recursive: true, force: true }))

	const tableCounts = () =>
		rowCounts({
			listings: 'listing',
			users: 'user',
			memberships: 'membership',
			verifications: 'verification',
			outboxEvents: 'outboxEvent',
		})

	it('fills an empty database in one go', async () => {
		const lines: string[] = []
		// How long it takes is measured by the start-up log line, not asserted: timing belongs in benchmarks.
		const result = await seedDemoData(prisma(), { log: (line) => lines.push(line), store })

		const file = generateDemoData()
		const verified = typedRecordsOf(file).filter((typed) => typed.record.verified).length
		expect(result).toEqual({
			seeded: true,
			counts: {
				...sectionCounts(file),
				users: demoUsers.length,
				memberships: demoUsers.flatMap((user) => user.memberships).length,
				verifications: verified,
				outboxEvents: typedRecordsOf(file).length,
				pictures: demoPictureRefs.length,
			},
		})
		expect(lines.join('\n')).toMatch(/Demo data seeded in \d+ ms/)
		expect(await tableCounts()).toEqual({
			listings: typedRecordsOf(file).length,
			users: demoUsers.length,
			memberships: demoUsers.flatMap((user) => user.memberships).length,
			verifications: verified,
			outboxEvents: typedRecordsOf(file).length,
		})
	})

	it('publishes every listing, features some and announces each one to the search index', async () => {
		const listings = await prisma().listing.findMany({
			select: { id: true, ref: true, status: true, publishedAt: true, featured: true },
		})
		expect(listings.every((l) => l.status === 'published' && l.publishedAt instanceof Date)).toBe(true)
		expect(
			listings
				.filter((l) => l.featured)
				.map((l) => l.ref)
				.sort(),
		).toEqual([...demoFeaturedRefs].sort())
		const events = await prisma().outboxEvent.findMany()
		expect(
			events.every(
				(e) => e.topic === 'listing.changed' && JSON.stringify(e.payload) === '{}' && e.processedAt === null,
			),
		).toBe(true)
		expect(events.map((e) => e.aggregateId).sort()).toEqual(listings.map((l) => l.id).sort())
	})

	it('stores both sizes of every demo picture, as WebP of the size its key says', async () => {
		const { file, pictures } = await generateDemoDataWithPictures()
		expect((await readdir(imageDir)).sort()).toEqual(
			pictures.flatMap((picture) => [imageFileName(picture.key, 'large'), imageFileName(picture.key, 'small')]).sort(),
		)
		for (const { record } of typedRecordsOf(file)) {
			if (!('image' in record) || !record.image) continue
			const stored = await store.get(imageFileName(record.image, 'large'))
			const metadata = await sharp(stored!).metadata()
			expect({ format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({
				format: 'webp',
				...keyDimensions(record.image),
			})
		}
	})

	it('stores the demo data losslessly: exporting the rows gives back the generated file', async () => {
		const rows = await prisma().listing.findMany({
			include: {
				organization: { select: { ref: true } },
				verifications: { select: { revokedAt: true, expiresAt: true } },
			},
		})
		const byRef = new Map(rows.map((row) => [row.ref, row]))
		const { file } = await generateDemoDataWithPictures()
		for (const { record } of typedRecordsOf(file)) {
			const row = byRef.get(record.ref)!
			const verified = row.verifications.some((v) => v.revokedAt === null && v.expiresAt === null)
			const exported = listingToRecord(row, row.organization?.ref, verified ? { verified: true } : {})
			expect(exported).toStrictEqual(record)
		}
		const slugs = rows.map((row) => `${row.type}/${row.slug}`)
		expect(new Set(slugs).size).toBe(rows.length)
		const locales = rows.map((row) => row.contentLocale)
		expect(locales.filter((l) => l === 'sv').length).toBeGreaterThan(rows.length / 5)
		expect(locales.filter((l) => l === 'en').length).toBeGreaterThan(rows.length / 3)
	})

	it('gives each facility that names a date suites whose first free window opens that day', async () => {
		const { file } = await generateDemoDataWithPictures()
		const dated = file.facilities.filter((facility) => facility.availableFrom)
		expect(dated.length).toBeGreaterThan(5)
		for (const facility of dated) {
			const suites = await prisma().facilitySuite.findMany({
				where: { facility: { ref: facility.ref } },
				orderBy: { position: 'asc' },
				include: { windows: { where: { state: 'free' }, orderBy: { from: 'asc' } } },
			})
			expect(suites.length, facility.ref).toBeGreaterThan(0)
			expect(suites[0]!.windows[0]!.from.toISOString().slice(0, 10)).toBe(facility.availableFrom)
		}
		const undated = file.facilities.filter((facility) => !facility.availableFrom).map((facility) => facility.ref)
		expect(await prisma().facilitySuite.count({ where: { facility: { ref: { in: undated } } } })).toBe(0)
	})

	it('leaves one facility whose capacity windows nobody has touched for months, and only one', async () => {
		const stale = await findStaleCapacity()
		expect(stale).toHaveLength(1)
		// The rest were written at seeding: current by the same rule the daily job uses.
		expect(await prisma().facilitySuite.count({ where: { facilityId: { not: stale[0]!.id } } })).toBeGreaterThan(5)
	})

	it('creates the demo users with working passwords, verified e-mail and their memberships', async () => {
		for (const demo of demoUsers) {
			const user = await prisma().user.findUniqueOrThrow({
				where: { email: demo.email },
				include: { memberships: { include: { organization: { select: { ref: true } } } } },
			})
			expect(user.platformRole).toBe(demo.platformRole)
			expect(user.emailVerifiedAt).toBeInstanceOf(Date)
			expect(await verifyPassword(demo.password, user.passwordHash!)).toBe(true)
			expect(user.memberships.map((m) => ({ organizationRef: m.organization.ref, role: m.role }))).toEqual(
				demo.memberships,
			)
		}
		const [first] = demoUsers
		const user = await prisma().user.findUniqueOrThrow({ where: { email: first!.email } })
		expect(await verifyPassword('wrong-password-2026', user.passwordHash!)).toBe(false)
	})

	it('submits demo match requests that the coordinator can triage, with ranked suggestions', async () => {
		expect(await seedDemoRequests({ baseUrl: 'http://localhost:3000' })).toBe(2)
		const requests = await prisma().matchRequest.findMany({
			include: { candidates: { include: { listing: { select: { ref: true } } } } },
			orderBy: { createdAt: 'asc' },
		})
		expect(requests.map((request) => [request.status, request.confidentiality])).toEqual([
			['submitted', 'hub_only'],
			['submitted', 'open_call'],
		])
		// The CAR-T manufacturing request finds the CDMO whose facility has grade B and QP release.
		expect(requests[0]!.candidates.map((candidate) => candidate.listing.ref)).toContain('fac-0002')
	})

	it('writes a year of matchmaking: every funnel stage and every outcome has requests, with answers and ratings', async () => {
		const now = new Date('2026-12-05T08:00:00Z')
		const written = await seedDemoFunnel({ now })
		expect(written).toBeGreaterThanOrEqual(demoJourneys.length * 3)
		const yearAgo = new Date(now.getTime() - 366 * 86_400_000)
		const funnel = await matchmakingFunnel({ start: yearAgo, end: now }, 'en')
		for (const stage of funnelStages) {
			const { count } = funnel.stages.find((row) => row.stage === stage)!
			expect({ stage, count: count > 0 }).toEqual({ stage, count: true })
		}
		for (const { outcome, count } of funnel.outcomes)
			expect({ outcome, count: count > 0 }).toEqual({ outcome, count: true })
		expect(funnel.timing.toTriage.medianHours).not.toBeNull()
		expect(funnel.timing.toFirstAnswer.medianHours).not.toBeNull()
		expect(funnel.providers.length).toBeGreaterThanOrEqual(3)
		// Spread over the year, not bunched on one day: requests in at least ten of the last twelve months.
		const generated = await prisma().matchRequest.findMany({
			where: { createdById: null },
			select: {
				submittedAt: true,
				status: true,
				routes: {
					select: { feedbackRating: true, status: true, expiresAt: true, remindAt: true, reminderSentAt: true },
				},
			},
		})
		expect(generated.length).toBe(written)
		expect(
			new Set(generated.map((request) => request.submittedAt!.toISOString().slice(0, 7))).size,
		).toBeGreaterThanOrEqual(10)
		expect(generated.every((request) => request.submittedAt! <= now && request.submittedAt! > yearAgo)).toBe(true)
		const routes = generated.flatMap((request) => request.routes)
		const ratings = routes.flatMap((route) => (route.feedbackRating === null ? [] : [route.feedbackRating]))
		expect(ratings.length).toBeGreaterThan(5)
		expect(ratings.every((rating) => rating >= 1 && rating <= 5)).toBe(true)
		// Nothing left for the route jobs to do today: no route waits past its expiry or its reminder.
		const waiting = routes.filter((route) => route.status === 'routed')
		expect(waiting.filter((route) => route.expiresAt! <= now)).toEqual([])
		expect(waiting.filter((route) => route.remindAt! <= now && !route.reminderSentAt)).toEqual([])
		// The demo accounts' organisations are neither asked nor asking: their inboxes stay as the journeys expect.
		const demoOrganizations = await prisma().listing.findMany({
			where: { ref: { in: demoUsers.flatMap((user) => user.memberships.map((m) => m.organizationRef)) } },
			select: { id: true },
		})
		const ids = demoOrganizations.map((organization) => organization.id)
		expect(await prisma().matchRoute.count({ where: { providerOrganizationId: { in: ids } } })).toBe(0)
		expect(await prisma().matchRequest.count({ where: { createdById: null, organizationId: { in: ids } } })).toBe(0)
		// Once only.
		expect(await seedDemoFunnel({ now })).toBe(0)
	})

	it('writes the same year of matchmaking every time', async () => {
		const shape = async () =>
			(
				await prisma().matchRequest.findMany({
					where: { createdById: null },
					orderBy: { ref: 'asc' },
					select: {
						ref: true,
						title: true,
						status: true,
						outcome: true,
						submittedAt: true,
						organization: { select: { ref: true } },
						routes: {
							orderBy: { createdAt: 'asc' },
							select: { status: true, feedbackRating: true, providerListing: { select: { ref: true } } },
						},
					},
				})
			).map((request) => ({
				...request,
				routes: request.routes.sort((a, b) => a.providerListing.ref.localeCompare(b.providerListing.ref)),
			}))
		const first = await shape()
		await prisma().matchRequest.deleteMany({ where: { createdById: null } })
		await seedDemoFunnel({ now: new Date('2026-12-05T08:00:00Z') })
		expect(await shape()).toEqual(first)
	})

	it('creates the establishment offers through the office’s use case, published in both languages', async () => {
		expect(await seedDemoOffers()).toBe(demoOffers.length)
		const offers = await prisma().establishmentOffer.findMany()
		expect(offers.every((offer) => offer.published && offer.titleEn && offer.titleSv && offer.descriptionSv)).toBe(true)
		expect(new Set(offers.map((offer) => offer.kind))).toEqual(
			new Set(['coworking', 'lab', 'cleanroom', 'land', 'office_service']),
		)
		expect(offers.some((offer) => offer.site === 'innovation-station')).toBe(true)
		const office = await prisma().user.findUniqueOrThrow({ where: { email: 'office@demo.atmp-flemingsberg.example' } })
		expect(office.establishmentOffice).toBe(true)
		expect(
			await prisma().auditEntry.count({ where: { action: 'establishmentOffer.created', actorId: office.id } }),
		).toBe(demoOffers.length)
		expect(await seedDemoOffers()).toBe(0)
	})

	it('gives the office a queue: enquiries through their use cases, in three states', async () => {
		expect(await seedDemoEnquiries({ baseUrl: 'http://localhost:3000' })).toBe(3)
		const enquiries = await prisma().establishmentEnquiry.findMany({ orderBy: { createdAt: 'asc' } })
		expect(enquiries.map((enquiry) => enquiry.status).sort()).toEqual(['answered', 'closed', 'open'])
		expect(enquiries.filter((enquiry) => enquiry.offerId).length).toBe(2)
		expect(await seedDemoEnquiries({ baseUrl: 'http://localhost:3000' })).toBe(0)
	})

	it('does nothing the second time', async () => {
		const before = await tableCounts()
		const newest = await prisma().listing.findFirst({ orderBy: { updatedAt: 'desc' }, select: { updatedAt: true } })
		const result = await seedDemoData(prisma(), { store })
		expect(result.seeded).toBe(false)
		expect(result.reason).toMatch(new RegExp(`already has \\d+ listing\\(s\\) and ${demoUsers.length} user\\(s\\)`))
		expect(Object.values(result.counts).every((n) => n === 0)).toBe(true)
		expect(await tableCounts()).toEqual(before)
		expect(await prisma().listing.findFirst({ orderBy: { updatedAt: 'desc' }, select: { updatedAt: true } })).toEqual(
			newest,
		)
	})

	it('refuses a database that has a user but no listings', async () => {
		const other = await createTestDatabase()
		const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: other.url }) })
		try {
			await client.user.create({ data: { email: 'someone@example.org', name: 'Someone' } })
			const result = await seedDemoData(client, { store })
			expect(result.seeded).toBe(false)
			expect(result.reason).toMatch(/0 listing\(s\) and 1 user\(s\)/)
			expect(await client.listing.count()).toBe(0)
			expect(await client.user.count()).toBe(1)
			expect(await client.outboxEvent.count()).toBe(0)
		} finally {
			await client.$disconnect()
			await other.drop()
		}
	})
})
