import type { Prisma } from '~/generated/prisma/client.ts'

/** Who is looking at the directory, reduced to what the directory's queries need. */
export interface DirectoryViewer {
	isMember: boolean
}

export const visitor: DirectoryViewer = { isMember: false }

/** Listings this viewer may see: published, not merged away, and public unless the viewer is a member. */
export function visibleListingsWhere(viewer: DirectoryViewer): Prisma.ListingWhereInput {
	return {
		status: 'published',
		mergedIntoId: null,
		...(viewer.isMember ? {} : { visibility: 'public' }),
	}
}

/** Calendar dates are stored at UTC midnight, so "not expired" compares with today's UTC date. */
function startOfTodayUtc(now: Date): Date {
	return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
}

/** Verifications that still earn the badge: not revoked and not expired. */
export function activeVerificationWhere(now: Date = new Date()): Prisma.VerificationWhereInput {
	return {
		revokedAt: null,
		OR: [{ expiresAt: null }, { expiresAt: { gte: startOfTodayUtc(now) } }],
	}
}
