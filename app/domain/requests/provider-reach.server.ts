// Who can answer a route: a request can only be sent to a provider someone at
// which has a portal account (a member of its organisation, or an expert's
// own account). The triage lists those first and shows the others apart.
import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'

export interface ProviderListing {
	id: string
	type: string
	organizationId: string | null
	ownerUserId: string | null
}

/** Ids of the listings someone could answer for: organisations with active members, listings of those, experts with an owner. */
export async function reachableListingIds(
	listings: readonly ProviderListing[],
	db: Prisma.TransactionClient = prisma(),
): Promise<Set<string>> {
	const answering = (listing: ProviderListing) =>
		listing.type === 'organization' ? listing.id : listing.organizationId
	const organizationIds = [...new Set(listings.map(answering).filter((id): id is string => Boolean(id)))]
	const staffed = new Set(
		organizationIds.length
			? (
					await db.membership.findMany({
						where: { organizationId: { in: organizationIds }, user: { disabledAt: null } },
						select: { organizationId: true },
						distinct: ['organizationId'],
					})
				).map((membership) => membership.organizationId)
			: [],
	)
	return new Set(
		listings
			.filter((listing) => {
				const organization = answering(listing)
				return Boolean(listing.ownerUserId) || (organization !== null && staffed.has(organization))
			})
			.map((listing) => listing.id),
	)
}
