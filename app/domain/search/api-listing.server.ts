// One listing as the API answers it, in the list and by ref alike.
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { listingPath } from '../directory/types.ts'
import { isLocale, type Locale } from '~/i18n/locale.ts'
import { otherLocale } from '../listings/listing-text.ts'
import { capacityForReaders, type ReaderCapacity } from '../capacity/reader-capacity.server.ts'
import type { ApiListing } from './api-shapes.server.ts'

export type ApiListingSource = Pick<ApiListing, 'ref' | 'type' | 'name' | 'summary' | 'highlights'> & {
	slug: string
	contentLocale: string
	translatedSummary?: string | null
}

/**
 * An API listing: both versions of its summary, each with its language (the
 * client picks, as chooseListingText does for pages), and the page's address
 * made absolute, as API clients have no page to resolve a path against.
 */
export function toApiListing(listing: ApiListingSource, capacity?: ReaderCapacity): ApiListing {
	const { ref, type, name, summary, highlights, slug } = listing
	const language: Locale = isLocale(listing.contentLocale) ? listing.contentLocale : 'en'
	const translatedSummary = listing.translatedSummary?.trim() ? listing.translatedSummary : null
	return {
		ref,
		type,
		name,
		summary,
		language,
		translatedSummary,
		translatedLanguage: translatedSummary === null ? null : otherLocale(language),
		highlights,
		url: `${publicBaseUrl()}${listingPath({ type, slug })}`,
		...(type === 'facility' ? { capacity: capacity ?? { suites: [], freeRanges: [] } } : {}),
	}
}

/**
 * Listings the reader may see, as API items: a facility's with its capacity,
 * read for these facilities only, in one query. The caller has already
 * decided the reader may see each listing (search's audience, the ref's
 * lookup), which is all the capacity rule asks (reader-capacity.server.ts).
 */
export async function toApiListings(listings: ReadonlyArray<ApiListingSource & { id: string }>): Promise<ApiListing[]> {
	const capacity = await capacityForReaders(
		listings.filter((listing) => listing.type === 'facility').map((listing) => listing.id),
	)
	return listings.map((listing) => toApiListing(listing, capacity.get(listing.id)))
}
