import type { RecordScope } from '../auth/permissions.ts'
import type { ListingType } from './interchange.ts'

export interface ScopedListing {
	id: string
	type: ListingType
	organizationId: string | null
	ownerUserId: string | null
}

/**
 * Whose listing this is, for `can`/`requirePermission`: an organisation
 * belongs to itself, a lab or facility to its host. An expert profile with an
 * owner belongs to that person alone (it is personal data); one nobody has
 * claimed yet is kept up to date by its affiliation's members.
 */
export function listingScope(listing: ScopedListing): RecordScope {
	switch (listing.type) {
		case 'organization':
			return { organizationId: listing.id }
		case 'expert':
			return listing.ownerUserId ? { ownerUserId: listing.ownerUserId } : { organizationId: listing.organizationId }
		default:
			return { organizationId: listing.organizationId }
	}
}

export const scopeSelect = { id: true, type: true, organizationId: true, ownerUserId: true } as const
