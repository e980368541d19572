import { describe, expect, it } from 'vitest'
import type { Actor } from '../../app/domain/auth/permissions.ts'
import { PermissionDenied } from '../../app/domain/auth/permissions.ts'
import { changeOfferStatus } from '../../app/domain/establishment/change-offer-status.server.ts'
import { createOffer } from '../../app/domain/establishment/create-offer.server.ts'
import { readOfferFilter } from '../../app/domain/establishment/offer-filter.ts'
import { chooseOfferText } from '../../app/domain/establishment/offer-text.ts'
import { offersToCurate, publicOffer, publicOffers } from '../../app/domain/establishment/offer-views.server.ts'
import { updateOffer } from '../../app/domain/establishment/update-offer.server.ts'
import { RuleError } from '../../app/domain/rules.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { actorOf, makeUser } from '../accounts/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()

const form = (overrides: Record<string, string> = {}) => ({
	kind: 'coworking',
	titleEn: 'Desks at the Innovation Station',
	descriptionEn: 'Flexible desks by the station.',
	site: 'innovation-station',
	sizeValue: '8',
	sizeUnit: 'desks',
	availableFrom: '2027-01-01',
	contactName: 'Eva Establish',
	contactEmail: 'eva@example.org',
	status: 'available',
	published: 'on',
	...overrides,
})

async function office(): Promise<Actor> {
	const user = await makeUser()
	await prisma().user.update({ where: { id: user.id }, data: { establishmentOffice: true } })
	return { ...(await actorOf(user.id)), establishmentOffice: true }
}

describe('curating offers', () => {
	it('the office creates an offer with a slug from its title, positioned at its site, audited', async () => {
		const actor = await office()
		const created = await createOffer(actor, form())
		expect(created.slug).toBe('desks-at-the-innovation-station')
		const again = await createOffer(actor, form())
		expect(again.slug).toBe('desks-at-the-innovation-station-2')
		const row = await prisma().establishmentOffer.findUniqueOrThrow({ where: { id: created.id } })
		expect(row).toMatchObject({ kind: 'coworking', sizeValue: 8, sizeUnit: 'desks', published: true })
		expect(row.lat).toBeCloseTo(59.2178, 3)
		const audit = await prisma().auditEntry.findFirstOrThrow({ where: { entityId: created.id } })
		expect(audit).toMatchObject({ action: 'establishmentOffer.created', actorId: actor.userId })
	})

	it('refuses bad input field by field and writes nothing', async () => {
		const actor = await office()
		const before = await prisma().establishmentOffer.count()
		const fieldsRefused = async (overrides: Record<string, string>) => {
			const refusal = await createOffer(actor, form(overrides)).catch((error: unknown) => error)
			expect(refusal).toBeInstanceOf(RuleError)
			return (refusal as RuleError).issues.map((issue) => issue.field).sort()
		}
		expect(await fieldsRefused({ kind: 'castle', contactEmail: 'nope', contactName: ' ' })).toEqual([
			'contactEmail',
			'contactName',
			'kind',
		])
		// Checks across fields follow once each field reads.
		expect(await fieldsRefused({ titleEn: '', descriptionEn: '', sizeUnit: '', availableUntil: '2026-12-01' })).toEqual(
			['availableUntil', 'sizeUnit', 'titleEn'],
		)
		// A form that leaves the address box out gets the catalogue's words, not a library's "Required".
		const { contactEmail: _left, ...withoutEmail } = form()
		const refusal = (await createOffer(actor, withoutEmail).catch((error: unknown) => error)) as RuleError
		expect(refusal.issues.find((issue) => issue.field === 'contactEmail')?.message).toMatch(/^check\.required/)
		expect(await prisma().establishmentOffer.count()).toBe(before)
	})

	it('coordinators curate too; members and visitors may not', async () => {
		const coordinator = await actorOf((await makeUser({ role: 'coordinator' })).id)
		await expect(createOffer(coordinator, form({ titleEn: 'Coordinator offer' }))).resolves.toBeTruthy()
		const member = await actorOf((await makeUser()).id)
		await expect(createOffer(member, form())).rejects.toBeInstanceOf(PermissionDenied)
		await expect(createOffer(null, form())).rejects.toBeInstanceOf(PermissionDenied)
		await expect(offersToCurate(member)).rejects.toBeInstanceOf(PermissionDenied)
	})

	it('an edit records what changed; a status change is one audited step', async () => {
		const actor = await office()
		const { id, slug } = await createOffer(actor, form({ titleEn: 'Lab bench in Novum', kind: 'lab' }))
		await updateOffer(actor, id, form({ titleEn: 'Lab benches in Novum', kind: 'lab', titleSv: 'Labbänkar i Novum' }))
		const updated = await prisma().establishmentOffer.findUniqueOrThrow({ where: { id } })
		expect(updated).toMatchObject({ slug, titleEn: 'Lab benches in Novum', titleSv: 'Labbänkar i Novum' })
		const edit = await prisma().auditEntry.findFirstOrThrow({
			where: { entityId: id, action: 'establishmentOffer.updated' },
		})
		expect(edit.changes).toEqual({
			fields: {
				titleEn: { from: 'Lab bench in Novum', to: 'Lab benches in Novum' },
				titleSv: { from: null, to: 'Labbänkar i Novum' },
			},
		})
		expect(await changeOfferStatus(actor, id, { status: 'reserved' })).toEqual({ status: 'reserved', changed: true })
		expect((await changeOfferStatus(actor, id, { status: 'reserved' })).changed).toBe(false)
		await expect(changeOfferStatus(actor, id, { status: 'sold' })).rejects.toBeInstanceOf(RuleError)
		await expect(changeOfferStatus(actor, '00000000-0000-4000-8000-000000000000', { status: 'taken' })).rejects.toThrow(
			RuleError,
		)
		expect(
			await prisma().auditEntry.count({ where: { entityId: id, action: 'establishmentOffer.statusChanged' } }),
		).toBe(1)
	})
})

describe('the public list', () => {
	it('shows published offers under the facets; taken ones only when asked, drafts never', async () => {
		const actor = await office()
		await prisma().establishmentOffer.deleteMany()
		const desks = await createOffer(actor, form({ titleEn: 'Ten desks' }))
		const lab = await createOffer(
			actor,
			form({ titleEn: 'Lab suite', kind: 'lab', sizeValue: '450', sizeUnit: 'sqm', availableFrom: '2027-06-01' }),
		)
		const taken = await createOffer(actor, form({ titleEn: 'Taken desks', status: 'taken' }))
		await createOffer(actor, form({ titleEn: 'Draft desks', published: '' }))
		const slugs = async (query: string) =>
			(await publicOffers(readOfferFilter(new URLSearchParams(query)))).offers.map((offer) => offer.slug)

		expect(await slugs('')).toEqual([desks.slug, lab.slug])
		expect(await slugs('taken=1')).toEqual(expect.arrayContaining([taken.slug]))
		expect(await slugs('kind=lab')).toEqual([lab.slug])
		expect(await slugs('size=sqm-201-1000')).toEqual([lab.slug])
		expect(await slugs('size=desks-1-10')).toEqual([desks.slug])
		expect(await slugs('by=2027-03-01')).toEqual([desks.slug])
		expect(await slugs('kind=castle&size=huge&by=yesterday')).toEqual([desks.slug, lab.slug])
		const { kindCounts } = await publicOffers(readOfferFilter(new URLSearchParams('kind=lab')))
		expect(kindCounts).toMatchObject({ coworking: 1, lab: 1, land: 0 })
		expect(await publicOffer('draft-desks')).toBeNull()
		expect((await publicOffer(taken.slug))?.status).toBe('taken')
	})

	it('shows the visitor’s language, or the other one marked as such', () => {
		const texts = {
			titleEn: null,
			titleSv: 'Byggklar mark',
			descriptionEn: null,
			descriptionSv: null,
			termsEn: null,
			termsSv: null,
		}
		expect(chooseOfferText(texts, 'title', 'en')).toEqual({ text: 'Byggklar mark', lang: 'sv', otherLanguage: true })
		expect(chooseOfferText(texts, 'title', 'sv')?.otherLanguage).toBe(false)
		expect(chooseOfferText(texts, 'description', 'en')).toBeNull()
	})
})
