// GET /api/v1/listings/{ref}: one listing in the shape of an item of
// GET /api/v1/listings, under the list's rule: what visitors may see (the
// search index holds nothing else, so the list shows nothing else either),
// except for an API token, which reads what its owner's members may. A merged listing's ref answers with the listing it
// was merged into, as /listings/ref/{ref} leads there.
import { z } from 'zod'
import { prisma } from '~/utils/db.server.ts'
import { findListingByRef } from '../listings/find-listing-by-ref.server.ts'
import { visitor, type DirectoryViewer } from '../directory/viewer.server.ts'
import type { ApiListing } from './api-shapes.server.ts'
import { toApiListings } from './api-listing.server.ts'

/** Interchange refs: letters, digits, ".", "_" and "-", at most 64; case does not matter. */
export const listingRefSchema = z
	.string()
	.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/)
	.describe('The listing\'s interchange ref, e.g. "fac-0042" (case does not matter).')

/** The listing a ref names as this reader (visitors, unless a token says otherwise) sees it, or null: unknown, hidden and malformed refs alike. */
export async function apiListingByRef(ref: string, viewer: DirectoryViewer = visitor): Promise<ApiListing | null> {
	if (!listingRefSchema.safeParse(ref).success) return null
	const found = await findListingByRef({ ref, viewer })
	if (found.kind === 'not-found') return null
	const row = await prisma().listing.findUnique({
		where: { type_slug: { type: found.type, slug: found.slug } },
		select: {
			id: true,
			ref: true,
			type: true,
			slug: true,
			name: true,
			summary: true,
			contentLocale: true,
			translatedSummary: true,
		},
	})
	if (!row) return null
	const [listing] = await toApiListings([{ ...row, highlights: {} }])
	return listing ?? null
}
