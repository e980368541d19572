import { prisma } from '~/utils/db.server.ts'
import type { PlatformRole, Viewer } from '../auth/permissions.ts'

/** What every page's header needs about the signed-in user; never a secret, never the session. */
export interface LayoutUser {
	name: string
	platformRole: PlatformRole
	emailVerified: boolean
	/** Works for the establishment office: the menu leads to its enquiry queue. Present only when set. */
	establishmentOffice?: boolean
	organizations: Array<{ id: string; name: string; slug: string; role: 'member' | 'admin' }>
	/** Shown beside the menu, so news of a request is seen on whatever page the person is. */
	unreadNotifications: number
}

export async function layoutUser(viewer: Viewer): Promise<LayoutUser | null> {
	if (!viewer) return null
	const user = await prisma().user.findUnique({
		where: { id: viewer.userId },
		select: {
			name: true,
			_count: { select: { notifications: { where: { readAt: null } } } },
			memberships: {
				orderBy: { organization: { name: 'asc' } },
				select: { role: true, organization: { select: { id: true, name: true, slug: true } } },
			},
		},
	})
	if (!user) return null
	return {
		name: user.name,
		platformRole: viewer.platformRole,
		emailVerified: viewer.emailVerified,
		...(viewer.establishmentOffice ? { establishmentOffice: true } : {}),
		organizations: user.memberships.map((membership) => ({ ...membership.organization, role: membership.role })),
		unreadNotifications: user._count.notifications,
	}
}
