import type { Locale } from '~/i18n/locale.ts'
import { listingPath, type ListingDetail } from '../directory/types.ts'
import { chooseListingText } from '../listings/listing-text.ts'
import { addressIn } from './page-address.ts'
import type { PageExtras } from './page-tags.ts'
import { listingImageUrl, listingStructuredData } from './structured-data.ts'

/** What a listing's page says of its own: a person's profile for an expert, its picture, its schema.org description. */
export function listingPageExtras(listing: ListingDetail, page: { origin: string; locale: Locale }): PageExtras {
	const url = addressIn(page.origin, { pathname: listingPath(listing) }, page.locale)
	const summary = chooseListingText(listing, 'summary', page.locale)?.text ?? null
	return {
		kind: listing.type === 'expert' ? 'profile' : 'website',
		image: listingImageUrl(page.origin, listing.image),
		structuredData: listingStructuredData(listing, { ...page, url, summary }),
	}
}
