// What the pages read about offers. Visitors see published offers only;
// curators see every offer, drafts included. Taken offers leave the public
// list unless the visitor asks for them (a company looks for what it can
// still get), but their pages stay, so a shared link still answers.
import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import { assertCan, type Viewer } from '../auth/permissions.ts'
import { offerKinds, sizeRanges, type OfferKind } from './offer-kinds.ts'
import type { OfferFilter } from './offer-filter.ts'

const offerSelect = {
	id: true,
	slug: true,
	kind: true,
	titleEn: true,
	titleSv: true,
	descriptionEn: true,
	descriptionSv: true,
	termsEn: true,
	termsSv: true,
	priceRange: true,
	site: true,
	address: true,
	lat: true,
	lng: true,
	sizeValue: true,
	sizeUnit: true,
	availableFrom: true,
	availableUntil: true,
	contactName: true,
	contactEmail: true,
	contactPhone: true,
	status: true,
	published: true,
	imageKey: true,
	imageAlt: true,
	updatedAt: true,
} satisfies Prisma.EstablishmentOfferSelect

type OfferRow = Prisma.EstablishmentOfferGetPayload<{ select: typeof offerSelect }>

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null)

/** An offer as pages show it: dates as calendar days. */
export function offerView({ imageKey, imageAlt, ...row }: OfferRow) {
	return {
		...row,
		imageAlt: imageAlt ?? '',
		image: imageKey ? { key: imageKey, alt: imageAlt ?? '' } : null,
		availableFrom: day(row.availableFrom),
		availableUntil: day(row.availableUntil),
		updatedAt: row.updatedAt.toISOString(),
	}
}

export type OfferView = ReturnType<typeof offerView>

/** What visitors may open: a published offer, whatever its status (a taken one says so). */
export const publicOffersWhere = { published: true } satisfies Prisma.EstablishmentOfferWhereInput

function facetWhere(filter: OfferFilter, options: { withKinds: boolean }): Prisma.EstablishmentOfferWhereInput[] {
	const where: Prisma.EstablishmentOfferWhereInput[] = [publicOffersWhere]
	if (!filter.showTaken) where.push({ status: { not: 'taken' } })
	if (options.withKinds && filter.kinds.length) where.push({ kind: { in: filter.kinds } })
	if (filter.size) {
		const range = sizeRanges[filter.size]
		where.push({
			sizeUnit: range.unit,
			sizeValue: { gte: range.min, ...(range.max === null ? {} : { lte: range.max }) },
		})
	}
	if (filter.availableBy) {
		const by = new Date(`${filter.availableBy}T00:00:00Z`)
		where.push({ OR: [{ availableFrom: null }, { availableFrom: { lte: by } }] })
		where.push({ OR: [{ availableUntil: null }, { availableUntil: { gte: by } }] })
	}
	return where
}

/** The public list under the visitor's facets, and how many offers each kind would show with the other facets kept. */
export async function publicOffers(filter: OfferFilter) {
	const db = prisma()
	const [rows, byKind] = await Promise.all([
		db.establishmentOffer.findMany({
			where: { AND: facetWhere(filter, { withKinds: true }) },
			select: offerSelect,
			// What one can have first comes first; reserved ones after the available ones.
			orderBy: [{ status: 'asc' }, { availableFrom: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }],
		}),
		db.establishmentOffer.groupBy({
			by: ['kind'],
			where: { AND: facetWhere(filter, { withKinds: false }) },
			_count: { _all: true },
		}),
	])
	const counts = new Map(byKind.map((group) => [group.kind, group._count._all]))
	return {
		offers: rows.map(offerView),
		kindCounts: Object.fromEntries(offerKinds.map((kind) => [kind, counts.get(kind) ?? 0])) as Record<
			OfferKind,
			number
		>,
	}
}

/** One published offer by its address; drafts are not found, whoever asks. */
export async function publicOffer(slug: string): Promise<OfferView | null> {
	const row = await prisma().establishmentOffer.findFirst({
		where: { ...publicOffersWhere, slug },
		select: offerSelect,
	})
	return row ? offerView(row) : null
}

/** Every offer, drafts included, for the people who curate them. */
export async function offersToCurate(viewer: Viewer): Promise<OfferView[]> {
	assertCan(viewer, 'establishment.curateOffers')
	const rows = await prisma().establishmentOffer.findMany({ select: offerSelect, orderBy: { updatedAt: 'desc' } })
	return rows.map(offerView)
}

export async function offerToCurate(viewer: Viewer, id: string): Promise<OfferView | null> {
	assertCan(viewer, 'establishment.curateOffers')
	const row = await prisma().establishmentOffer.findUnique({ where: { id }, select: offerSelect })
	return row ? offerView(row) : null
}
