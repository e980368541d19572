import type { Prisma } from '~/generated/prisma/client.ts'
import type { ListingStatus } from '~/generated/prisma/enums.ts'

/**
 * The memberships that speak for an organisation: not those of an archived
 * one. Its members keep their accounts, but lose every right the membership
 * gave (member-only fields, requests, answers, its listings) and hear nothing
 * more about its requests and routes.
 */
export const membershipGivingRights = {
	organization: { status: { not: 'archived' } },
} satisfies Prisma.MembershipWhereInput

/**
 * Never approved by a coordinator: waiting for its first review, or sent back
 * from it. Membership of such an organisation is provisional (permissions.ts),
 * and a listing under it is published together with it (listings/organization-dependency.ts).
 */
export function awaitsFirstApproval(status: ListingStatus): boolean {
	return status === 'draft' || status === 'pending_review'
}
