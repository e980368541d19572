import { redirect, type LoaderFunctionArgs } from '@remix-run/node'
import { facilityCalendar } from '~/domain/capacity/facility-calendar.server.ts'
import { findPublishedListing } from '~/domain/directory/find-published-listing.server.ts'
import { listingPath, type ListingTypeCode } from '~/domain/directory/types.ts'
import { listingPageExtras } from '~/domain/seo/listing-page-seo.server.ts'
import { resolveLocale } from '~/i18n/locale.ts'
import { publicOrigin } from '~/utils/public-url.server.ts'
import { pageSeo } from './page-seo.server.ts'
import { notFound, requireParam } from './params.server.ts'
import { directoryViewer } from './viewer.server.ts'

// The loaders of the four detail routes differ only by listing type, so they
// share this body: HTTP in (params), HTTP out (404, 301), and one domain call
// in between. The four lists are the search page (app/routes/search.tsx).

/** ?page= absent is page 1; anything but a positive whole number is not a page. */
export function parsePage(value: string | null): number | null {
	if (value === null) return 1
	return /^[1-9]\d{0,6}$/.test(value) ? Number(value) : null
}

async function loadListingDetail(type: ListingTypeCode, { request, params }: LoaderFunctionArgs) {
	const slug = requireParam(params, 'slug', 'slug')
	const result = await findPublishedListing({ type, slug, viewer: await directoryViewer(request) })
	if (result.kind === 'merged') {
		// Permanent: the old address lives on in bookmarks and search engines; keep ?lang= and friends.
		throw redirect(listingPath(result.survivor) + new URL(request.url).search, 301)
	}
	if (result.kind === 'not-found') throw notFound()
	const extras = listingPageExtras(result.listing, { origin: publicOrigin(), locale: resolveLocale(request).locale })
	// A facility's capacity calendar is live data kept beside the listing, not part of it (docs/decisions/042).
	const capacity = type === 'facility' ? await facilityCalendar(result.listing.id) : null
	return { listing: result.listing, capacity, seo: pageSeo(request, extras).tags }
}

/** The loader of /<type>/<slug>. */
export function listingDetailLoader(type: ListingTypeCode) {
	return (args: LoaderFunctionArgs) => loadListingDetail(type, args)
}
