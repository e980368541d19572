import { listingPageLoader } from '~/http/directory-loaders.server.ts'

export const loader = listingPageLoader('lab')
export {
	ListingListPage as default,
	listingListMeta as meta,
	ErrorBoundary,
} from '~/components/directory/listing-list-page.tsx'
