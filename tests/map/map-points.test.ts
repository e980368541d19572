import { describe, expect, it } from 'vitest'
import { campusMapPoints } from '../../app/domain/map/map-points.server.ts'
import { mapKinds } from '../../app/domain/map/map-kinds.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { createListing } from '../curation/factories.ts'
import { withTestDatabase } from '../setup/database.ts'

withTestDatabase()

const novum = { lat: 59.2196, lng: 17.9373 }

async function offer(data: {
	slug: string
	titleEn?: string
	titleSv?: string
	published?: boolean
	status?: 'available' | 'reserved' | 'taken'
	lat?: number | null
}) {
	return prisma().establishmentOffer.create({
		data: {
			kind: 'lab',
			contactName: 'Eva',
			contactEmail: 'eva@example.org',
			published: true,
			lng: 17.9466,
			lat: 59.2178,
			...data,
		},
	})
}

const everything = { kinds: mapKinds, locale: 'en' as const }
const ids = async (options = everything) => (await campusMapPoints(options)).map((point) => point.id)

describe('the campus map’s points', () => {
	it('show published public listings with a position, a lab at its host’s when it has none of its own', async () => {
		const host = await createListing({ type: 'organization', name: 'Host Bio', ...novum })
		const lab = await createListing({ type: 'lab', name: 'Host Lab', organizationId: host.id })
		const facility = await createListing({ type: 'facility', name: 'Own Suite', lat: 59.22, lng: 17.94 })
		const points = await campusMapPoints(everything)
		expect(points.find((point) => point.id === `organization:${host.slug}`)).toMatchObject({
			kind: 'organization',
			name: 'Host Bio',
			href: `/organizations/${host.slug}`,
			...novum,
		})
		expect(points.find((point) => point.id === `lab:${lab.slug}`)).toMatchObject({
			href: `/labs/${lab.slug}`,
			...novum,
		})
		expect(points.find((point) => point.id === `facility:${facility.slug}`)).toMatchObject({ lat: 59.22, lng: 17.94 })
	})

	it('never show a members-only, unpublished, merged or unplaced listing, nor place a lab at a members-only host', async () => {
		const hidden = await createListing({ type: 'organization', name: 'Hidden AB', visibility: 'members', ...novum })
		const draft = await createListing({ type: 'facility', name: 'Draft Suite', status: 'draft', ...novum })
		const pending = await createListing({ type: 'lab', name: 'Archived Lab', status: 'archived', ...novum })
		const kept = await createListing({ type: 'organization', name: 'Kept AB', ...novum })
		const merged = await createListing({ type: 'organization', name: 'Merged AB', mergedIntoId: kept.id, ...novum })
		const nowhere = await createListing({ type: 'organization', name: 'Nowhere AB' })
		const guest = await createListing({ type: 'lab', name: 'Guest Lab', organizationId: hidden.id })
		const expert = await createListing({ type: 'expert', name: 'Dr Expert', ...novum })
		const shown = await ids()
		for (const listing of [hidden, draft, pending, merged, nowhere, guest, expert])
			expect(
				shown.some((id) => id.endsWith(`:${listing.slug}`)),
				listing.name,
			).toBe(false)
		expect(shown).toContain(`organization:${kept.slug}`)
	})

	it('show published offers with a position that are still to be had, titled in the visitor’s language', async () => {
		await offer({ slug: 'both', titleEn: 'Lab bench', titleSv: 'Labbänk' })
		await offer({ slug: 'swedish-only', titleSv: 'Kontor vid stationen', status: 'reserved' })
		await offer({ slug: 'draft', titleEn: 'Draft', published: false })
		await offer({ slug: 'taken', titleEn: 'Taken', status: 'taken' })
		await offer({ slug: 'unplaced', titleEn: 'Unplaced', lat: null })
		const english = await campusMapPoints({ kinds: ['offer'], locale: 'en' })
		expect(english.map((point) => point.id)).toEqual(['offer:both', 'offer:swedish-only'])
		expect(english[0]).toMatchObject({ name: 'Lab bench', href: '/establish/both' })
		expect(english[1]).toMatchObject({ name: 'Kontor vid stationen', lang: 'sv' })
		const swedish = await campusMapPoints({ kinds: ['offer'], locale: 'sv' })
		expect(swedish[0]).toMatchObject({ name: 'Labbänk' })
		expect(swedish[0]).not.toHaveProperty('lang')
	})

	it('show the campus landmarks, named in the visitor’s language, and only the kinds asked for', async () => {
		await createListing({ type: 'facility', name: 'Some Suite', ...novum })
		await offer({ slug: 'bench', titleEn: 'Bench' })
		const landmarks = await campusMapPoints({ kinds: ['landmark'], locale: 'sv' })
		expect(landmarks.every((point) => point.kind === 'landmark')).toBe(true)
		const names = landmarks.map((point) => point.name)
		for (const name of [
			'Novum',
			'Innovation Station',
			'KTH Flemingsberg',
			'Södertörns högskola',
			'Karolinska Universitetssjukhuset Huddinge',
		])
			expect(names).toContain(name)
		expect(landmarks.find((point) => point.name === 'Novum')?.href).toBe('/search?q=Novum')
		const kinds = new Set(
			(await campusMapPoints({ kinds: ['facility', 'offer'], locale: 'en' })).map((point) => point.kind),
		)
		expect([...kinds].sort()).toEqual(['facility', 'offer'])
	})
})
