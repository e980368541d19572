// Establishment offers in the interchange file: exported by slug, imported
// through the offer form's schema and use cases, idempotently.
import { beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { createOffer } from '../../app/domain/establishment/create-offer.server.ts'
import { exportOffers, importOffers, offerImportActor } from '../../app/domain/listings/interchange-offers.server.ts'
import { validateInterchangeRecords } from '../../app/domain/listings/interchange.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { actorOf, makeUser } from '../accounts/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()
// Each test starts from a portal without offers.
beforeEach(async () => {
	await prisma().establishmentOffer.deleteMany()
})

async function office(): Promise<Actor> {
	const user = await makeUser()
	await prisma().user.update({ where: { id: user.id }, data: { establishmentOffice: true } })
	return { ...(await actorOf(user.id)), establishmentOffice: true }
}

const record = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
	slug: 'land-at-flemingsberg-south',
	kind: 'land',
	titleEn: 'Land at Flemingsberg South',
	titleSv: 'Mark i Flemingsberg syd',
	descriptionEn: 'A plot for a production building.',
	sizeValue: 12000,
	sizeUnit: 'sqm',
	availableFrom: '2027-06-01',
	contactName: 'Eva Establish',
	contactEmail: 'eva@example.org',
	status: 'available',
	published: true,
	...overrides,
})

describe('offers in the interchange format', () => {
	it('round trip: export, import elsewhere, export again gives the same records; a second import changes nothing', async () => {
		const actor = await office()
		await createOffer(actor, {
			kind: 'coworking',
			titleEn: 'Desks at the Innovation Station',
			site: 'innovation-station',
			sizeValue: '8',
			sizeUnit: 'desks',
			contactName: 'Eva Establish',
			contactEmail: 'eva@example.org',
			status: 'taken',
			published: 'on',
		})
		await createOffer(actor, { kind: 'lab', titleSv: 'Labbplats', contactName: 'E', contactEmail: 'e@example.org' })
		const exported = await exportOffers({ includeUnpublished: true })
		expect(exported.map((offer) => offer.slug)).toEqual(['desks-at-the-innovation-station', 'labbplats'])
		expect(exported[0]).toMatchObject({ status: 'taken', published: true, site: 'innovation-station', sizeValue: 8 })
		expect(await exportOffers()).toHaveLength(1)

		// Another portal: the offers are gone; importing brings them back under the same addresses.
		await prisma().establishmentOffer.deleteMany()
		const first = await importOffers(exported, actor)
		expect(first.counts).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 })
		expect(await exportOffers({ includeUnpublished: true })).toEqual(exported)
		const second = await importOffers(exported, actor)
		expect(second.counts).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 })
		expect(await prisma().establishmentOffer.count()).toBe(2)

		// A changed record updates its offer, audited like an edit on the form.
		const changed = await importOffers([{ ...exported[0], status: 'available', priceRange: 'SEK 3,000' }], actor)
		expect(changed.counts.updated).toBe(1)
		const row = await prisma().establishmentOffer.findUniqueOrThrow({ where: { slug: exported[0]!.slug } })
		expect(row).toMatchObject({ status: 'available', priceRange: 'SEK 3,000' })
		expect(await prisma().auditEntry.count({ where: { entityId: row.id, action: 'establishmentOffer.updated' } })).toBe(
			1,
		)
	})

	it('rejects a bad record with its field and reason, writes nothing of it, and still imports the good ones', async () => {
		const actor = await office()
		const report = await importOffers(
			[
				record({ kind: 'castle', contactEmail: 'nope' }),
				record({ slug: 'Not A Slug!' }),
				record({ slug: 'manage' }),
				record({ slug: 'ok-offer', colour: 'red' }),
				record({ slug: 'good-offer' }),
				record({ slug: 'good-offer', titleEn: 'Twice' }),
				'not an object',
			],
			actor,
		)
		expect(report.counts).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 6 })
		const fields = (index: number) => report.results[index]!.issues!.map((issue) => issue.field).sort()
		expect(fields(0)).toEqual(['contactEmail', 'kind'])
		expect(report.results[0]!.issues!.find((issue) => issue.field === 'kind')!.message).toMatch(/coworking/)
		expect(fields(1)).toEqual(['slug'])
		expect(fields(2)).toEqual(['slug'])
		expect(report.results[3]!.issues![0]!.message).toMatch(/Unknown field "colour"/)
		expect(report.results[5]!.issues![0]!.message).toMatch(/more than once in this file \(first at offers\[4\]\)/)
		expect((await prisma().establishmentOffer.findMany({ select: { slug: true } })).map((o) => o.slug)).toEqual([
			'good-offer',
		])
	})

	it('refuses an importer who may not curate offers, and a dry run writes nothing', async () => {
		const member = await actorOf((await makeUser()).id)
		const refused = await importOffers([record()], member).catch((error: unknown) => error)
		expect(refused).toBeInstanceOf(Error)
		expect(await prisma().establishmentOffer.count()).toBe(0)

		const dry = await importOffers([record()], await office(), { dryRun: true })
		expect(dry.counts.created).toBe(1)
		expect(await prisma().establishmentOffer.count()).toBe(0)
	})

	it('finds the importing account by e-mail, with its offer rights', async () => {
		const user = await makeUser()
		await prisma().user.update({ where: { id: user.id }, data: { establishmentOffice: true } })
		expect(await offerImportActor(user.email.toUpperCase())).toMatchObject({
			userId: user.id,
			establishmentOffice: true,
		})
		expect(await offerImportActor('nobody@example.org')).toBeNull()
	})

	it('the file may carry an offers section beside the listings; listings import as before', () => {
		const validated = validateInterchangeRecords({
			format: 'atmp-hub-listings',
			version: 1,
			offers: [record()],
		})
		expect(validated.fileIssues).toEqual([])
		expect(validated.records).toEqual([])
		expect(
			validateInterchangeRecords({ format: 'atmp-hub-listings', version: 1, offers: 'x' }).fileIssues,
		).toHaveLength(1)
	})
})
