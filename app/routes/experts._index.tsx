import { listingPageLoader } from '~/http/directory-loaders.server.ts'

export const loader = listingPageLoader('expert')
export { ListingListPage as default, listingListMeta as meta } from '~/components/directory/listing-list-page.tsx'
export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
