import { prisma } from '~/utils/db.server.ts'
import { assertCan, type Actor } from '../auth/permissions.ts'

/** The members page of an organisation: who belongs, with which role, and who is invited. */
export async function organizationMembers(actor: Actor, organizationId: string, now = new Date()) {
	assertCan(actor, 'organization.manageMembers', { organizationId })
	const [memberships, invitations] = await Promise.all([
		prisma().membership.findMany({
			where: { organizationId },
			orderBy: [{ role: 'desc' }, { user: { name: 'asc' } }],
			select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
		}),
		prisma().invitation.findMany({
			where: { organizationId, acceptedAt: null, expiresAt: { gt: now } },
			orderBy: { createdAt: 'desc' },
			select: { id: true, email: true, role: true, expiresAt: true },
		}),
	])
	const adminCount = memberships.filter((membership) => membership.role === 'admin').length
	return {
		members: memberships.map((membership) => ({
			membershipId: membership.id,
			name: membership.user.name,
			email: membership.user.email,
			role: membership.role,
			since: membership.createdAt.toISOString(),
			isViewer: membership.user.id === actor.userId,
			// The last admin cannot be removed: someone must be able to manage the organisation.
			removable: membership.role !== 'admin' || adminCount > 1,
		})),
		invitations: invitations.map((invitation) => ({ ...invitation, expiresAt: invitation.expiresAt.toISOString() })),
	}
}
