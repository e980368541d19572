import { listingDetailLoader } from '~/http/directory-loaders.server.ts'

export const loader = listingDetailLoader('organization')
export {
	ListingDetailPage as default,
	listingDetailMeta as meta,
	ErrorBoundary,
} from '~/components/directory/listing-detail-page.tsx'
