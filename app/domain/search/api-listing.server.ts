// One listing as the API answers it, in the list and by ref alike.
import { publicBaseUrl } from '~/utils/public-url.server.ts'
import { listingPath } from '../directory/types.ts'
import type { ApiListing } from './api-shapes.server.ts'

/** An API listing: the page's address made absolute, as API clients have no page to resolve a path against. */
export function toApiListing(listing: Omit<ApiListing, 'url'> & { slug: string }): ApiListing {
	const { ref, type, name, summary, highlights, slug } = listing
	return { ref, type, name, summary, highlights, url: `${publicBaseUrl()}${listingPath({ type, slug })}` }
}
