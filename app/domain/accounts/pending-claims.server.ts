import { prisma } from '~/utils/db.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'
import { listingPath } from '../directory/types.ts'

/** Claims waiting for a coordinator, oldest first: first come, first served. */
export async function pendingClaims(actor: Actor) {
	assertCan(actor, 'claim.review')
	const claims = await prisma().organizationClaim.findMany({
		where: { status: 'pending' },
		orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
		take: 200,
		select: {
			id: true,
			message: true,
			createdAt: true,
			organization: {
				select: { name: true, slug: true, _count: { select: { memberships: { where: { role: 'admin' } } } } },
			},
			user: { select: { name: true, email: true } },
		},
	})
	return claims.map((claim) => ({
		id: claim.id,
		message: claim.message,
		createdAt: claim.createdAt.toISOString(),
		organization: {
			name: claim.organization.name,
			path: listingPath({ type: 'organization', slug: claim.organization.slug }),
			/** A coordinator should know whether someone already manages it. */
			adminCount: claim.organization._count.memberships,
		},
		claimant: claim.user,
	}))
}
