import { recipientLocale } from '~/mail/recipient-locale.ts'
import { prisma } from '~/utils/db.server.ts'
import { listingPath } from '../directory/types.ts'
import { can, type Actor } from '../auth/permissions.ts'
import { awaitsFirstApproval } from '../auth/membership-rights.ts'

/** The /account page: the profile, where the address is changing to, and what the account belongs to. */
export async function accountOverview(actor: Actor, now = new Date()) {
	const user = await prisma().user.findUniqueOrThrow({
		where: { id: actor.userId },
		select: {
			name: true,
			email: true,
			preferredLocale: true,
			emailVerifiedAt: true,
			createdAt: true,
			tokens: {
				where: { purpose: 'change_email', usedAt: null, expiresAt: { gt: now } },
				orderBy: { createdAt: 'desc' },
				take: 1,
				select: { newEmail: true },
			},
			memberships: {
				orderBy: { organization: { name: 'asc' } },
				select: { role: true, organization: { select: { name: true, slug: true, status: true } } },
			},
			expertProfiles: {
				where: { type: 'expert' },
				orderBy: { name: 'asc' },
				select: { name: true, slug: true, status: true },
			},
		},
	})
	return {
		name: user.name,
		email: user.email,
		preferredLocale: recipientLocale(user.preferredLocale),
		emailVerified: Boolean(user.emailVerifiedAt),
		memberSince: user.createdAt.toISOString(),
		pendingEmail: user.tokens[0]?.newEmail ?? null,
		organizations: user.memberships.map((membership) => ({
			name: membership.organization.name,
			path: listingPath({ type: 'organization', slug: membership.organization.slug }),
			role: membership.role,
			// Registered here and not approved yet: no public page, no members to manage until it is published.
			firstReview: awaitsFirstApproval(membership.organization.status)
				? (membership.organization.status as 'pending_review' | 'draft')
				: null,
		})),
		expertProfiles: user.expertProfiles.map((profile) => ({
			name: profile.name,
			path: profile.status === 'published' ? listingPath({ type: 'expert', slug: profile.slug }) : null,
			status: profile.status,
		})),
		canExport: can(actor, 'profile.exportPersonalData'),
		canRegisterOrganization: can(actor, 'organization.register'),
	}
}

export type AccountOverview = Awaited<ReturnType<typeof accountOverview>>
