import { listingDetailLoader } from '~/http/directory-loaders.server.ts'
import { needTexts } from '~/i18n/messages.ts'

// An organisation's page shows the claim link (OrganizationAccountLink), in the accounts' texts.
await needTexts('accounts')

export const loader = listingDetailLoader('organization')
export { ListingDetailPage as default, listingDetailMeta as meta } from '~/components/directory/listing-detail-page.tsx'
export { GeneralErrorBoundary as ErrorBoundary } from '~/components/error-boundary.tsx'
