import { describe, expect, it } from 'vitest'
import { prisma } from '~/utils/db.server.ts'
import { allDocuments, buildDocuments } from './documents.server.ts'
import { fixtureDatabase } from './testing/fixture-database.ts'
import { SECRET_EMAIL } from './testing/fixtures.server.ts'

const fixtures = fixtureDatabase()

describe('search documents', () => {
	it('never contain member-only or personal fields', async () => {
		await prisma().listing.update({
			where: { id: fixtures.ids.regulatoryExpert },
			data: { orcid: '0000-0002-1825-0097', languages: ['sv', 'en'], website: 'https://private.example' },
		})
		const documents = [...(await buildDocuments(Object.values(fixtures.ids))).values()].filter(Boolean)
		const text = JSON.stringify(documents)
		expect(text).not.toContain(SECRET_EMAIL)
		expect(text).not.toContain('bd@nvw.example.com')
		expect(text).not.toContain('0000-0002-1825-0097')
		expect(text).not.toContain('private.example')
		for (const document of documents) {
			expect(Object.keys(document!)).not.toEqual(expect.arrayContaining(['email']))
			expect(document).not.toHaveProperty('ownerUserId')
			expect(document).not.toHaveProperty('website')
		}
	})

	it('are built only for published, unmerged listings, members-only ones marked as such', async () => {
		const documents = await buildDocuments([
			...fixtures.hidden,
			fixtures.ids.vectorSuite!,
			'00000000-0000-4000-8000-000000000000',
		])
		for (const hidden of fixtures.unindexed) expect(documents.get(hidden)).toBeNull()
		for (const membersOnly of fixtures.membersOnly) expect(documents.get(membersOnly)?.visibility).toBe('members')
		expect(documents.get('00000000-0000-4000-8000-000000000000')).toBeNull()
		expect(documents.get(fixtures.ids.vectorSuite!)).not.toBeNull()
		let count = 0
		for await (const batch of allDocuments({ batchSize: 4 })) count += batch.length
		expect(count).toBe(await prisma().listing.count({ where: { status: 'published', mergedIntoId: null } }))
	})

	it('carry labels in both languages, and the organisation’s name, kind, city and position', async () => {
		const document = (await buildDocuments([fixtures.ids.renrum!])).get(fixtures.ids.renrum!)!
		expect(document).toMatchObject({
			type: 'facility',
			name: 'Renrumsanläggningen Novum',
			nameSort: 'renrumsanlaggningen novum',
			organizationName: 'Flemingsberg Cell Therapy Institute',
			kind: 'academic',
			city: 'Huddinge',
			campus: 'Flemingsberg',
			_geo: { lat: 59.2193, lng: 17.9447 },
			grades: ['B'],
			licences: ['hospital-exemption'],
			status: 'published',
			visibility: 'public',
		})
		expect(document.labelsEn).toEqual(
			expect.arrayContaining(['GMP facility', 'CAR-T cells', 'Hospital exemption licence', 'Phase I']),
		)
		expect(document.labelsSv).toEqual(
			expect.arrayContaining(['GMP-anläggning', 'CAR-T-celler', 'Sjukhusundantag', 'Fas I', 'Klass B']),
		)
		expect(document.stamp).toMatch(/^[0-9a-f]{24}$/)
	})

	it('are the same whether read one by one or in bulk', async () => {
		await prisma().verification.create({ data: { listingId: fixtures.ids.renrum!, expiresAt: new Date('2099-01-31') } })
		await prisma().verification.create({ data: { listingId: fixtures.ids.carTLab!, expiresAt: null } })
		const bulk: unknown[] = []
		for await (const batch of allDocuments({ batchSize: 3 })) bulk.push(...batch)
		const single = await buildDocuments((bulk as Array<{ id: string }>).map((d) => d.id))
		expect(bulk).toEqual((bulk as Array<{ id: string }>).map((d) => single.get(d.id)))
		expect(bulk.some((d) => (d as { verified: boolean }).verified)).toBe(true)
	})

	it('leave out the name of an organisation that is not published', async () => {
		const lab = await prisma().listing.create({
			data: {
				type: 'lab',
				ref: 'lab-stealth',
				slug: 'stealth-lab',
				status: 'published',
				name: 'Stealth Lab',
				organizationId: fixtures.ids.draftOrg,
			},
		})
		const document = (await buildDocuments([lab.id])).get(lab.id)!
		expect(document.organizationName).toBeNull()
		expect(document.organizationId).toBeNull()
		expect(JSON.stringify(document)).not.toContain('Stealth Lentiviral Startup')
	})

	it('show verification while an unrevoked one has not expired, and change stamp when it does', async () => {
		const id = fixtures.ids.fillFinish!
		const unverified = (await buildDocuments([id])).get(id)!
		expect(unverified.verified).toBe(false)
		await prisma().verification.create({ data: { listingId: id, expiresAt: new Date('2026-06-30') } })
		const before = (await buildDocuments([id], new Date('2026-06-30T12:00:00Z'))).get(id)!
		const after = (await buildDocuments([id], new Date('2026-07-01T00:00:01Z'))).get(id)!
		expect(before.verified).toBe(true)
		expect(after.verified).toBe(false)
		expect(before.stamp).not.toBe(after.stamp)
		expect(after.stamp).toBe(unverified.stamp)
	})
})
