// The points of the campus map: what a visitor without an account may open
// that has a position (published public organisations, and their labs and
// facilities, which stand where their host does unless they say otherwise;
// published offers that are still to be had) and the campus landmarks. The
// map shows the same to everyone, so it never depends on who asks: a
// members-only listing is not on it even for a member.
import { prisma } from '~/utils/db.server.ts'
import { listingPath } from '../directory/types.ts'
import { visibleListingsWhere, visitor } from '../directory/viewer.server.ts'
import { chooseOfferText } from '../establishment/offer-text.ts'
import { offerPath } from '../establishment/offer-path.ts'
import { publicOffersWhere } from '../establishment/offer-views.server.ts'
import { campusSites } from '../places/campus-sites.ts'
import type { Locale } from '~/i18n/locale.ts'
import { pointId, type MapKind, type MapPoint } from './map-kinds.ts'

type Position = { lat: number | null; lng: number | null }

function positionOf(...candidates: Array<Position | null | undefined>): { lat: number; lng: number } | null {
	for (const candidate of candidates)
		if (candidate && candidate.lat !== null && candidate.lng !== null) return { lat: candidate.lat, lng: candidate.lng }
	return null
}

/** Landmarks by the gazetteer's sites: a link to what the directory holds there. */
function landmarks(locale: Locale): MapPoint[] {
	return campusSites.map((site) => ({
		id: pointId('landmark', site.code),
		kind: 'landmark',
		name: locale === 'sv' ? (site.nameSv ?? site.name) : site.name,
		href: `/search?${new URLSearchParams({ q: site.name }).toString()}`,
		lat: site.lat,
		lng: site.lng,
	}))
}

async function listingPoints(kinds: readonly MapKind[]): Promise<MapPoint[]> {
	const types = (['organization', 'facility', 'lab'] as const).filter((type) => kinds.includes(type))
	if (!types.length) return []
	const rows = await prisma().listing.findMany({
		where: { ...visibleListingsWhere(visitor), type: { in: [...types] } },
		select: {
			type: true,
			slug: true,
			name: true,
			lat: true,
			lng: true,
			organization: { select: { lat: true, lng: true, ...visibleFlags } },
		},
		orderBy: [{ name: 'asc' }, { slug: 'asc' }],
	})
	return rows.flatMap((row) => {
		// A lab or facility without a position of its own stands at its host's, while the host is public.
		const host = row.organization && isVisible(row.organization) ? row.organization : null
		const position = positionOf(row, row.type === 'organization' ? null : host)
		if (!position || row.type === 'expert') return []
		return [{ id: pointId(row.type, row.slug), kind: row.type, name: row.name, href: listingPath(row), ...position }]
	})
}

const visibleFlags = { status: true, visibility: true, mergedIntoId: true } as const

function isVisible(listing: { status: string; visibility: string; mergedIntoId: string | null }): boolean {
	return listing.status === 'published' && listing.visibility === 'public' && listing.mergedIntoId === null
}

async function offerPoints(locale: Locale): Promise<MapPoint[]> {
	const rows = await prisma().establishmentOffer.findMany({
		// A taken offer keeps its page but leaves the map, as it leaves the list: nothing there to have.
		where: { ...publicOffersWhere, status: { not: 'taken' }, lat: { not: null }, lng: { not: null } },
		select: { slug: true, titleEn: true, titleSv: true, lat: true, lng: true },
		orderBy: [{ createdAt: 'asc' }],
	})
	return rows.flatMap((row) => {
		const position = positionOf(row)
		if (!position) return []
		const texts = { ...row, descriptionEn: null, descriptionSv: null, termsEn: null, termsSv: null }
		const title = chooseOfferText(texts, 'title', locale)
		return [
			{
				id: pointId('offer', row.slug),
				kind: 'offer' as const,
				name: title?.text ?? row.slug,
				...(title?.otherLanguage ? { lang: title.lang } : {}),
				href: offerPath(row.slug),
				...position,
			},
		]
	})
}

/** The map's points of the given kinds, each kind in its own order: landmarks as the gazetteer lists them, listings by name, offers oldest first. */
export async function campusMapPoints(options: { kinds: readonly MapKind[]; locale: Locale }): Promise<MapPoint[]> {
	const { kinds, locale } = options
	const [listings, offers] = await Promise.all([
		listingPoints(kinds),
		kinds.includes('offer') ? offerPoints(locale) : Promise.resolve([]),
	])
	return [...(kinds.includes('landmark') ? landmarks(locale) : []), ...listings, ...offers].filter((point) =>
		kinds.includes(point.kind),
	)
}

/** The landmarks whatever the filter: the drawing labels them so a visitor finds their way. */
export function landmarkPoints(locale: Locale): MapPoint[] {
	return landmarks(locale)
}
