import type { Prisma } from '~/generated/prisma/client.ts'
import { findOrganizationByRef } from './listing-writes.server.ts'
import { organizationDependency, type OrganizationDependency } from './organization-dependency.ts'

/** What publishing this record means for the organisation it names (host or affiliation). */
export async function dependencyOf(
	db: Prisma.TransactionClient,
	record: { organizationRef?: unknown },
): Promise<OrganizationDependency> {
	const found =
		typeof record.organizationRef === 'string' ? await findOrganizationByRef(db, record.organizationRef) : null
	if (!found) return { kind: 'none' }
	const organization = await db.listing.findUniqueOrThrow({
		where: { id: found.id },
		select: {
			id: true,
			status: true,
			revisions: { where: { status: 'pending' }, orderBy: { createdAt: 'desc' }, take: 1, select: { id: true } },
		},
	})
	return organizationDependency({
		id: organization.id,
		status: organization.status,
		pendingRevisionId: organization.revisions[0]?.id ?? null,
	})
}
