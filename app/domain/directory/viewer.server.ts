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
