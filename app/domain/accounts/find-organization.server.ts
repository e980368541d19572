import { prisma } from '~/utils/db.server.ts'

export interface OrganizationRef {
	id: string
	name: string
	slug: string
}

/**
 * An organisation by its URL slug for the membership pages: any status, since
 * admins manage members of a draft too, but not one merged into another.
 */
export async function findOrganization(slug: string | undefined): Promise<OrganizationRef | null> {
	if (!slug) return null
	return prisma().listing.findFirst({
		where: { type: 'organization', slug, mergedIntoId: null },
		select: { id: true, name: true, slug: true },
	})
}
