import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findPublishedListing } from '../../app/domain/directory/find-published-listing.server.ts'
import type { ListingDetail } from '../../app/domain/directory/types.ts'
import { sitemapDocument } from '../../app/domain/seo/build-sitemap.server.ts'
import { listingStructuredData } from '../../app/domain/seo/structured-data.ts'
import type { Prisma } from '../../app/generated/prisma/client.ts'
import { prisma } from '../../app/utils/db.server.ts'
import { useTestDatabase } from '../setup/database.ts'

// What the sitemap and the pages' schema.org data tell search engines, read
// from a database with listings of every kind of visibility.

const origin = 'https://hub.example.org'
let db: Awaited<ReturnType<typeof useTestDatabase>>
let counter = 0

async function listing(
	data: Partial<Prisma.ListingUncheckedCreateInput> &
		Pick<Prisma.ListingUncheckedCreateInput, 'type' | 'name' | 'slug'>,
) {
	counter++
	return prisma().listing.create({ data: { ref: `seo-${counter}`, status: 'published', ...data } })
}

async function sitemapLocs(): Promise<string[]> {
	let xml = ''
	for await (const piece of await sitemapDocument({ origin })) xml += piece
	const urls = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml).urlset.url as Array<{ loc: string }>
	return urls.map((url) => url.loc)
}

async function detail(type: ListingDetail['type'], slug: string, isMember = false): Promise<ListingDetail> {
	const found = await findPublishedListing({ type, slug, viewer: { isMember } })
	if (found.kind !== 'found') throw new Error(`${type} ${slug} not found`)
	return found.listing
}

beforeAll(async () => {
	db = await useTestDatabase()
	const host = await listing({
		type: 'organization',
		slug: 'acme',
		name: 'Acme Cell Therapy AB',
		email: 'members-only@acme.example',
		website: 'https://acme.example',
		street: 'Hälsovägen 7',
		postcode: '141 57',
		city: 'Huddinge',
		lat: 59.22,
		lng: 17.94,
		updatedAt: new Date('2026-11-01T08:00:00Z'),
	})
	const hidden = await listing({
		type: 'organization',
		slug: 'quiet-biotech',
		name: 'Quiet Biotech',
		visibility: 'members',
		street: 'Secret road 1',
		lat: 59.3,
		lng: 18.0,
	})
	await listing({ type: 'facility', slug: 'acme-suite', name: 'Acme Suite', organizationId: host.id })
	await listing({
		type: 'facility',
		slug: 'quiet-suite',
		name: 'Quiet Suite',
		organizationId: hidden.id,
		city: 'Huddinge',
	})
	await listing({ type: 'facility', slug: 'members-suite', name: 'Members Suite', visibility: 'members' })
	await listing({ type: 'lab', slug: 'draft-lab', name: 'Draft Lab', status: 'draft' })
	const survivor = await listing({ type: 'lab', slug: 'survivor-lab', name: 'Survivor Lab' })
	await listing({ type: 'lab', slug: 'merged-lab', name: 'Merged Lab', mergedIntoId: survivor.id })
	await listing({
		type: 'expert',
		slug: 'public-expert',
		name: 'Public Expert',
		title: 'Professor',
		organizationId: host.id,
		email: 'expert@acme.example',
		orcid: '0000-0002-1825-0097',
	})
	await listing({ type: 'expert', slug: 'private-expert', name: 'Private Expert', visibility: 'members' })
})

afterAll(async () => {
	await db.cleanup()
})

describe('the sitemap', () => {
	it('lists the home page, the directory lists and every listing a visitor may open, in both languages', async () => {
		const locs = await sitemapLocs()
		for (const path of ['/', '/organizations', '/labs', '/facilities', '/experts']) {
			expect(locs).toContain(`${origin}${path}?lang=en`)
			expect(locs).toContain(`${origin}${path}?lang=sv`)
		}
		for (const path of [
			'/organizations/acme',
			'/facilities/acme-suite',
			'/facilities/quiet-suite',
			'/labs/survivor-lab',
			'/experts/public-expert',
		]) {
			expect(locs).toContain(`${origin}${path}?lang=en`)
			expect(locs).toContain(`${origin}${path}?lang=sv`)
		}
	})

	it('leaves out members-only listings and experts, drafts and merged listings', async () => {
		const locs = (await sitemapLocs()).join('\n')
		for (const slug of ['quiet-biotech', 'members-suite', 'private-expert', 'draft-lab', 'merged-lab'])
			expect(locs).not.toContain(`/${slug}?`)
	})

	it("lists the hub's own pages, published news and announced or cancelled events, never drafts or withdrawn news", async () => {
		const event = (slug: string, status: 'draft' | 'published' | 'cancelled') =>
			prisma().hubEvent.create({
				data: {
					slug,
					titleEn: slug,
					descriptionEn: 'x',
					startsAt: new Date('2027-03-01T08:00:00Z'),
					endsAt: new Date('2027-03-01T10:00:00Z'),
					place: 'Novum',
					organiser: 'The hub',
					status,
				},
			})
		const news = (slug: string, status: 'draft' | 'published' | 'withdrawn') =>
			prisma().newsItem.create({
				data: {
					slug,
					titleEn: slug,
					leadEn: 'x',
					bodyEn: 'x',
					status,
					publishedAt: status === 'draft' ? null : new Date('2026-11-20T08:00:00Z'),
				},
			})
		await Promise.all([
			news('seo-published-news', 'published'),
			news('seo-draft-news', 'draft'),
			news('seo-withdrawn-news', 'withdrawn'),
			event('seo-announced-event', 'published'),
			event('seo-cancelled-event', 'cancelled'),
			event('seo-draft-event', 'draft'),
		])
		const locs = await sitemapLocs()
		for (const path of ['/about', '/contact', '/privacy', '/news', '/events', '/establish'])
			expect(locs).toContain(`${origin}${path}?lang=sv`)
		expect(locs).toContain(`${origin}/news/seo-published-news?lang=en`)
		expect(locs).toContain(`${origin}/events/seo-announced-event?lang=en`)
		expect(locs).toContain(`${origin}/events/seo-cancelled-event?lang=en`)
		for (const hidden of ['seo-draft-news', 'seo-withdrawn-news', 'seo-draft-event'])
			expect(locs.join('\n')).not.toContain(hidden)
	})

	it('dates the directory list by its newest listing', async () => {
		let xml = ''
		for await (const piece of await sitemapDocument({ origin })) xml += piece
		const urls = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml).urlset.url as Array<{
			loc: string
			lastmod: string
		}>
		const organizations = urls.find((url) => url.loc === `${origin}/organizations?lang=en`)
		expect(organizations?.lastmod).toBe('2026-11-01T08:00:00.000Z')
	})
})

describe("a listing's schema.org data", () => {
	const page = (path: string) => ({ origin, url: `${origin}${path}?lang=en`, locale: 'en', summary: null })

	it('describes an organisation with its address, position and website, never its member-only e-mail', async () => {
		const organization = await detail('organization', 'acme', true)
		const data = listingStructuredData(organization, page('/organizations/acme'))
		expect(data).toMatchObject({
			'@type': 'Organization',
			name: 'Acme Cell Therapy AB',
			url: `${origin}/organizations/acme?lang=en`,
			address: {
				'@type': 'PostalAddress',
				streetAddress: 'Hälsovägen 7',
				postalCode: '141 57',
				addressLocality: 'Huddinge',
			},
			location: { geo: { latitude: 59.22, longitude: 17.94 } },
			sameAs: ['https://acme.example'],
		})
		expect(JSON.stringify(data)).not.toContain('members-only@acme.example')
	})

	it("places a facility at its public host's address", async () => {
		const data = listingStructuredData(await detail('facility', 'acme-suite'), page('/facilities/acme-suite'))
		expect(data).toMatchObject({
			'@type': 'Place',
			name: 'Acme Suite',
			address: { streetAddress: 'Hälsovägen 7' },
			geo: { '@type': 'GeoCoordinates', latitude: 59.22, longitude: 17.94 },
		})
	})

	it("does not give away a members-only host's address", async () => {
		const data = listingStructuredData(await detail('facility', 'quiet-suite', true), page('/facilities/quiet-suite'))
		expect(JSON.stringify(data)).not.toContain('Secret road')
		expect(data).not.toHaveProperty('geo')
		expect(data).toMatchObject({ address: { addressLocality: 'Huddinge' } })
	})

	it('describes a public expert as a Person without member-only data', async () => {
		const data = listingStructuredData(await detail('expert', 'public-expert', true), page('/experts/public-expert'))
		expect(data).toMatchObject({
			'@type': 'Person',
			name: 'Public Expert',
			jobTitle: 'Professor',
			affiliation: { '@type': 'Organization', name: 'Acme Cell Therapy AB', url: `${origin}/organizations/acme` },
			sameAs: ['https://orcid.org/0000-0002-1825-0097'],
		})
		expect(JSON.stringify(data)).not.toMatch(/@acme\.example/)
	})
})
