import type { ListingStatus } from '~/generated/prisma/enums.ts'
import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import { listingPath } from '../directory/types.ts'
import { activeVerificationWhere } from './active-verification.ts'
import { can, isStaff, type Actor } from '../auth/permissions.ts'
import { awaitsFirstApproval } from '../auth/membership-rights.ts'
import type { ListingType } from './interchange.ts'

// What /my-listings shows a member: their organisations' listings and their
// own expert profile, each with where it stands in review.

export type RevisionState = 'pending' | 'approved' | 'rejected' | 'withdrawn'

export interface MyListing {
	id: string
	type: ListingType
	/** The proposed name while a never-published listing waits, else the listing's. */
	name: string
	status: ListingStatus
	visibility: 'public' | 'members'
	/** Where the public version is, while there is one. */
	publicPath: string | null
	verified: boolean
	latestRevision: { status: RevisionState; comment: string | null; createdAt: string; decidedAt: string | null } | null
	/** The signed-in member's own profile (they decide its visibility). */
	ownedByViewer: boolean
}

export interface MyOrganization {
	id: string
	name: string
	role: 'member' | 'admin'
	listing: MyListing
	children: MyListing[]
	/**
	 * A new organisation no coordinator has approved yet: `waiting` for review
	 * (published with its first listing), or `sent-back` (its listings wait).
	 */
	firstReview: 'waiting' | 'sent-back' | null
}

export interface MyListings {
	organizations: MyOrganization[]
	expertProfile: MyListing | null
	/** Hub staff may add organisations; members join theirs through invitations and claims. */
	canCreateOrganization: boolean
	/** A verified user who belongs to no organisation may register theirs (and administer it). */
	canRegisterOrganization: boolean
}

function listingSelect(now: Date) {
	return {
		id: true,
		type: true,
		name: true,
		slug: true,
		status: true,
		visibility: true,
		publishedAt: true,
		ownerUserId: true,
		organizationId: true,
		verifications: { where: activeVerificationWhere(now), select: { id: true }, take: 1 },
		revisions: {
			orderBy: { createdAt: 'desc' },
			take: 1,
			select: { status: true, reviewComment: true, createdAt: true, decidedAt: true, payload: true },
		},
	} satisfies Prisma.ListingSelect
}

type Row = Prisma.ListingGetPayload<{ select: ReturnType<typeof listingSelect> }>

function toMyListing(row: Row, actor: Actor): MyListing {
	const latest = row.revisions[0]
	const proposedName = (latest?.payload as { name?: unknown } | undefined)?.name
	return {
		id: row.id,
		type: row.type,
		name: !row.publishedAt && typeof proposedName === 'string' ? proposedName : row.name,
		status: row.status,
		visibility: row.visibility,
		publicPath: row.status === 'published' ? listingPath(row) : null,
		verified: row.verifications.length > 0,
		latestRevision: latest
			? {
					status: latest.status,
					comment: latest.reviewComment,
					createdAt: latest.createdAt.toISOString(),
					decidedAt: latest.decidedAt?.toISOString() ?? null,
				}
			: null,
		ownedByViewer: row.ownerUserId === actor.userId,
	}
}

const typeOrder: Record<ListingType, number> = { organization: 0, facility: 1, lab: 2, expert: 3 }

export async function listMyListings(actor: Actor, now: Date = new Date()): Promise<MyListings> {
	const organizationIds = actor.memberships.map((membership) => membership.organizationId)
	const select = listingSelect(now)
	const [organizations, children, ownProfiles] = await Promise.all([
		prisma().listing.findMany({
			where: { id: { in: organizationIds }, mergedIntoId: null },
			orderBy: { name: 'asc' },
			select,
		}),
		prisma().listing.findMany({
			where: {
				organizationId: { in: organizationIds },
				mergedIntoId: null,
				// Someone else's own expert profile is theirs to edit, not the organisation's.
				OR: [{ type: { not: 'expert' } }, { ownerUserId: null }, { ownerUserId: actor.userId }],
			},
			orderBy: [{ name: 'asc' }],
			select,
		}),
		prisma().listing.findMany({
			where: { type: 'expert', ownerUserId: actor.userId, mergedIntoId: null },
			orderBy: { createdAt: 'asc' },
			take: 1,
			select,
		}),
	])
	const role = new Map(actor.memberships.map((membership) => [membership.organizationId, membership.role]))
	return {
		organizations: organizations.map((organization) => ({
			id: organization.id,
			name: organization.name,
			role: role.get(organization.id) ?? 'member',
			listing: toMyListing(organization, actor),
			children: children
				.filter((child) => child.organizationId === organization.id && child.ownerUserId !== actor.userId)
				.sort((a, b) => typeOrder[a.type] - typeOrder[b.type] || a.name.localeCompare(b.name, 'sv'))
				.map((child) => toMyListing(child, actor)),
			firstReview: awaitsFirstApproval(organization.status)
				? organization.status === 'pending_review'
					? ('waiting' as const)
					: ('sent-back' as const)
				: null,
		})),
		expertProfile: ownProfiles[0] ? toMyListing(ownProfiles[0], actor) : null,
		canCreateOrganization: isStaff(actor),
		canRegisterOrganization: can(actor, 'organization.register'),
	}
}
