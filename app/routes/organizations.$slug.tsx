import { listingDetailLoader } from '~/http/directory-loaders.server.ts'

export const loader = listingDetailLoader('organization')
export { ListingDetailPage as default, listingDetailMeta as meta } from '~/components/directory/listing-detail-page.tsx'
export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
