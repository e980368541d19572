import { prisma } from '~/utils/db.server.ts'
import { listingPath, listPath, listingTypes } from '../directory/types.ts'
import { visibleListingsWhere, visitor } from '../directory/viewer.server.ts'
import { offerPath } from '../establishment/offer-path.ts'
import { publicOffersWhere } from '../establishment/offer-views.server.ts'
import { publicEventsWhere } from '../events/public-events.server.ts'
import { eventPath, newsItemPath } from '../news/paths.ts'
import { publicNewsWhere } from '../news/public-news.server.ts'
import { sitePageKeys, sitePagePath } from '../site-pages/site-page-keys.ts'
import type { SitemapRecord, SitemapSource } from './sitemap.ts'

// What the sitemap lists, one source per kind of public page. A new kind of
// page (news, events, establishment offers) adds one source to the list at
// the bottom: what a visitor without an account may open, in a stable order.

/** The newest change among the listings a visitor sees, of one type or of all. */
async function lastChange(where: { type?: (typeof listingTypes)[number] } = {}): Promise<Date | null> {
	const newest = await prisma().listing.aggregate({
		where: { ...visibleListingsWhere(visitor), ...where },
		_max: { updatedAt: true },
	})
	return newest._max.updatedAt
}

/** The home page and the four directory lists, dated by their newest listing. */
const directoryPages: SitemapSource = {
	name: 'directory-pages',
	count: async () => 1 + listingTypes.length,
	async list({ offset, limit }) {
		const pages: Array<() => Promise<SitemapRecord>> = [
			async () => ({ path: '/', lastmod: await lastChange() }),
			...listingTypes.map((type) => async () => ({ path: listPath(type), lastmod: await lastChange({ type }) })),
		]
		return Promise.all(pages.slice(offset, offset + limit).map((page) => page()))
	},
}

/** Every listing a visitor may open: published, not merged away, public (experts who chose so). */
const publishedListings: SitemapSource = {
	name: 'listings',
	count: () => prisma().listing.count({ where: visibleListingsWhere(visitor) }),
	async list({ offset, limit }) {
		const rows = await prisma().listing.findMany({
			where: visibleListingsWhere(visitor),
			orderBy: [{ type: 'asc' }, { slug: 'asc' }],
			skip: offset,
			take: limit,
			select: { type: true, slug: true, updatedAt: true },
		})
		return rows.map((row) => ({ path: listingPath(row), lastmod: row.updatedAt }))
	},
}

/** About, contact and privacy (dated by their last save), the news, events and offers lists, and the campus map. */
const hubPages: SitemapSource = {
	name: 'hub-pages',
	count: async () => sitePageKeys.length + 4,
	async list({ offset, limit }) {
		const [pages, newestNews, newestEvent, newestOffer] = await Promise.all([
			prisma().sitePage.findMany({ select: { key: true, updatedAt: true } }),
			prisma().newsItem.aggregate({ where: publicNewsWhere, _max: { updatedAt: true } }),
			prisma().hubEvent.aggregate({ where: publicEventsWhere, _max: { updatedAt: true } }),
			prisma().establishmentOffer.aggregate({ where: publicOffersWhere, _max: { updatedAt: true } }),
		])
		const saved = new Map(pages.map((page) => [page.key, page.updatedAt]))
		const records: SitemapRecord[] = [
			...sitePageKeys.map((key) => ({ path: sitePagePath(key), lastmod: saved.get(key) ?? null })),
			{ path: '/news', lastmod: newestNews._max.updatedAt },
			{ path: '/events', lastmod: newestEvent._max.updatedAt },
			{ path: '/establish', lastmod: newestOffer._max.updatedAt },
			{ path: '/map', lastmod: null },
		]
		return records.slice(offset, offset + limit)
	},
}

/** Published news items, newest first. */
const publishedNews: SitemapSource = {
	name: 'news',
	count: () => prisma().newsItem.count({ where: publicNewsWhere }),
	async list({ offset, limit }) {
		const rows = await prisma().newsItem.findMany({
			where: publicNewsWhere,
			orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
			skip: offset,
			take: limit,
			select: { slug: true, updatedAt: true },
		})
		return rows.map((row) => ({ path: newsItemPath(row.slug), lastmod: row.updatedAt }))
	},
}

/** Announced events and cancelled ones (their page says so), soonest first. */
const publicEvents: SitemapSource = {
	name: 'events',
	count: () => prisma().hubEvent.count({ where: publicEventsWhere }),
	async list({ offset, limit }) {
		const rows = await prisma().hubEvent.findMany({
			where: publicEventsWhere,
			orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
			skip: offset,
			take: limit,
			select: { slug: true, updatedAt: true },
		})
		return rows.map((row) => ({ path: eventPath(row.slug), lastmod: row.updatedAt }))
	},
}

/** Establishment offers a visitor may open. */
const publicOffers: SitemapSource = {
	name: 'offers',
	count: () => prisma().establishmentOffer.count({ where: publicOffersWhere }),
	async list({ offset, limit }) {
		const rows = await prisma().establishmentOffer.findMany({
			where: publicOffersWhere,
			orderBy: [{ slug: 'asc' }],
			skip: offset,
			take: limit,
			select: { slug: true, updatedAt: true },
		})
		return rows.map((row) => ({ path: offerPath(row.slug), lastmod: row.updatedAt }))
	},
}

export const sitemapSources: readonly SitemapSource[] = [
	directoryPages,
	hubPages,
	publishedListings,
	publishedNews,
	publicEvents,
	publicOffers,
]
