import type { ListingStatus } from '~/generated/prisma/enums.ts'
import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import { listingPath } from '../directory/types.ts'
import { listingPage } from '../listings/listing-page.server.ts'
import { verificationState } from '../listings/active-verification.ts'
import type { ListingType } from '../listings/interchange.ts'

export interface VerificationView {
	id: string
	licenceCode: string | null
	reference: string | null
	expiresAt: string | null
	createdAt: string
	revokedAt: string | null
	verifiedByName: string | null
	state: 'active' | 'expired' | 'revoked'
	/** Visitors see its evidence on the badge. */
	public: boolean
}

export interface ListingLinkView {
	id: string
	type: ListingType
	ref: string
	name: string
}

export interface CurationListing {
	id: string
	type: ListingType
	ref: string
	name: string
	status: ListingStatus
	visibility: 'public' | 'members'
	featured: boolean
	publicPath: string | null
	organization: ListingLinkView | null
	mergedInto: ListingLinkView | null
	mergedFrom: ListingLinkView[]
	childCount: number
	pendingRevisionId: string | null
	verifications: VerificationView[]
	updatedAt: string
}

const linkSelect = { id: true, type: true, ref: true, name: true } satisfies Prisma.ListingSelect

/** Everything a coordinator needs to curate one listing. */
export async function curationListing(listingId: string, now: Date = new Date()): Promise<CurationListing | null> {
	if (!/^[0-9a-f-]{36}$/i.test(listingId)) return null
	const listing = await prisma().listing.findUnique({
		where: { id: listingId },
		include: {
			organization: { select: linkSelect },
			mergedInto: { select: linkSelect },
			mergedFrom: { select: linkSelect, orderBy: { name: 'asc' } },
			_count: { select: { children: true } },
			revisions: { where: { status: 'pending' }, orderBy: { createdAt: 'desc' }, take: 1, select: { id: true } },
			verifications: {
				orderBy: { createdAt: 'desc' },
				include: { verifiedBy: { select: { name: true } } },
			},
		},
	})
	if (!listing) return null
	return {
		id: listing.id,
		type: listing.type,
		ref: listing.ref,
		name: listing.name,
		status: listing.status,
		visibility: listing.visibility,
		featured: listing.featured,
		publicPath: listing.status === 'published' && !listing.mergedIntoId ? listingPath(listing) : null,
		organization: listing.organization,
		mergedInto: listing.mergedInto,
		mergedFrom: listing.mergedFrom,
		childCount: listing._count.children,
		pendingRevisionId: listing.revisions[0]?.id ?? null,
		verifications: listing.verifications.map((verification) => {
			const expiresAt = verification.expiresAt?.toISOString().slice(0, 10) ?? null
			return {
				id: verification.id,
				licenceCode: verification.licenceCode,
				reference: verification.reference,
				expiresAt,
				createdAt: verification.createdAt.toISOString(),
				revokedAt: verification.revokedAt?.toISOString() ?? null,
				verifiedByName: verification.verifiedBy?.name ?? null,
				state: verificationState(verification, now),
				public: verification.public,
			}
		}),
		updatedAt: listing.updatedAt.toISOString(),
	}
}

export interface CurationSearchOptions {
	query?: string
	type?: ListingType
	status?: ListingStatus
	/** Leave this listing out (the duplicate itself, when choosing a survivor). */
	excludeId?: string
	/** Only listings that can absorb a merge: not merged, not archived. */
	mergeTargetsOnly?: boolean
	page?: number
	pageSize?: number
}

export interface CurationSearchResult {
	items: Array<ListingLinkView & { status: CurationListing['status']; featured: boolean; merged: boolean }>
	total: number
	page: number
	pageCount: number
}

/** Listings by exact ref or by a part of the name, for the coordinator's list and the merge picker. */
export async function searchListingsForCuration(options: CurationSearchOptions): Promise<CurationSearchResult> {
	const pageSize = options.pageSize ?? 25
	const page = Math.max(1, options.page ?? 1)
	const query = options.query?.trim().slice(0, 200)
	const where: Prisma.ListingWhereInput = {
		...(options.type ? { type: options.type } : {}),
		...(options.status ? { status: options.status } : {}),
		...(options.excludeId ? { NOT: { id: options.excludeId } } : {}),
		...(options.mergeTargetsOnly ? { mergedIntoId: null, status: { not: 'archived' } } : {}),
		...(query ? { OR: [{ ref: query.toLowerCase() }, { name: { contains: query, mode: 'insensitive' } }] } : {}),
	}
	const { rows, total, pageCount } = await listingPage(
		where,
		{ ...linkSelect, status: true, featured: true, mergedIntoId: true },
		{ page, pageSize },
	)
	return {
		items: rows.map(({ mergedIntoId, ...row }) => ({ ...row, merged: mergedIntoId !== null })),
		total,
		page,
		pageCount,
	}
}
