import { prisma } from '~/utils/db.server.ts'
import { noticeKinds, type NoticeKind } from '~/mail/request-notice.ts'
import type { Actor } from '../auth/permissions.ts'

export interface NotificationView {
	id: string
	kind: NoticeKind
	path: string
	title: string
	provider: string | null
	createdAt: string
	read: boolean
}

function isNoticeKind(value: string): value is NoticeKind {
	return (noticeKinds as readonly string[]).includes(value)
}

/** The newest notifications of the signed-in person; kinds this version does not know are left out. */
export async function notificationsOf(actor: Actor, limit = 50): Promise<NotificationView[]> {
	const rows = await prisma().notification.findMany({
		where: { userId: actor.userId },
		orderBy: { createdAt: 'desc' },
		take: limit,
	})
	return rows.flatMap((row) => {
		const payload = (row.payload ?? {}) as { path?: unknown; title?: unknown; provider?: unknown }
		if (!isNoticeKind(row.kind) || typeof payload.path !== 'string' || !payload.path.startsWith('/')) return []
		return [
			{
				id: row.id,
				kind: row.kind,
				path: payload.path,
				title: typeof payload.title === 'string' ? payload.title : '',
				provider: typeof payload.provider === 'string' ? payload.provider : null,
				createdAt: row.createdAt.toISOString(),
				read: row.readAt !== null,
			},
		]
	})
}
