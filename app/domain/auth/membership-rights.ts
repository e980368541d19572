import type { Prisma } from '~/generated/prisma/client.ts'

/**
 * The memberships that speak for an organisation: not those of an archived
 * one. Its members keep their accounts, but lose every right the membership
 * gave (member-only fields, requests, answers, its listings) and hear nothing
 * more about its requests and routes.
 */
export const membershipGivingRights = {
	organization: { status: { not: 'archived' } },
} satisfies Prisma.MembershipWhereInput
