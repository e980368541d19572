import { prisma } from '~/utils/db.server.ts'
import { awaitsFirstApproval, membershipGivingRights } from './membership-rights.ts'
import type { Viewer } from './permissions.ts'
import { resolveSession } from './session.server.ts'

/** Who holds this session token: the actor with their memberships, or null (a visitor). */
export async function viewerOfSession(token: string | null | undefined): Promise<Viewer> {
	const session = await resolveSession(token)
	if (!session) return null
	return viewerOfUser(session.userId)
}

/** The actor an account is, with its memberships (the seed and background work act as someone). */
export async function viewerOfUser(userId: string): Promise<Viewer> {
	const user = await prisma().user.findUnique({
		where: { id: userId },
		select: {
			id: true,
			platformRole: true,
			establishmentOffice: true,
			emailVerifiedAt: true,
			// An archived organisation speaks for no one: its members keep their accounts but lose every
			// right its membership gave (member-only fields, requests, answers, its listings).
			memberships: {
				where: membershipGivingRights,
				select: { organizationId: true, role: true, organization: { select: { status: true } } },
			},
		},
	})
	if (!user) return null
	return {
		userId: user.id,
		platformRole: user.platformRole,
		...(user.establishmentOffice ? { establishmentOffice: true } : {}),
		emailVerified: Boolean(user.emailVerifiedAt),
		memberships: user.memberships.map(({ organizationId, role, organization }) => ({
			organizationId,
			role,
			...(awaitsFirstApproval(organization.status) ? { provisional: true } : {}),
		})),
	}
}
