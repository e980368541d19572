import { prisma } from '~/utils/db.server.ts'
import type { ListingType } from '../listings/interchange.ts'
import { awaitsFirstApproval } from '../auth/membership-rights.ts'

// What waits for a coordinator, oldest first: proposed listings and changes,
// and organisation claims (decided on /coordinator/claims).

export type ReviewQueueItem =
	| {
			kind: 'revision'
			id: string
			submittedAt: string
			listingId: string
			listingType: ListingType
			listingName: string
			/** A listing that was never published: the whole listing is new. */
			isNew: boolean
			authorName: string | null
			/** The listing's organisation is new too, and is published with it (organization-dependency.ts). */
			newOrganizationName: string | null
	  }
	| {
			kind: 'claim'
			id: string
			submittedAt: string
			organizationId: string
			organizationName: string
			claimantName: string
	  }

export async function reviewQueue({ limit = 200 }: { limit?: number } = {}): Promise<ReviewQueueItem[]> {
	const oldestPending = {
		where: { status: 'pending' as const },
		orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }],
		take: limit,
	}
	const [revisions, claims] = await Promise.all([
		prisma().listingRevision.findMany({
			...oldestPending,
			select: {
				id: true,
				createdAt: true,
				payload: true,
				author: { select: { name: true } },
				listing: {
					select: {
						id: true,
						type: true,
						name: true,
						publishedAt: true,
						organization: { select: { name: true, status: true } },
					},
				},
			},
		}),
		prisma().organizationClaim.findMany({
			...oldestPending,
			select: {
				id: true,
				createdAt: true,
				user: { select: { name: true } },
				organization: { select: { id: true, name: true } },
			},
		}),
	])
	const items: ReviewQueueItem[] = [
		...revisions.map((revision): ReviewQueueItem => {
			const proposedName = (revision.payload as { name?: unknown } | null)?.name
			return {
				kind: 'revision',
				id: revision.id,
				submittedAt: revision.createdAt.toISOString(),
				listingId: revision.listing.id,
				listingType: revision.listing.type,
				listingName: typeof proposedName === 'string' ? proposedName : revision.listing.name,
				isNew: revision.listing.publishedAt === null,
				authorName: revision.author?.name ?? null,
				newOrganizationName:
					revision.listing.organization && awaitsFirstApproval(revision.listing.organization.status)
						? revision.listing.organization.name
						: null,
			}
		}),
		...claims.map((claim): ReviewQueueItem => ({
			kind: 'claim',
			id: claim.id,
			submittedAt: claim.createdAt.toISOString(),
			organizationId: claim.organization.id,
			organizationName: claim.organization.name,
			claimantName: claim.user.name,
		})),
	]
	return items.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt)).slice(0, limit)
}
