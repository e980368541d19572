import { prisma } from '~/utils/db.server.ts'
import { assertCan } from '../auth/permissions.ts'
import { lockedMergePair, type MergeListingsInput } from './merge-listings.server.ts'

export interface MergePreview {
	survivor: { name: string; ref: string }
	/** The labs, facilities and experts a merged organisation hands over. */
	movingChildren: number
}

/**
 * What a merge would do, asked before it is done: the listing that stays and
 * what moves to it. Refuses exactly what the merge refuses, and writes nothing.
 */
export async function previewMerge(input: Omit<MergeListingsInput, 'now'>): Promise<MergePreview> {
	assertCan(input.actor, 'listing.merge')
	return prisma().$transaction(async (tx) => {
		const { duplicate, survivor } = await lockedMergePair(tx, input)
		const movingChildren =
			duplicate.type === 'organization' ? await tx.listing.count({ where: { organizationId: duplicate.id } }) : 0
		return { survivor: { name: survivor.name, ref: survivor.ref }, movingChildren }
	})
}
