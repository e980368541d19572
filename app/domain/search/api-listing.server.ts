// One listing as the API answers it, in the list and by ref alike.
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { listingPath } from '../directory/types.ts'
import { isLocale, type Locale } from '~/i18n/locale.ts'
import { otherLocale } from '../listings/listing-text.ts'
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
export function toApiListing(listing: ApiListingSource): ApiListing {
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
	}
}
