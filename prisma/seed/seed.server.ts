// Fills an EMPTY database with the fictional demo directory and demo users, so
// `npm start` on a fresh machine shows a living portal. It refuses any
// database that already holds a listing or a user: demo data must never mix
// with real data, and a half-seeded database is worse than none, hence one
// transaction for everything.
import { replaceCapacity } from '../../app/domain/capacity/capacity-records.server.ts'
import type { CapacitySuites } from '../../app/domain/capacity/capacity-schema.ts'
import { demoCapacity } from './demo-capacity.ts'
import { randomUUID } from 'node:crypto'
import { sectionCounts, typedRecordsOf, type ListingType } from '../../app/domain/listings/interchange.ts'
import { listingCreateData, slugAllocator } from '../../app/domain/listings/to-database.ts'
import { imageFileName, type ImageSize } from '../../app/domain/images/image-key.ts'
import { imageStore, type ImageStore } from '../../app/domain/images/image-store.server.ts'
import type { Prisma, PrismaClient } from '../../app/generated/prisma/client.ts'
import { DEMO_REFERENCE_DATE, demoFeaturedRefs, demoStaleRefs, isMembersOnlyDemoExpert } from './demo-data.ts'
import { generateDemoDataWithPictures } from './demo-pictures.ts'
import { demoUsers } from './demo-users.ts'

export interface SeedCounts {
	organizations: number
	labs: number
	facilities: number
	experts: number
	users: number
	memberships: number
	verifications: number
	outboxEvents: number
	pictures: number
}

export interface SeedResult {
	seeded: boolean
	/** Rows written; all zero when nothing was seeded. */
	counts: SeedCounts
	/** Why nothing was seeded. */
	reason?: string
}

const noCounts: SeedCounts = {
	organizations: 0,
	labs: 0,
	facilities: 0,
	experts: 0,
	users: 0,
	memberships: 0,
	verifications: 0,
	outboxEvents: 0,
	pictures: 0,
}

const DAY_MS = 86_400_000
const referenceTime = Date.parse(`${DEMO_REFERENCE_DATE}T09:00:00.000Z`)

/** Spreads publication over the ten months before the reference date, so "recently updated" lists look lived-in. */
function publishedAt(index: number): Date {
	return new Date(referenceTime - (((index * 37) % 300) + 1) * DAY_MS)
}

async function emptinessProblem(client: Pick<PrismaClient, 'listing' | 'user'>): Promise<string | undefined> {
	const [listings, users] = await Promise.all([client.listing.count(), client.user.count()])
	if (listings === 0 && users === 0) return undefined
	return `the database already has ${listings} listing(s) and ${users} user(s); demo data is only written to an empty database`
}

export async function seedDemoData(
	prisma: PrismaClient,
	options: { log?: (line: string) => void; store?: ImageStore } = {},
): Promise<SeedResult> {
	const log = options.log ?? (() => {})
	const early = await emptinessProblem(prisma)
	if (early) {
		log(`Demo data not seeded: ${early}.`)
		return { seeded: false, counts: noCounts, reason: early }
	}

	const started = Date.now()
	const { file, pictures } = await generateDemoDataWithPictures()
	// Stored before the rows that show them, as an upload is. Should another
	// process seed meanwhile, these are the same files under the same names.
	const store = options.store ?? imageStore()
	for (const picture of pictures)
		for (const [size, bytes] of Object.entries(picture.variants))
			await store.put(imageFileName(picture.key, size as ImageSize), bytes)
	const users = demoUsers.map((user) => ({ ...user, id: randomUUID() }))

	const featured = new Set(demoFeaturedRefs)
	const slugFor: Record<ListingType, (name: string) => string> = {
		organization: slugAllocator(),
		lab: slugAllocator(),
		facility: slugAllocator(),
		expert: slugAllocator(),
	}
	const organizationIds = new Map(file.organizations.map((org) => [org.ref, randomUUID()]))
	const rows: Prisma.ListingCreateManyInput[] = []
	const verifiedIds: Array<{ listingId: string; at: Date }> = []
	const capacities: Array<{ facilityId: string; suites: CapacitySuites }> = []
	for (const [index, typed] of typedRecordsOf(file).entries()) {
		const { type, record } = typed
		const parentRef = type === 'organization' ? undefined : typed.record.organizationRef
		const organizationId = parentRef === undefined ? null : organizationIds.get(parentRef)
		if (organizationId === undefined)
			throw new Error(`Demo data: ${record.ref} refers to unknown organisation ${parentRef}`)
		const id = type === 'organization' ? organizationIds.get(record.ref)! : randomUUID()
		// A stale demo listing was published 15 months before the reference date and never touched since.
		const at = demoStaleRefs.includes(record.ref) ? new Date(referenceTime - 456 * DAY_MS) : publishedAt(index)
		rows.push({
			id,
			...listingCreateData(typed, { organizationId, slug: slugFor[type](record.name) }),
			status: 'published',
			visibility: isMembersOnlyDemoExpert(record.ref) ? 'members' : 'public',
			featured: featured.has(record.ref),
			publishedAt: at,
			createdAt: new Date(at.getTime() - 14 * DAY_MS),
			updatedAt: at,
		})
		if (record.verified) verifiedIds.push({ listingId: id, at })
		if (typed.type === 'facility')
			capacities.push({ facilityId: id, suites: demoCapacity(typed.record, capacities.length, DEMO_REFERENCE_DATE) })
	}
	const organizationRows = rows.filter((row) => row.type === 'organization')
	const otherRows = rows.filter((row) => row.type !== 'organization')
	const coordinator = users.find((user) => user.platformRole === 'coordinator')
	const memberships = users.flatMap((user) =>
		user.memberships.map((membership) => ({
			userId: user.id,
			organizationId: organizationIds.get(membership.organizationRef)!,
			role: membership.role,
			createdAt: new Date(referenceTime),
		})),
	)

	const result = await prisma.$transaction(
		async (tx): Promise<SeedResult> => {
			// Two processes starting at once (web and worker) must not both seed.
			await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('atmp-hub:demo-seed'))`
			const late = await emptinessProblem(tx)
			if (late) return { seeded: false, counts: noCounts, reason: late }

			await tx.listing.createMany({ data: organizationRows })
			await tx.listing.createMany({ data: otherRows })
			await tx.user.createMany({
				data: users.map((user) => ({
					id: user.id,
					email: user.email,
					name: user.name,
					passwordHash: user.passwordHash,
					emailVerifiedAt: new Date(referenceTime - 30 * DAY_MS),
					platformRole: user.platformRole,
					establishmentOffice: user.establishmentOffice ?? false,
					preferredLocale: user.preferredLocale,
					createdAt: new Date(referenceTime - 30 * DAY_MS),
					updatedAt: new Date(referenceTime - 30 * DAY_MS),
				})),
			})
			await tx.membership.createMany({ data: memberships })
			for (const { facilityId, suites } of capacities) await replaceCapacity(tx, facilityId, suites)
			// The last facility's calendar was last touched four months before the reference date (decision 044),
			// so the coordinators' list of out-of-date capacity windows has something on the first visit.
			const staleCapacity = capacities.at(-1)
			if (staleCapacity) {
				const touchedAt = new Date(referenceTime - 122 * DAY_MS)
				await tx.facilitySuite.updateMany({
					where: { facilityId: staleCapacity.facilityId },
					data: { updatedAt: touchedAt },
				})
				await tx.capacityWindow.updateMany({
					where: { suite: { facilityId: staleCapacity.facilityId } },
					data: { updatedAt: touchedAt },
				})
			}
			await tx.verification.createMany({
				data: verifiedIds.map(({ listingId, at }) => ({
					listingId,
					reference: 'Demo data: checked by the hub coordinator',
					verifiedById: coordinator?.id ?? null,
					createdAt: at,
				})),
			})
			// The search index learns about every listing through the outbox, like any other change.
			await tx.outboxEvent.createMany({
				data: rows.map((row) => ({ topic: 'listing.changed', aggregateId: row.id!, payload: {} })),
			})
			return {
				seeded: true,
				counts: {
					...sectionCounts(file),
					users: users.length,
					memberships: memberships.length,
					verifications: verifiedIds.length,
					outboxEvents: rows.length,
					pictures: pictures.length,
				},
			}
		},
		{ maxWait: 10_000, timeout: 60_000 },
	)

	if (result.seeded) log(`Demo data seeded in ${Date.now() - started} ms.`)
	else log(`Demo data not seeded: ${result.reason}.`)
	return result
}
