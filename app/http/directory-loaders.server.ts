import { redirect, type LoaderFunctionArgs } from '@remix-run/node'
import { findPublishedListing } from '~/domain/directory/find-published-listing.server.ts'
import { listPublished } from '~/domain/directory/list-published.server.ts'
import { listingPath, type ListingTypeCode } from '~/domain/directory/types.ts'
import { notFound, requireParam } from './params.server.ts'
import { directoryViewer } from './viewer.server.ts'

// The loaders of the four list routes and the four detail routes differ only
// by listing type, so they share these bodies: HTTP in (query, params),
// HTTP out (404, 301), and one domain call in between.

/** ?page= absent is page 1; anything but a positive whole number is not a page. */
export function parsePage(value: string | null): number | null {
	if (value === null) return 1
	return /^[1-9]\d{0,6}$/.test(value) ? Number(value) : null
}

async function loadListingPage(type: ListingTypeCode, { request }: LoaderFunctionArgs) {
	const page = parsePage(new URL(request.url).searchParams.get('page'))
	if (page === null) throw notFound()
	const listingPage = await listPublished({ type, page, viewer: await directoryViewer(request) })
	if (page > listingPage.pageCount) throw notFound()
	return listingPage
}

async function loadListingDetail(type: ListingTypeCode, { request, params }: LoaderFunctionArgs) {
	const slug = requireParam(params, 'slug', 'slug')
	const result = await findPublishedListing({ type, slug, viewer: await directoryViewer(request) })
	if (result.kind === 'merged') {
		// Permanent: the old address lives on in bookmarks and search engines; keep ?lang= and friends.
		throw redirect(listingPath(result.survivor) + new URL(request.url).search, 301)
	}
	if (result.kind === 'not-found') throw notFound()
	return { listing: result.listing }
}

/** The loader of /organizations, /labs, /facilities or /experts. */
export function listingPageLoader(type: ListingTypeCode) {
	return (args: LoaderFunctionArgs) => loadListingPage(type, args)
}

/** The loader of /<type>/<slug>. */
export function listingDetailLoader(type: ListingTypeCode) {
	return (args: LoaderFunctionArgs) => loadListingDetail(type, args)
}
